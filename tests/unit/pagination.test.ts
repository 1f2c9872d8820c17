import { describe, expect, it } from 'vitest';
import { pageParam, pageSegments, paginate, paginateTogether } from '../../src/utils/pagination';

describe('pagination', () => {
  it('splits a list into full pages and a last partial one, in order', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages).toEqual([
      { items: [1, 2], number: 1, count: 3 },
      { items: [3, 4], number: 2, count: 3 },
      { items: [5], number: 3, count: 3 },
    ]);
    expect(pages.flatMap((page) => page.items)).toEqual([1, 2, 3, 4, 5]);
    expect(paginate([1, 2], 2)).toHaveLength(1);
  });

  it('gives an empty list one empty page and refuses a page size below one', () => {
    expect(paginate([], 50)).toEqual([{ items: [], number: 1, count: 1 }]);
    expect(() => paginate([1], 0)).toThrow(/at least 1/);
    expect(() => paginate([1], 1.5)).toThrow(/whole number/);
  });

  it('pages several lists together: slice n of each on page n, as many pages as the longest needs', () => {
    const pages = paginateTogether({ long: ['a', 'b', 'c', 'd', 'e'], short: [1], none: [] as boolean[] }, 2);
    expect(pages.map((page) => page.lists)).toEqual([
      { long: ['a', 'b'], short: [1], none: [] },
      { long: ['c', 'd'], short: [], none: [] },
      { long: ['e'], short: [], none: [] },
    ]);
    expect(pages.map(({ number, count }) => [number, count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(paginateTogether({ none: [] }, 2)).toEqual([{ lists: { none: [] }, number: 1, count: 1 }]);
  });

  it('addresses the first page as the listing itself and the others by number', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('3');
    expect(pageSegments(['topics', 'gas-safety'], 1)).toEqual(['topics', 'gas-safety']);
    expect(pageSegments(['topics', 'gas-safety'], 2)).toEqual(['topics', 'gas-safety', '2']);
  });
});
