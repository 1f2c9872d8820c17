/** Ranking and grouping of the confirmed hits. */

/** A result that was checked against its original text. */
export interface VerifiedHit {
  url: string;
  title: string;
  meetingUrl: string;
  meetingTitle: string;
  text: string;
  date: string;
  /** 发布日期 (or 成文日期 where none is recorded) as YYYY-MM-DD. */
  published: string;
  /** The meeting day as the site prints it. */
  dateText: string;
  /** Position in Pagefind's order, to keep that order among equals. */
  order: number;
  /** Occurrences of the query in the whole text (the title included). */
  count: number;
  /** Occurrences in the title alone. */
  titleCount: number;
}

/**
 * Relevance: agenda items before header fields, then more occurrences, then more of them in the
 * title; ties newest first, then Pagefind's order.
 */
export function byRelevance(a: VerifiedHit, b: VerifiedHit): number {
  return (
    Number(isHeader(a)) - Number(isHeader(b)) ||
    b.count - a.count ||
    b.titleCount - a.titleCount ||
    newerFirst(a.date, b.date) ||
    a.order - b.order
  );
}

/** Whether a hit is a meeting's header fields rather than one of its agenda items. */
function isHeader(hit: { url: string; meetingUrl: string }): boolean {
  return hit.url === hit.meetingUrl;
}

/** Newest meeting first; relevance within a day. */
export function byDate(a: VerifiedHit, b: VerifiedHit): number {
  return newerFirst(a.date, b.date) || byRelevance(a, b);
}

/** Most recently published first; then as byDate (meeting day, then relevance). */
export function byPublished(a: VerifiedHit, b: VerifiedHit): number {
  return newerFirst(a.published, b.published) || byDate(a, b);
}

/** The order of a sort. */
export const SORT_ORDER = { relevance: byRelevance, date: byDate, published: byPublished } as const;

/** Orders ISO dates (2023-04-10) newest first; code-unit order, since localeCompare sets up a collator for nothing. */
function newerFirst(a: string, b: string): number {
  return a === b ? 0 : a < b ? 1 : -1;
}

/**
 * Groups ranked hits under their meeting. Meetings come in the order of their best agenda item (of
 * their header fields when nothing else matched), so the first item on the page is the best one;
 * within a meeting the header comes first, then its items in rank order.
 */
export function groupByMeeting<H extends { meetingUrl: string; url: string }>(hits: readonly H[]): H[][] {
  const groups = [...Map.groupBy(hits, (hit) => hit.meetingUrl).values()];
  const rank = (group: H[]) => hits.indexOf(group.find((hit) => !isHeader(hit)) ?? (group[0] as H));
  return groups.sort((a, b) => rank(a) - rank(b)).map((group) => [...group.filter(isHeader), ...group.filter((hit) => !isHeader(hit))]);
}
