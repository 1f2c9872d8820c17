import { foldText, occurrences } from './search-text';

/** A result that was checked against its original text. */
export interface VerifiedHit {
  url: string;
  title: string;
  meetingUrl: string;
  meetingTitle: string;
  text: string;
  date: string;
  /** Position in Pagefind's order, to keep that order among equals. */
  order: number;
  /** Occurrences of the query in the whole text (the title included). */
  count: number;
  /** Occurrences in the title alone. */
  titleCount: number;
}

/** A title occurrence counts as this many occurrences in the text. */
const TITLE_WEIGHT = 1;

/** How many times a folded query occurs in a text, after folding the text the same way; 0 means no match. */
export function countIn(text: string, foldedQuery: string): number {
  return occurrences(foldText(text).folded, foldedQuery).length;
}

/** Relevance: more occurrences first, title occurrences weighted; ties newest first, then Pagefind's order. */
export function byRelevance(a: VerifiedHit, b: VerifiedHit): number {
  return score(b) - score(a) || b.date.localeCompare(a.date) || a.order - b.order;
}

/** Newest meeting first; relevance within a day. */
export function byDate(a: VerifiedHit, b: VerifiedHit): number {
  return b.date.localeCompare(a.date) || byRelevance(a, b);
}

function score(hit: VerifiedHit): number {
  return hit.count + TITLE_WEIGHT * hit.titleCount;
}

/** Groups hits under their meeting, meetings in the order of their best hit. */
export function groupByMeeting<H extends { meetingUrl: string }>(hits: readonly H[]): H[][] {
  return [...Map.groupBy(hits, (hit) => hit.meetingUrl).values()];
}
