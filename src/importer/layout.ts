import { removeSpacesBetweenHan, SPACE_BETWEEN_HAN, toSimplified } from './chinese';
import { bracketsBalanced, ITEM_HEADING, SENTENCE_END, startsUnit } from './markers';
import type { Paragraph, Removal, SourceLine } from './source-line';

/** Page numbers as printed in a header or footer: - 2 -, — 2 —, 第 2 页, 第2页 共5页, 2/5, or a bare 2 (PDF only). */
const DASHED_PAGE_NUMBER = /^\s*[-—–－]\s*\d+\s*[-—–－]\s*$|^\s*第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?\s*$|^\s*\d+\s*\/\s*\d+\s*$/u;
const BARE_PAGE_NUMBER = /^\s*\d{1,3}\s*$/u;

/** A paragraph that starts with a date, as an opening does: 2023年4月10日, 4月29日, 25日. */
const OPENING_DATE = /^(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日/u;

/** How many lines at the top and at the bottom of a page may be a running header or footer. */
const EDGE_LINES = 2;

/** A line shorter than this that does not end a sentence is taken to end where it is printed (a header line, a heading). */
const FULL_LINE = 20;

/** Header and signature lines end with these words (…纪要, 第5号, …办公室 整理), never a cut sentence. */
const HEADER_LINE_END = /(?:号|纪要|整理|人民政府|办公室)$/u;

/** The header of a 纪要 (issuer, type, number, office, date) takes at most this many lines. */
const TITLE_LINES = 8;

/** A line's text with page-dependent numbers masked, so 第 2 页 and 第 3 页 repeat. */
function furnitureKey(text: string): string {
  return text.replace(/\s+/gu, '').replace(/\d+/gu, '#');
}

/** Non-blank lines at the top and the bottom of each page. */
function edgeLines(lines: readonly SourceLine[]): SourceLine[] {
  const pages = Map.groupBy(
    lines.filter((line) => line.text.trim() !== ''),
    (line) => line.page,
  );
  return [...pages.values()].flatMap((page) => (page.length <= EDGE_LINES * 2 ? page : [...page.slice(0, EDGE_LINES), ...page.slice(-EDGE_LINES)]));
}

/**
 * Page numbers and running headers or footers: lines a printed page adds around the text. In a
 * paginated source they are looked for at the page edges; in a text file without page breaks a
 * page number must be written as one (- 2 -, 第2页) and a header must repeat word for word.
 */
export function pageFurniture(lines: readonly SourceLine[]): Map<SourceLine, Removal> {
  const removed = new Map<SourceLine, Removal>();
  const paginated = new Set(lines.map((line) => line.page)).size > 1;
  const candidates = paginated ? edgeLines(lines) : lines.filter((line) => line.text.trim() !== '');
  for (const line of candidates) {
    if (DASHED_PAGE_NUMBER.test(line.text) || (paginated && BARE_PAGE_NUMBER.test(line.text))) {
      removed.set(line, { kind: 'page number', line: line.line, page: line.page, text: line.text.trim() });
    }
  }
  const repeats = Map.groupBy(
    candidates.filter((line) => !removed.has(line)),
    (line) => furnitureKey(toSimplified(line.text)),
  );
  for (const group of repeats.values()) {
    const pages = new Set(group.map((line) => line.page));
    const text = toSimplified(group[0]?.text.trim() ?? '');
    const looksLikeFurniture = text.length <= 40 && !SENTENCE_END.test(text) && !startsUnit(text);
    if (!looksLikeFurniture || group.length < 2 || (paginated && pages.size < 2)) continue;
    // Without pages, a first copy among the header lines is the document's own title; the others are repeats.
    const titleLines = new Set(candidates.slice(0, TITLE_LINES));
    const repeated = paginated || !titleLines.has(group[0] as SourceLine) ? group : group.slice(1);
    for (const line of repeated) removed.set(line, { kind: 'repeated header or footer', line: line.line, page: line.page, text: line.text.trim() });
  }
  return removed;
}

/**
 * Whether the paragraph ending in `before` goes on in `after`: the line was cut by the page, not
 * ended by the writer. A PDF says so by layout (the line runs to the right edge and the next one
 * is not indented); a text file only by the words (no sentence end, a bracket left open, and the
 * next line does not start a heading, a point or a closing line).
 */
export function runsOn(before: SourceLine, after: SourceLine): boolean {
  const text = toSimplified(before.text.trim());
  const next = toSimplified(after.text.trim());
  if (startsUnit(next)) return false;
  if (!bracketsBalanced(text)) return true;
  // An opening starts with its date (4月29日上午，…): the line before it, a headline, ends there.
  if (OPENING_DATE.test(next)) return false;
  if (before.reachesEnd !== undefined && after.startsBlock !== undefined) return before.reachesEnd && !after.startsBlock;
  if (SENTENCE_END.test(text) || HEADER_LINE_END.test(text)) return false;
  // A heading is complete when its brackets are; a short line is a title or a signature line.
  return !ITEM_HEADING.test(text) && text.length >= FULL_LINE;
}

function joinText(before: string, after: string): string {
  // Words of Latin letters or digits cut at a line end were separated by a space.
  const space = /[A-Za-z0-9]$/u.test(before) && /^[A-Za-z0-9]/u.test(after) ? ' ' : '';
  return `${before}${space}${after}`;
}

/**
 * Turns source lines into paragraphs: drops page numbers and running headers or footers, joins
 * lines a page break or a PDF's line wrapping cut, and removes spaces between Chinese characters.
 * Everything removed is returned for the report.
 */
export function paragraphsOf(lines: readonly SourceLine[]): { paragraphs: Paragraph[]; removed: Removal[] } {
  const furniture = pageFurniture(lines);
  const removed: Removal[] = [...furniture.values()];
  const kept = lines.filter((line) => !furniture.has(line) && line.text.trim() !== '');
  const paragraphs: Paragraph[] = [];
  let previous: SourceLine | undefined;
  for (const line of kept) {
    const text = line.text.trim();
    const current = paragraphs.at(-1);
    if (current && previous && runsOn(previous, line)) {
      removed.push({ kind: 'joined line break', line: previous.line, page: previous.page, text: `…${current.text.slice(-6)}⏎${text.slice(0, 6)}…` });
      current.text = joinText(current.text, text);
      current.lines.push(line.line);
    } else {
      paragraphs.push({ text, lines: [line.line], page: line.page });
    }
    previous = line;
  }
  for (const paragraph of paragraphs) {
    const spaced = paragraph.text.match(SPACE_BETWEEN_HAN);
    if (!spaced) continue;
    removed.push({ kind: 'spaces between Chinese characters', line: paragraph.lines[0] ?? 0, page: paragraph.page, text: paragraph.text.length > 40 ? `${paragraph.text.slice(0, 40)}…` : paragraph.text });
    paragraph.text = removeSpacesBetweenHan(paragraph.text);
  }
  return { paragraphs, removed: removed.sort((a, b) => a.line - b.line) };
}
