import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/**
 * Debian's WenQuanYi Micro Hei (package fonts-wqy-microhei, installed by .ci/setup): a TrueType
 * CJK font small enough to embed, so the PDF carries real Chinese text that a reader extracts.
 */
export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const CJK_FONT_NAME = 'WenQuanYiMicroHei';

/** How a block of the page is laid out, as in a printed 纪要 (GB/T 9704): centred title lines, indented paragraphs, right-aligned signatures. */
export type BlockAlign = 'center' | 'indent' | 'right';

export interface PdfBlock {
  text: string;
  align: BlockAlign;
}

export interface PdfOptions {
  /** Running header printed at the top of every page after the first. */
  header: string;
  /** Page number printed centred at the bottom of every page, e.g. (n) => `- ${n} -`. */
  pageNumber: (page: number) => string;
}

const FONT_SIZE = 14;

/** A real PDF of the given blocks, with a running header and page numbers: what an office publishes. */
export async function makePdf(blocks: readonly PdfBlock[], options: PdfOptions): Promise<Uint8Array> {
  if (!existsSync(CJK_FONT)) throw new Error(`${CJK_FONT} is missing; run .ci/setup (it installs fonts-wqy-microhei)`);
  const doc = new PDFDocument({ size: 'A4', margin: 72, bufferPages: true, info: { Title: options.header } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font(CJK_FONT, CJK_FONT_NAME).fontSize(FONT_SIZE);
  for (const block of blocks) {
    if (block.align === 'indent') doc.text(block.text, { indent: FONT_SIZE * 2, paragraphGap: 6, align: 'left' });
    else doc.text(block.text, { align: block.align, paragraphGap: 6 });
  }
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const { margins } = doc.page;
    const saved = { ...margins };
    // Header and footer sit in the margins; without this pdfkit would start a new page for them.
    doc.page.margins = { top: 0, bottom: 0, left: saved.left, right: saved.right };
    const width = doc.page.width - saved.left - saved.right;
    if (index > range.start) doc.fontSize(10).text(options.header, saved.left, 36, { width, align: 'center', lineBreak: false });
    doc.fontSize(10).text(options.pageNumber(index + 1), saved.left, doc.page.height - 48, { width, align: 'center', lineBreak: false });
    doc.page.margins = saved;
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Lines of the seed that a page break cut in the middle (by their first words); in the PDF they are one paragraph with the line after. */
export function blocksOfText(text: string, cutLines: readonly string[]): PdfBlock[] {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const blocks: PdfBlock[] = [];
  let joinNext = false;
  for (const line of lines) {
    const previous = blocks.at(-1);
    if (joinNext && previous) previous.text += line;
    else blocks.push({ text: line, align: alignOf(line, blocks.length) });
    joinNext = cutLines.some((cut) => line.startsWith(cut));
  }
  return blocks;
}

function alignOf(line: string, index: number): BlockAlign {
  if (index < 4) return 'center';
  if (/^\d{4}\s*年.*日$/u.test(line) || /整理$/u.test(line)) return 'right';
  return 'indent';
}
