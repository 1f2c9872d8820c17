/**
 * Counts and excerpts: how often a query matches a text, and the piece of the original text shown
 * around the first match with every match marked. Where a query matches is the matcher's rule
 * (matching.ts; a plain string is an exact substring). Excerpts are cut from the text as printed
 * (spaces, traditional characters and full-width forms as they are), through the folded text's map
 * back to the original.
 */
import type { Folder } from './folding';
import { asMatcher, type QueryMatcher } from './matching';

export { occurrences } from './matching';

/** How many times a query matches a text, after folding the text; 0 means no match. */
export function countIn(folder: Folder, text: string, query: string | QueryMatcher): number {
  return asMatcher(query).ranges(folder.foldedForm(text)).length;
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
export function excerpt(folder: Folder, text: string, query: string | QueryMatcher, context = 40): ExcerptPart[] {
  const { folded, start, end } = folder.fold(text);
  const matches = asMatcher(query).ranges(folded);
  if (matches.length === 0) return [];
  const ranges = mergeRanges(matches.map(([from, to]) => [start[from] as number, end[to - 1] as number]));
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
