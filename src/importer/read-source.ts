import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeText, UndecidableEncodingError, type TextEncoding } from './decode-text';
import type { ImporterNote } from './notes';
import { OcrUnavailableError, ocrPdfLines } from './ocr';
import { pdfLines } from './pdf-lines';
import { docxLines } from './read-docx';
import { textLines, type SourceLine } from './source-line';

/** The formats the importer reads; `scan` is a PDF without a text layer, read by OCR. */
export type SourceFormat = 'text' | 'pdf' | 'scan' | 'docx';

/** A source as read: its lines, and what the report says about how they were read. */
export interface Source {
  format: SourceFormat;
  /** Text files only: the encoding the bytes were decoded from. */
  encoding?: TextEncoding;
  lines: SourceLine[];
  /** Notes for the report's Check section (OCR, Word numbering, mammoth's warnings). */
  notes: ImporterNote[];
}

/** A source the importer cannot read, with a sentence saying why. */
export class UnreadableSourceError extends Error {}

/** File name endings the importer reads, and their format. */
const EXTENSIONS: Record<string, 'text' | 'pdf' | 'docx'> = { '.txt': 'text', '.text': 'text', '.pdf': 'pdf', '.docx': 'docx' };

/** The format a file's name says it is; null for anything else. */
export function formatOf(path: string): 'text' | 'pdf' | 'docx' | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

function readText(path: string, bytes: Uint8Array): Source {
  try {
    const { text, encoding } = decodeText(bytes);
    return { format: 'text', encoding, lines: textLines(text), notes: encoding.startsWith('UTF-8') ? [] : [{ key: 'decodedFrom', encoding }] };
  } catch (error) {
    if (!(error instanceof UndecidableEncodingError)) throw error;
    throw new UnreadableSourceError(
      `${path}: ${error.message}; the text is not UTF-8, UTF-16 with a byte-order mark, GB18030/GBK or Big5. Save it as UTF-8 (e.g. iconv -f <encoding> -t UTF-8) and try again`,
    );
  }
}

async function readDocx(path: string, bytes: Uint8Array): Promise<Source> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new UnreadableSourceError(`${path}: is not a Word (.docx) file (not a zip archive); save it from Word as .docx and try again`);
  try {
    const content = await docxLines(bytes);
    const notes: ImporterNote[] = [
      ...(content.numbered.length ? [{ key: 'wordNumbering' as const, lines: content.numbered }] : []),
      ...content.messages.map((message) => ({ key: 'wordMessage' as const, message })),
    ];
    return { format: 'docx', lines: content.lines, notes };
  } catch (error) {
    throw new UnreadableSourceError(`${path}: the Word file cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function readPdf(path: string, bytes: Uint8Array): Promise<Source> {
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new UnreadableSourceError(`${path}: is not a PDF file (no %PDF- header)`);
  }
  let lines: SourceLine[];
  try {
    lines = await pdfLines(new Uint8Array(bytes));
  } catch (error) {
    throw new UnreadableSourceError(`${path}: the PDF cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (lines.some((line) => line.text.trim() !== '')) return { format: 'pdf', lines, notes: [] };
  try {
    lines = await ocrPdfLines(path);
  } catch (error) {
    if (error instanceof OcrUnavailableError) throw new UnreadableSourceError(`${path}: the PDF holds no text, so it needs OCR, but ${error.message}`);
    throw new UnreadableSourceError(`${path}: OCR of the scanned PDF failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (lines.length === 0) throw new UnreadableSourceError(`${path}: the PDF holds no text and OCR recognised none (a blank or unreadable scan?)`);
  return { format: 'scan', lines, notes: [{ key: 'scan' }] };
}

/** Reads a .txt, .docx or .pdf file into source lines; throws UnreadableSourceError with the reason otherwise. */
export async function readSource(path: string): Promise<Source> {
  const format = formatOf(path);
  if (!format) throw new UnreadableSourceError(`${path}: unsupported file type "${extname(path) || '(none)'}"; give the minutes as a .txt, .docx or .pdf file`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UnreadableSourceError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (format === 'text') return readText(path, bytes);
  if (format === 'docx') return readDocx(path, bytes);
  return readPdf(path, bytes);
}
