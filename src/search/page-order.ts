/**
 * How the index's pages are named and put in a sort's order without Pagefind's sorts. Pagefind
 * keeps every sort in the metadata every search loads, one page number per page and sort (at
 * 10,000 minutes the two sorts were about half of it); here the pages are the records newest
 * meeting first, so the date sort is the page order itself, read from each result's name, and the
 * 发布日期 order is a file of its own, fetched only by a search sorted by it.
 */
import type { SearchRecord } from '../schemas/search-record';
import type { SearchSort } from './state';

/**
 * The name of file `number` of a set of index files whose contents hash to `set`: `<set>/<number
 * in base 36>`, its path under fragment/ (page `number`'s fragment) or index/ (chunk `number`).
 */
export function numberedName(set: string, number: number): string {
  return `${set}/${number.toString(36)}`;
}

/** The page number a page's name carries; fails on a name numberedName did not make. */
export function pageNumberOf(name: string): number {
  const digits = name.slice(name.lastIndexOf('/') + 1);
  if (!/^[0-9a-z]+$/u.test(digits)) throw new Error(`the search index's page "${name}" has no page number`);
  return Number.parseInt(digits, 36);
}

/** The file of the 发布日期 order beside the index whose hash is `tag` (named by it, so a cached copy never belongs to another index). */
export function publishedOrderFile(tag: string): string {
  return `published-order.${tag}.json`;
}

/**
 * The index's pages (the records, in order) most recently published first; records published the
 * same day keep their order, which is the meeting's, newest first (as byPublished ranks hits).
 */
export function publishedOrder(records: readonly Pick<SearchRecord, 'published'>[]): number[] {
  return records.map((_, page) => page).sort((a, b) => {
    const [publishedA, publishedB] = [records[a]?.published ?? '', records[b]?.published ?? ''];
    return publishedA === publishedB ? a - b : publishedA > publishedB ? -1 : 1;
  });
}

/** Each page's place in an order (a list of every page number once), by page number. */
export function placesInOrder(order: readonly number[]): Int32Array {
  const places = new Int32Array(order.length).fill(-1);
  order.forEach((page, place) => {
    if (!Number.isInteger(page) || page < 0 || page >= order.length || places[page] !== -1) throw new Error(`the order names page ${page} twice or out of range`);
    places[page] = place;
  });
  return places;
}

/**
 * Results in a sort's order: relevance keeps the index's order; date is page order; published is
 * each page's place in `publishedPlaces`. The sort is stable, so equals keep the index's order.
 */
export function inSortOrder<R extends { id: string }>(results: readonly R[], sort: SearchSort, publishedPlaces?: Int32Array): readonly R[] {
  if (sort === 'relevance') return results;
  if (sort === 'published' && !publishedPlaces) throw new Error('the 发布日期 order is needed to sort by it');
  const key = (result: R) => {
    const page = pageNumberOf(result.id);
    return sort === 'date' ? page : (publishedPlaces?.[page] ?? page);
  };
  return results
    .map((result) => ({ result, key: key(result) }))
    .sort((a, b) => a.key - b.key)
    .map(({ result }) => result);
}
