/**
 * The candidate run: one search in progress. The index names candidate meetings, in its order;
 * the run loads them a batch at a time, checks every part of each (header fields, agenda items)
 * against its folded text by the query's matcher (matching.ts), and keeps the confirmed parts as
 * hits, ranked, a page at a time. Pure: no DOM, no Pagefind; the page gives it the candidates and a Folder.
 */
import type { SearchPart, SearchRecord } from '../schemas/search-record';
import { countIn } from './excerpts';
import type { Folder } from './folding';
import { asMatcher, type QueryMatcher } from './matching';
import { SORT_ORDER, type VerifiedHit } from './ranking';
import { partPassesFilters, type SearchState } from './state';

/** A candidate meeting as its search record carries it. */
export type Meeting = Pick<SearchRecord, 'url' | 'title' | 'date' | 'published' | 'dateText' | 'parts'> & {
  /** Its traditional characters with their simplified forms (see Folder.learn). */
  simplified: string;
};

/** A meeting the index returned, loaded when the run gets to it. */
export interface Candidate {
  load(): Promise<Meeting>;
}

/** Filter counts by key and value, as the index reports them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Results shown at first and added by each "more". */
export const PAGE_SIZE = 10;

/**
 * Candidate meetings fetched and checked together for one screen of results: all at once, since a
 * round trip costs more than a few extra records of about 2.5 KB. A query whose index words occur
 * in many meetings without the literal text stops there and offers "more" instead of fetching
 * them all.
 */
export const CHECK_LIMIT = 10;

/** One search in progress: the candidate meetings still to check and the hits confirmed so far. */
export interface Run {
  state: SearchState;
  /** The folded query. */
  folded: string;
  /** How the query is matched (a plain folded query: as a substring). */
  matcher: QueryMatcher;
  candidates: readonly Candidate[];
  /** Next candidate to check. */
  next: number;
  hits: VerifiedHit[];
  /** Hits on screen: the first `shown` of `hits`; the rest wait for "more". */
  shown: number;
  filterCounts: FilterCounts;
}

/** A run before anything is checked; a string query is a folded query matched as a substring. */
export function startRun(state: SearchState, query: string | QueryMatcher, candidates: readonly Candidate[], filterCounts: FilterCounts = {}): Run {
  const matcher = asMatcher(query);
  return { state, folded: matcher.folded, matcher, candidates, next: 0, hits: [], shown: 0, filterCounts };
}

/**
 * Puts up to PAGE_SIZE more hits on screen. Unless enough hits wait already, the next CHECK_LIMIT
 * candidates in the index's order are loaded and checked; the new hits are ordered by occurrences
 * (or date), and those beyond the page wait.
 */
export async function showNextPage(run: Run, folder: Folder): Promise<void> {
  const target = run.shown + PAGE_SIZE;
  if (run.hits.length < target && run.next < run.candidates.length) {
    const start = run.next;
    const batch = run.candidates.slice(start, start + CHECK_LIMIT);
    run.next += batch.length;
    const meetings = await Promise.all(batch.map((candidate) => candidate.load()));
    for (const meeting of meetings) folder.learn(meeting.simplified);
    // Only the texts are folded; filter values (department names) are compared as they are.
    if (meetings.some((meeting) => folder.needsDictionary(meeting.title) || meeting.parts.some((part) => folder.needsDictionary(part.text)))) await folder.loadDictionary();
    const confirmed = meetings.flatMap((meeting, offset) => verify(folder, meeting, run.matcher, run.state.filters, start + offset));
    confirmed.sort(SORT_ORDER[run.state.sort]);
    run.hits.push(...confirmed);
  }
  run.shown = Math.min(run.hits.length, target);
}

/**
 * The confirmed hits of one candidate meeting: each of its parts whose text the query matches
 * and which passes the chosen item filters. `order` is the meeting's place among the candidates.
 */
export function verify(folder: Folder, meeting: Meeting, query: string | QueryMatcher, filters: SearchState['filters'], order: number): VerifiedHit[] {
  const matcher = asMatcher(query);
  return meeting.parts.flatMap((part: SearchPart) => {
    if (!partPassesFilters(part.filters, filters)) return [];
    const count = countIn(folder, part.text, matcher);
    if (count === 0) return [];
    const title = part.id ? (part.text.split('\n', 1)[0] as string) : meeting.title;
    const url = part.id ? `${meeting.url}#${part.id}` : meeting.url;
    return [{ url, title, text: part.text, date: meeting.date, published: meeting.published, dateText: meeting.dateText, meetingUrl: meeting.url, meetingTitle: meeting.title, order, count, titleCount: countIn(folder, title, matcher) }];
  });
}

/** Where a run stands, for the status line and the "more" button. */
export interface RunProgress {
  /** Every candidate was checked. */
  checkedAll: boolean;
  /** Every candidate was checked and every hit is on screen: nothing more to show. */
  exhausted: boolean;
  /** Meetings among the hits. */
  meetings: number;
  /** Candidates not yet checked. */
  remaining: number;
}

export function runProgress(run: Run): RunProgress {
  const checkedAll = run.next >= run.candidates.length;
  return {
    checkedAll,
    exhausted: checkedAll && run.shown >= run.hits.length,
    meetings: new Set(run.hits.map((hit) => hit.meetingUrl)).size,
    remaining: run.candidates.length - run.next,
  };
}
