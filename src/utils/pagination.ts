/** One page of a list split into pages. */
export interface ListPage<T> {
  /** The entries on this page, in list order. */
  items: T[];
  /** This page's number, from 1. */
  number: number;
  /** How many pages the list has (at least 1). */
  count: number;
}

/** Splits a list into pages of `size` entries; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number of at least 1, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, at) => ({ items: items.slice(at * size, (at + 1) * size), number: at + 1, count }));
}

/** Named lists shown on one page. */
type Lists<L> = { [K in keyof L]: readonly unknown[] };

/** One page of several lists shown together: the same slice of each list. */
export interface ListsPage<L extends Lists<L>> {
  lists: { [K in keyof L]: L[K][number][] };
  number: number;
  count: number;
}

/**
 * Pages of a page that shows several lists (an organisation's assignments, 列席 and documents
 * received): page n holds the nth slice of every list, so each list reads newest first across the
 * pages, and there are as many pages as the longest list needs.
 */
export function paginateTogether<L extends Lists<L>>(lists: L, size: number): ListsPage<L>[] {
  const keys = Object.keys(lists) as Array<keyof L>;
  const longest = Math.max(0, ...keys.map((key) => (lists[key] as readonly unknown[]).length));
  return paginate(Array.from({ length: longest }), size).map(({ number, count }) => ({
    number,
    count,
    lists: Object.fromEntries(keys.map((key) => [key, (lists[key] as readonly unknown[]).slice((number - 1) * size, number * size)])) as ListsPage<L>['lists'],
  }));
}

/** The rest-parameter value of page `number` in a route such as [topic]/[...page]: none for the first page. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}

/** URL segments of page `number` of the listing at `segments`: the first page is the listing's own address. */
export function pageSegments(segments: readonly string[], number: number): string[] {
  return number === 1 ? [...segments] : [...segments, String(number)];
}
