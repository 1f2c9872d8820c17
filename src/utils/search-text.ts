/**
 * The text transform behind exact substring search, used identically when the index is built and
 * when a query is typed: both sides are folded (NFKC, lower case, traditional → simplified), then
 * every run of letters and digits is cut into overlapping two-character terms. Any substring of a
 * run is then findable from its terms, whatever a word segmenter would have made of it; the results
 * are checked literally against the original text before they are shown.
 */
import { TRADITIONAL_CHARACTERS, traditionalCharacterString } from './traditional-characters';

/**
 * Any character traditional → simplified folding changes. A character class, not a Set: a page
 * checks whole texts for one with a single native scan, and building it costs no more than
 * decoding the list (a Set of its 3,000 strings took several milliseconds at page start).
 */
const TRADITIONAL_CHARACTER = new RegExp(`[${traditionalCharacterString(TRADITIONAL_CHARACTERS).replace(/[-\\\]\[^]/g, '\\$&')}]`, 'u');
/** The same class, global: every traditional character of a text. */
const EACH_TRADITIONAL_CHARACTER = new RegExp(TRADITIONAL_CHARACTER.source, 'gu');

/** The converter once loadSimplifier() has run: character level only, so one character stays one and positions map back. */
let toSimplified: ((text: string) => string) | null = null;

/**
 * Loads opencc-js's traditional → simplified character dictionary. The browser does it only when
 * needsSimplifier says a query or text has a traditional character; the build always does.
 */
export async function loadSimplifier(): Promise<void> {
  if (toSimplified) return;
  const [{ ConverterFactory }, { default: characters }] = await Promise.all([import('opencc-js/core'), import('opencc-js/dict/TSCharacters')]);
  useSimplifier(ConverterFactory([characters]));
}

/** Sets the converter directly, for code that imported opencc-js itself (the index build, where a late import() is not possible). */
export function useSimplifier(convert: (text: string) => string): void {
  toSimplified ??= convert;
}

/**
 * Simplified forms learnt from the search records checked so far, each of which lists its own
 * traditional characters (simplifiedPairs): checking a record that holds a name such as 毛华乾 then
 * needs no dictionary download.
 */
const learntSimplified = new Map<string, string>();

/** Adds the pairs a record carries ('乾干誅诛': each traditional character followed by its simplified form). */
export function learnSimplified(pairs: string): void {
  const chars = [...pairs];
  for (let i = 0; i + 1 < chars.length; i += 2) learntSimplified.set(chars[i] as string, chars[i + 1] as string);
}

/** The characters of a text, after NFKC and lower case, that traditional → simplified folding changes. */
function* traditionalCharactersIn(text: string): Generator<string> {
  for (const [char] of text.normalize('NFKC').toLowerCase().matchAll(EACH_TRADITIONAL_CHARACTER)) yield char;
}

/** True when folding the text needs the dictionary and it is not loaded yet. */
export function needsSimplifier(text: string): boolean {
  if (toSimplified) return false;
  for (const char of traditionalCharactersIn(text)) if (!learntSimplified.has(char)) return true;
  return false;
}

/** One character after NFKC and lower case, made simplified. */
function simplifiedChar(char: string): string {
  if (!TRADITIONAL_CHARACTER.test(char)) return char;
  const simplified = toSimplified?.(char) ?? learntSimplified.get(char);
  if (simplified === undefined) throw new Error(`folding ${char} needs the traditional → simplified dictionary: await loadSimplifier() first`);
  return simplified;
}

/** The traditional characters of some texts with their simplified forms, for learnSimplified; needs the dictionary. */
export function simplifiedPairs(texts: readonly string[]): string {
  const pairs = new Map<string, string>();
  for (const text of texts) {
    for (const char of traditionalCharactersIn(text)) if (!pairs.has(char)) pairs.set(char, simplifiedChar(char));
  }
  return [...pairs].map(([from, to]) => `${from}${to}`).join('');
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Folded text and, for each folded UTF-16 unit, the index of the original character it came from. */
export interface FoldedText {
  folded: string;
  /** origin[i] is the original index of folded[i]; origin[folded.length] is the original length. */
  origin: number[];
}

const foldedChars = new Map<string, string>();

/** Folds one character: NFKC (全角 → 半角, ㈠ → (一)), lower case, traditional → simplified, other spaces → ' ' (line breaks stay, so no match spans two paragraphs). */
export function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = [...char.normalize('NFKC').toLowerCase()].map(simplifiedChar).join('').replace(/[^\S\n]/gu, ' ');
    foldedChars.set(char, folded);
  }
  return folded;
}

