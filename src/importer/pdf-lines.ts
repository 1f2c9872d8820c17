import { getDocumentProxy } from 'unpdf';
import type { SourceLine } from './source-line';

/** A run of text drawn on one baseline. */
interface DrawnLine {
  page: number;
  y: number;
  x: number;
  end: number;
  size: number;
  text: string;
}

/** Text runs whose baselines differ by less than this share of the font size are one line. */
const SAME_BASELINE = 0.3;

/**
 * The lines of text a PDF draws, page by page, top to bottom, each with where it starts and ends
 * relative to the text block: what tells a paragraph's first line (indented or centred) from a
 * line the layout wrapped (running to the right edge).
 */
export async function pdfLines(bytes: Uint8Array): Promise<SourceLine[]> {
  const pdf = await getDocumentProxy(bytes);
  const drawn: DrawnLine[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const lines: DrawnLine[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [scaleX = 0, , , scaleY = 0, x = 0, y = 0] = item.transform as number[];
      const size = Math.abs(scaleY) || Math.abs(scaleX) || 1;
      const line = lines.find((candidate) => Math.abs(candidate.y - y) < size * SAME_BASELINE);
      if (line) {
        line.text += item.str;
        line.x = Math.min(line.x, x);
        line.end = Math.max(line.end, x + item.width);
      } else {
        lines.push({ page: number, y, x, end: x + item.width, size, text: item.str });
      }
    }
    drawn.push(...lines.sort((a, b) => b.y - a.y));
  }
  await pdf.cleanup();
  const left = Math.min(...drawn.map((line) => line.x));
  const right = Math.max(...drawn.map((line) => line.end));
  return drawn.map((line, index) => ({
    text: line.text,
    line: index + 1,
    page: line.page,
    startsBlock: line.x > left + line.size * 0.5,
    // A wrapped line stops short of the edge by less than two characters (line-breaking rules keep punctuation off a line start).
    reachesEnd: line.end >= right - line.size * 2,
  }));
}
