/**
 * The text transform behind exact substring search, used identically when the index is built and
 * when a query is typed: both sides are folded (NFKC, lower case, traditional → simplified), then
 * every run of letters and digits is cut into overlapping two-character terms. Any substring of a
 * run is then findable from its terms, whatever a word segmenter would have made of it; the results
 * are checked literally against the original text before they are shown.
 */
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** Character-level traditional → simplified only, so one character stays one character and positions map back to the original. */
const toSimplified = ConverterFactory([TSCharacters]);

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
    folded = toSimplified(char.normalize('NFKC').toLowerCase()).replace(/[^\S\n]/gu, ' ');
    foldedChars.set(char, folded);
  }
  return folded;
}

/** Folds text character by character, keeping the way back to original positions for highlighting. */
export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const part = foldChar(char);
    folded += part;
    for (let i = 0; i < part.length; i += 1) origin.push(index);
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** A query as it is matched: folded, with outer spaces removed. */
export function foldQuery(query: string): string {
  return foldText(query).folded.trim();
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

/** The distinct terms of a folded query; every text containing the query contains all of them. */
export function queryTerms(folded: string): string[] {
  const terms = new Set<string>();
  for (const run of wordRuns(folded)) {
    if (run.length === 1) terms.add(run[0] as string);
    for (let i = 0; i + 1 < run.length; i += 1) terms.add(`${run[i]}${run[i + 1]}`);
  }
  return [...terms];
}

/** Code points below this take three base-36 digits ('000'…'yzz'); the rest 'z' and four digits. */
const SHORT_CODE_LIMIT = 35 * 36 * 36;

/** One character as a prefix-free ASCII code: three digits for all common CJK, five for the rest. */
function charCode(char: string): string {
  const point = char.codePointAt(0) as number;
  return point < SHORT_CODE_LIMIT ? point.toString(36).padStart(3, '0') : `z${point.toString(36).padStart(4, '0')}`;
}

/**
 * Writes a term as the word Pagefind stores: each character as a short prefix-free base-36 code
 * (燃气 → 'gk6' + 'gmk' style ASCII). Pagefind's search cuts CJK words into single characters on its
 * own, which would turn 作方 into 作 AND 方; ASCII words stay whole.
 */
export function pagefindWord(term: string): string {
  return [...term].map(charCode).join('');
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

/** The content Pagefind indexes for a text: its terms separated by spaces. */
export function indexContent(text: string): string {
  return indexTerms(foldText(text).folded).map(pagefindWord).join(' ');
}

/** The Pagefind query for a folded query: its terms as Pagefind words. */
export function pagefindQuery(folded: string): string {
  return queryTerms(folded).map(pagefindWord).join(' ');
}