/**
 * Code point ranges that fold to themselves, bar the traditional characters among them: line
 * breaks, ASCII without capitals, the common CJK punctuation and the unified ideographs; a unit
 * test checks every one of them. Most of a published text lies in them.
 */
export const UNFOLDED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0a, 0x0a],
  [0x20, 0x40],
  [0x5b, 0x7e],
  [0x3001, 0x3003],
  [0x3008, 0x3011],
  [0x3014, 0x301b],
  [0x4e00, 0x9fff],
];

/** One character that folding may change: the complement of UNFOLDED_RANGES, and the traditional characters. */
const MAY_FOLD = new RegExp(
  `[^${UNFOLDED_RANGES.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]|${TRADITIONAL_CHARACTER.source}`,
  'gu',
);

/** The folded form of a text, without the way back (see foldText): only the characters that may change are looked at. */
export function foldedForm(text: string): string {
  return text.replace(MAY_FOLD, (char) => foldChar(char));
}

/** Folds text character by character, keeping the way back to original positions for highlighting. */
export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let copied = 0;
  const copyTo = (end: number) => {
    folded += text.slice(copied, end);
    for (let i = copied; i < end; i += 1) origin.push(i);
  };
  for (const match of text.matchAll(MAY_FOLD)) {
    copyTo(match.index);
    const part = foldChar(match[0]);
    folded += part;
    for (let i = 0; i < part.length; i += 1) origin.push(match.index);
    copied = match.index + match[0].length;
  }
  copyTo(text.length);
  origin.push(text.length);
  return { folded, origin };
}

/** A query as it is matched: folded, with outer spaces removed. */
export function foldQuery(query: string): string {
  return foldedForm(query).trim();
}

