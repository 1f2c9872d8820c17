/**
 * Matching and excerpts: where a folded query occurs in a text, and the piece of the original text
 * shown around it with every match marked. Excerpts are cut from the text as printed (spaces,
 * traditional characters and full-width forms as they are), through the folded text's map back to
 * the original.
 */
import type { Folder } from './folding';

/** Start indexes (in the folded text) of every occurrence of the folded query, overlapping ones included. */
export function occurrences(folded: string, query: string): number[] {
  const found: number[] = [];
  if (!query) return found;
  for (let at = folded.indexOf(query); at !== -1; at = folded.indexOf(query, at + 1)) found.push(at);
  return found;
}

/** How many times a folded query occurs in a text, after folding the text the same way; 0 means no match. */
export function countIn(folder: Folder, text: string, foldedQuery: string): number {
  return occurrences(folder.foldedForm(text), foldedQuery).length;
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
export function excerpt(folder: Folder, text: string, query: string, context = 40): ExcerptPart[] {
  const { folded, start, end } = folder.fold(text);
  const starts = occurrences(folded, query);
  if (starts.length === 0) return [];
  const ranges = mergeRanges(starts.map((at) => [start[at] as number, end[at + query.length - 1] as number]));
  const [firstStart, firstEnd] = ranges[0] as [number, number];
  const from = Math.max(text.lastIndexOf('\n', firstStart - 1) + 1, firstStart - context);
  const lineEnd = text.indexOf('\n', firstEnd);
  const to = Math.min(lineEnd === -1 ? text.length : lineEnd, firstEnd + context * 2);
  const parts: ExcerptPart[] = [];
  let at = from;
  for (const [rangeStart, rangeEnd] of ranges) {
    if (rangeStart >= to) break;
    if (rangeStart > at) parts.push({ text: text.slice(at, rangeStart), mark: false });
    parts.push({ text: text.slice(Math.max(rangeStart, at), Math.min(rangeEnd, Math.max(to, rangeEnd))), mark: true });
    at = Math.max(rangeEnd, at);
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
