import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { pdfLines } from './pdf-lines';
import { textLines, type SourceLine } from './source-line';

/** The formats the importer reads. */
export type SourceFormat = 'text' | 'pdf';

/** A source the importer cannot read, with a sentence saying why. */
export class UnreadableSourceError extends Error {}

/** The format a file's name says it is; null for anything else. */
export function formatOf(path: string): SourceFormat | null {
  const extension = extname(path).toLowerCase();
  if (extension === '.txt' || extension === '.text') return 'text';
  if (extension === '.pdf') return 'pdf';
  return null;
}

/** Reads a .txt (UTF-8) or .pdf file into source lines; throws UnreadableSourceError with the reason otherwise. */
export async function readSource(path: string): Promise<{ format: SourceFormat; lines: SourceLine[] }> {
  const format = formatOf(path);
  if (!format) throw new UnreadableSourceError(`${path}: unsupported file type "${extname(path) || '(none)'}"; give the minutes as a .txt (UTF-8) or .pdf file`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UnreadableSourceError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (format === 'text') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UnreadableSourceError(`${path}: is not UTF-8 text; save it as UTF-8 (e.g. iconv -f GB18030 -t UTF-8) and try again`);
    }
    return { format, lines: textLines(text) };
  }
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new UnreadableSourceError(`${path}: is not a PDF file (no %PDF- header)`);
  }
  let lines: SourceLine[];
  try {
    lines = await pdfLines(new Uint8Array(bytes));
  } catch (error) {
    throw new UnreadableSourceError(`${path}: the PDF cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (lines.every((line) => line.text.trim() === '')) {
    throw new UnreadableSourceError(`${path}: the PDF holds no text (a scanned image?); run it through OCR first or paste its text into a .txt file`);
  }
  return { format, lines };
}
