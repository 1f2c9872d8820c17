import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPgm, spaceLines, writePgm } from './ocr-image';
import { correctOcrLine } from './ocr-text';
import type { SourceLine } from './source-line';

/**
 * Resolution the pages are rasterised at for OCR. Tesseract's chi_sim model scales every text line
 * to 48 pixels; measured on a scan of the seed made at 200 dpi, exact body sentences were 74.6% at
 * 150 and 175 dpi, 68.3% at 200 and 250, 66.7% at 300, 60.3% at 120: a body line of 14–16 pt is
 * read best at about 35 pixels. Tesseract reads each page as one uniform block of text (--psm 6):
 * with its automatic page segmentation it merged the short last line of a paragraph into the line
 * above and read both as nonsense.
 */
const OCR_DPI = 150;

/**
 * White space put between printed lines before Tesseract reads the page, in line heights (see
 * spaceLines). Measured on the same scan, exact body sentences at 150 dpi: 79.4% without it,
 * 79.4% at 0.3, 92.1% at 0.5, 88.9% at 0.75 and at 1; at 0.5 and 140, 160, 175, 200 dpi: 87.3%,
 * 87.3%, 76.2%, 85.7%. The seed scanned at 150 and 300 dpi instead: 68.3% and 73.0% without it,
 * 88.9% and 88.9% with it. One reading per page: a character vote of three (spaced at 150 and 200
 * dpi, unspaced at 150) added one or two sentences of 63 on the raw text at three times the
 * Tesseract time; two readings settled by Tesseract's word confidence gained 0, +2 and -1.
 */
const LINE_GAP = 0.5;

/**
 * The model: Debian's chi_sim (tesseract-ocr-chi-sim, Tesseract's fast LSTM). Measured on the same
 * scan before lines were spaced (raw text; Debian's 77.8%): the tessdata model from npm
 * (@tesseract.js-data/chi_sim 4.0.0, larger LSTM) 55.6% at 150 dpi, 68.3% at 300; its legacy
 * engine (--oem 0) unreadable, --oem 2 as --oem 1; its best_int model 63.5% at 150, 69.8% at 200.
 */
const OCR_LANGUAGE = 'chi_sim';

/** A tool OCR needs is not installed: the message says which Debian package brings it. */
export class OcrUnavailableError extends Error {}

/** One line Tesseract recognised: its words and where it sits on the page, in pixels. */
interface RecognisedLine {
  text: string;
  left: number;
  right: number;
  height: number;
}

const HAN_EDGE = /\p{Script=Han}|[，。；：！？、（）《》“”]/u;

/** Tesseract splits Chinese into one "word" per character or run; join them without spaces unless both sides are Latin or digits. */
function joinWords(words: readonly string[]): string {
  return words.reduce((line, word) => {
    if (!line) return word;
    const glued = HAN_EDGE.test(line.slice(-1)) || HAN_EDGE.test(word.slice(0, 1));
    return `${line}${glued ? '' : ' '}${word}`;
  }, '');
}

/** The lines of Tesseract's TSV output (level 5 rows are words, grouped by block, paragraph and line). */
function linesOfTsv(tsv: string): RecognisedLine[] {
  const lines = new Map<string, { words: string[]; left: number; right: number; height: number }>();
  for (const row of tsv.split('\n').slice(1)) {
    const [level, , block, paragraph, line, , left, , width, height, , text = ''] = row.split('\t');
    if (level !== '5' || text.trim() === '') continue;
    const key = `${block}.${paragraph}.${line}`;
    const entry = lines.get(key) ?? { words: [], left: Infinity, right: 0, height: 0 };
    entry.words.push(text.trim());
    entry.left = Math.min(entry.left, Number(left));
    entry.right = Math.max(entry.right, Number(left) + Number(width));
    entry.height = Math.max(entry.height, Number(height));
    lines.set(key, entry);
  }
  return [...lines.values()].map((entry) => ({ text: correctOcrLine(joinWords(entry.words)), left: entry.left, right: entry.right, height: entry.height }));
}

/**
 * Runs a tool, resolving with its output. Tesseract runs single-threaded (OMP_THREAD_LIMIT=1):
 * its OpenMP threads slow it down on a busy machine, and pages are run side by side instead.
 */
function run(command: string, args: string[], debianPackage: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, OMP_THREAD_LIMIT: '1' } }, (error, stdout, stderr) => {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') reject(new OcrUnavailableError(`${command} is not installed (Debian package ${debianPackage}; .ci/setup installs it)`));
      else if (error) reject(new Error(`${command} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
  });
}

/** Maps over `items` with at most `limit` calls running at once, keeping the order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Reads a PDF without a text layer: each page rasterised with pdftoppm, recognised by Tesseract
 * with its simplified-Chinese model. Lines carry the same layout hints as a PDF's text (indented
 * start, reaching the right edge), measured on the recognised word boxes, and are marked `ocr`.
 */
export async function ocrPdfLines(pdfPath: string): Promise<SourceLine[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-ocr-'));
  try {
    await run('pdftoppm', ['-r', String(OCR_DPI), '-gray', pdfPath, join(dir, 'page')], 'poppler-utils');
    // pdftoppm numbers pages with leading zeros as needed (page-01.pgm), so names sort in page order.
    const pages = readdirSync(dir).filter((name) => name.endsWith('.pgm')).sort();
    const recognised = await mapLimited(pages, availableParallelism(), async (name) => {
      const spaced = join(dir, `spaced-${name}`);
      writeFileSync(spaced, writePgm(spaceLines(readPgm(readFileSync(join(dir, name))), LINE_GAP)));
      return linesOfTsv(await run('tesseract', [spaced, 'stdout', '-l', OCR_LANGUAGE, '--dpi', String(OCR_DPI), '--psm', '6', 'tsv'], 'tesseract-ocr and tesseract-ocr-chi-sim'));
    });
    const all = recognised.flat();
    const left = Math.min(...all.map((line) => line.left));
    const right = Math.max(...all.map((line) => line.right));
    let number = 0;
    return recognised.flatMap((lines, page) =>
      lines.map((line) => ({
        text: line.text,
        line: ++number,
        page: page + 1,
        startsBlock: line.left > left + line.height * 0.8,
        reachesEnd: line.right >= right - line.height * 2,
        ocr: true,
      })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