/** Runs of letters, digits and marks (the searchable characters), as arrays of code points. */
function wordRuns(folded: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const char of folded) {
    if (WORD_CHAR.test(char)) {
      run.push(char);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The terms a folded text is indexed under: every character of each run alone, and every two
 * adjacent characters. A query of one character is found through the single characters, a longer
 * one through its pairs.
 */
export function indexTerms(folded: string): string[] {
  const terms: string[] = [];
  for (const run of wordRuns(folded)) {
    run.forEach((char, i) => {
      terms.push(char);
      const next = run[i + 1];
      if (next !== undefined) terms.push(`${char}${next}`);
    });
  }
  return terms;
}

/** Most index words a query is looked up by: each one costs an index chunk to fetch. */
export const MAX_QUERY_TERMS = 3;

/**
 * The terms a folded query is looked up by. Every text containing the query contains all of them,
 * so any subset finds every match; the literal check removes the rest. A run of one character is
 * its single; a longer run is covered by pairs (every second one, and the last), and at most
 * MAX_QUERY_TERMS are kept, spread over the query, first and last included.
 */
export function queryTerms(folded: string): string[] {
  const terms: string[] = [];
  for (const run of wordRuns(folded)) {
    if (run.length === 1) terms.push(run[0] as string);
    for (let i = 0; i + 1 < run.length; i += 2) terms.push(`${run[i]}${run[i + 1]}`);
    if (run.length > 2 && run.length % 2 === 1) terms.push(`${run[run.length - 2]}${run[run.length - 1]}`);
  }
  const distinct = [...new Set(terms)];
  if (distinct.length <= MAX_QUERY_TERMS) return distinct;
  const step = (distinct.length - 1) / (MAX_QUERY_TERMS - 1);
  return [...new Set(Array.from({ length: MAX_QUERY_TERMS }, (_, i) => distinct[Math.round(i * step)] as string))];
}

/** Code points below this take three base-36 digits ('000'…'yzz'); the rest 'z' and four digits. */
const SHORT_CODE_LIMIT = 35 * 36 * 36;

/** One character as a prefix-free ASCII code: three digits for all common CJK, five for the rest. */
function charCode(char: string): string {
  const point = char.codePointAt(0) as number;
  return point < SHORT_CODE_LIMIT ? point.toString(36).padStart(3, '0') : `z${point.toString(36).padStart(4, '0')}`;
}

/** Ends the word of a single character, so it is not the start of the pairs beginning with it. */
const SINGLE_MARK = 'z';

/**
 * Writes a term as the word Pagefind stores: each character as a short prefix-free base-36 code
 * (燃气 → 'gk6' + 'gmk' style ASCII), a single character followed by 'z'. Pagefind's search cuts
 * CJK words into single characters on its own, which would turn 作方 into 作 AND 方; ASCII words
 * stay whole. Pagefind also matches a word as a prefix of longer ones: the mark keeps a single
 * character's lookup from fetching every pair that starts with it.
 */
export function pagefindWord(term: string): string {
  const chars = [...term];
  const code = chars.map(charCode).join('');
  return chars.length === 1 ? `${code}${SINGLE_MARK}` : code;
}

/** Start indexes (in the folded text) of every occurrence of the folded query, overlapping ones included. */
export function occurrences(folded: string, query: string): number[] {
  const found: number[] = [];
  if (!query) return found;
  for (let at = folded.indexOf(query); at !== -1; at = folded.indexOf(query, at + 1)) found.push(at);
  return found;
}

/** One piece of an excerpt: original text, marked when it is part of a match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A short piece of the original text around the first match, with every match inside it marked.
 * Built from the original text, never from index terms. Empty when the text does not contain the query.
 */
export function excerpt(text: string, query: string, context = 40): ExcerptPart[] {
  const { folded, origin } = foldText(text);
  const starts = occurrences(folded, query);
  const first = starts[0];
  if (first === undefined) return [];
  const ranges = mergeRanges(starts.map((start) => [origin[start] as number, origin[start + query.length] as number]));
  const [firstStart, firstEnd] = ranges[0] as [number, number];
  const from = Math.max(text.lastIndexOf('\n', firstStart - 1) + 1, firstStart - context);
  const lineEnd = text.indexOf('\n', firstEnd);
  const to = Math.min(lineEnd === -1 ? text.length : lineEnd, firstEnd + context * 2);
  const parts: ExcerptPart[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (start >= to) break;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(Math.max(start, at), Math.min(end, Math.max(to, end))), mark: true });
    at = Math.max(end, at);
  }
  const upTo = Math.max(to, at);
  if (upTo > at) parts.push({ text: text.slice(at, upTo), mark: false });
  if (from > 0) parts.unshift({ text: '…', mark: false });
  if (upTo < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

/** Joins overlapping or touching [start, end) ranges, which are given in ascending start order. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** True when a query has at least one searchable character (a letter or digit). */
export function isSearchable(folded: string): boolean {
  return WORD_CHAR.test(folded);
}

/**
 * The Pagefind language the records are indexed under and the browser searches with: a code with
 * no stemmer and no word segmentation, so Pagefind keeps each two-character term as one word on
 * both sides (zh-cn would re-segment them with jieba at build time and Intl.Segmenter in the browser).
 */
export const SEARCH_INDEX_LANGUAGE = 'zxx';

/** Most times one term is written into a record's indexed content. */
export const MAX_TERM_REPEATS = 32;

/** The terms of one part (an agenda item, or the header fields) with their number of occurrences, which the result ranking goes by first. */
export function partTermWeights(text: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const term of indexTerms(foldedForm(text))) weights.set(term, (weights.get(term) ?? 0) + 1);
  return weights;
}

/**
 * The content Pagefind indexes for one meeting: each term of its agenda items repeated as often as
 * it occurs in the item where it occurs most (at most MAX_TERM_REPEATS), so Pagefind ranks first
 * the meetings holding the single best-matching item, which is what the results page ranks by. The
 * header fields' terms count once: they make the meeting findable by title, number or name, but an
 * opening paragraph that lists every item's title must not outrank the items themselves.
 */
export function indexContent(items: readonly string[], header = ''): string {
  const repeats = new Map<string, number>();
  for (const term of partTermWeights(header).keys()) repeats.set(term, 1);
  for (const item of items) {
    for (const [term, weight] of partTermWeights(item)) repeats.set(term, Math.max(repeats.get(term) ?? 0, weight));
  }
  const words: string[] = [];
  for (const [term, count] of repeats) {
    const word = pagefindWord(term);
    for (let i = Math.min(count, MAX_TERM_REPEATS); i > 0; i -= 1) words.push(word);
  }
  // Word order means nothing to the search (matches are checked in the original text). Sorted,
  // repeats sit together and the content compresses smaller in the fragment the browser fetches.
  return words.sort().join(' ');
}

/** The Pagefind query for a folded query: its terms as Pagefind words. */
export function pagefindQuery(folded: string): string {
  return queryTerms(folded).map(pagefindWord).join(' ');
}
