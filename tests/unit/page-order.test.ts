/** The search index's page names and the orders the browser puts results in without Pagefind's sorts. */
import { describe, expect, it } from 'vitest';
import { inSortOrder, numberedName, pageNumberOf, placesInOrder, publishedOrder, publishedOrderFile } from '../../src/search/page-order';

describe('index file names', () => {
  it('carry the page number in base 36 after the set, and give it back', () => {
    expect(numberedName('0a1b2c3', 0)).toBe('0a1b2c3/0');
    expect(numberedName('0a1b2c3', 35)).toBe('0a1b2c3/z');
    expect(numberedName('0a1b2c3', 36)).toBe('0a1b2c3/10');
    for (const page of [0, 1, 9, 10, 35, 36, 1295, 1296, 49_999, 1_000_000]) expect(pageNumberOf(numberedName('abcdef0', page))).toBe(page);
  });

  it('fail on a name without a page number', () => {
    expect(() => pageNumberOf('abcdef0/')).toThrow('has no page number');
    expect(() => pageNumberOf('abcdef0/1a.pf_fragment')).toThrow('has no page number');
  });

  it('name the 发布日期 order by the index hash', () => {
    expect(publishedOrderFile('zh_0123456789a')).toBe('published-order.zh_0123456789a.json');
  });
});

describe('the 发布日期 order', () => {
  // Pages newest meeting first, as the index holds them; 发布日期 in another order.
  const records = [
    { published: '2024-03-01' },
    { published: '2024-03-05' },
    { published: '2024-02-20' },
    { published: '2024-03-05' },
    { published: '2023-12-31' },
    { published: '2024-02-20' },
  ];

  it('lists the pages most recently published first, the same day in page order', () => {
    expect(publishedOrder(records)).toEqual([1, 3, 0, 2, 5, 4]);
    expect(publishedOrder([])).toEqual([]);
  });

  it("gives each page its place, and refuses an order that is not every page once", () => {
    expect([...placesInOrder([1, 3, 0, 2, 5, 4])]).toEqual([2, 0, 3, 1, 5, 4]);
    expect(() => placesInOrder([0, 0, 1])).toThrow('twice or out of range');
    expect(() => placesInOrder([0, 3, 1])).toThrow('twice or out of range');
    expect(() => placesInOrder([0, 1.5])).toThrow('twice or out of range');
  });
});

describe('results in a sort order', () => {
  const result = (page: number, score: number) => ({ id: numberedName('feedbee', page), score });
  // Pagefind's order: best score first.
  const results = [result(4, 9), result(0, 7), result(37, 5), result(2, 5), result(1, 3)];

  it('keeps the index order for relevance', () => {
    expect(inSortOrder(results, 'relevance')).toEqual(results);
  });

  it('orders by page for the meeting date (pages are newest meeting first)', () => {
    expect(inSortOrder(results, 'date').map(({ id }) => pageNumberOf(id))).toEqual([0, 1, 2, 4, 37]);
  });

  it('orders by place in the 发布日期 order, equals in the index order', () => {
    const places = new Int32Array(38).fill(10);
    places[37] = 0;
    places[1] = 1;
    expect(inSortOrder(results, 'published', places).map(({ id }) => pageNumberOf(id))).toEqual([37, 1, 4, 0, 2]);
    expect(() => inSortOrder(results, 'published')).toThrow('发布日期 order is needed');
  });
});
