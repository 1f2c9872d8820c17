import { describe, expect, it } from 'vitest';
import type { Minutes } from '../../src/schemas/minutes';
import { searchRecordSchema } from '../../src/schemas/search-record';
import { pagefindRecord } from '../../src/integrations/pagefind-index';
import { byDate, byRelevance, countIn, groupByMeeting, type VerifiedHit } from '../../src/utils/search-ranking';
import { bodySections, searchRecords } from '../../src/utils/search-records';
import { pagefindFilters, readSearchState, searchStateParams, toggleFilter } from '../../src/utils/search-state';
import { excerpt, foldQuery, foldText, indexTerms, isSearchable, occurrences, pagefindQuery, pagefindWord, queryTerms } from '../../src/utils/search-text';

describe('search text transform', () => {
  it('folds full-width to half-width, case, and traditional to simplified, one character at a time', () => {
    expect(foldText('（一）ＰＭ２.５燃氣環境').folded).toBe('(一)pm2.5燃气环境');
    expect(foldQuery('  疫情防控工作情況 ')).toBe('疫情防控工作情况');
  });

  it('maps every folded position back to the original text', () => {
    const { folded, origin } = foldText('㈠燃氣');
    expect(folded).toBe('(一)燃气');
    expect(origin).toEqual([0, 0, 0, 1, 2, 3]);
  });

  it('indexes each run as single characters and overlapping pairs', () => {
    expect(indexTerms('内燃气，第2次')).toEqual(['内', '内燃', '燃', '燃气', '气', '第', '第2', '2', '2次', '次']);
  });

  it('writes terms as prefix-free ASCII words that Pagefind keeps whole', () => {
    expect(pagefindWord('燃')).toMatch(/^[0-9a-y][0-9a-z]{2}$/);
    expect(pagefindWord('燃气')).toBe(`${pagefindWord('燃')}${pagefindWord('气')}`);
    expect(pagefindWord('𠀀')).toMatch(/^z[0-9a-z]{4}$/);
    expect(pagefindQuery(foldQuery('燃氣'))).toBe(pagefindWord('燃气'));
    expect(pagefindQuery('作方案')).toBe(`${pagefindWord('作方')} ${pagefindWord('方案')}`);
  });

  it('turns a query into pairs that every containing text also has', () => {
    expect(queryTerms('燃气')).toEqual(['燃气']);
    expect(queryTerms('气')).toEqual(['气']);
    expect(queryTerms('作，推进')).toEqual(['作', '推进']);
    const text = indexTerms(foldText('推动实施工作方案，推进落实').folded);
    for (const term of queryTerms(foldQuery('作方案，推'))) expect(text.some((indexed) => indexed.startsWith(term))).toBe(true);
  });

  it('counts overlapping occurrences and knows an unsearchable query', () => {
    expect(occurrences('的的的', '的的')).toEqual([0, 1]);
    expect(isSearchable(foldQuery('，。'))).toBe(false);
    expect(isSearchable(foldQuery('（一）'))).toBe(true);
  });

  it('rebuilds excerpts from the original text, marking every match in it', () => {
    const text = '一、审议《燃氣方案》\n（一）城镇燃气安全，燃气用户检查。';
    expect(excerpt(text, foldQuery('燃气'), 4)).toEqual([
      { text: '…', mark: false },
      { text: '、审议《', mark: false },
      { text: '燃氣', mark: true },
      { text: '方案》', mark: false },
      { text: '…', mark: false },
    ]);
    const second = excerpt('（一）城镇燃气安全，燃气用户检查。', '燃气', 2);
    expect(second.filter((part) => part.mark).map((part) => part.text)).toEqual(['燃气', '燃气']);
    expect(second.map((part) => part.text).join('')).toBe('…城镇燃气安全，燃气…');
    expect(excerpt('没有', '燃气')).toEqual([]);
  });
});

describe('search state in the URL', () => {
  it('reads and writes query, filters and sort in a stable order', () => {
    const state = readSearchState(new URLSearchParams('topic=城镇燃气&q=燃气&year=2023&year=2023&sort=date&x=1'));
    expect(state).toEqual({ query: '燃气', filters: { topic: ['城镇燃气'], year: ['2023'] }, sort: 'date' });
    expect(searchStateParams(state).toString()).toBe(new URLSearchParams('q=燃气&year=2023&topic=城镇燃气&sort=date').toString());
  });

  it('toggles filter values and builds Pagefind filters', () => {
    const state = toggleFilter(readSearchState(new URLSearchParams('q=a')), 'kind', '审议', true);
    expect(pagefindFilters(state.filters)).toEqual({ kind: { any: ['审议'] } });
    expect(toggleFilter(state, 'kind', '审议', false).filters).toEqual({});
  });
});

describe('search ranking', () => {
  const hit = (url: string, count: number, titleCount: number, date: string, order: number): VerifiedHit => ({
    url, title: '', text: '', meetingUrl: url.split('#')[0] as string, meetingTitle: '', date, order, count, titleCount,
  });

  it('puts more occurrences first, title matches ahead of equal counts, ties newest first', () => {
    const hits = [hit('/a/#item-1', 1, 0, '2023-01-01', 0), hit('/b/#item-1', 3, 0, '2020-01-01', 1), hit('/c/#item-1', 1, 1, '2021-01-01', 2), hit('/d/#item-1', 1, 0, '2024-01-01', 3)];
    expect([...hits].sort(byRelevance).map((h) => h.url)).toEqual(['/b/#item-1', '/c/#item-1', '/d/#item-1', '/a/#item-1']);
    expect([...hits].sort(byDate).map((h) => h.url)).toEqual(['/d/#item-1', '/a/#item-1', '/c/#item-1', '/b/#item-1']);
  });

  it('counts folded occurrences and groups hits under their meeting in rank order', () => {
    expect(countIn('燃氣燃气', '燃气')).toBe(2);
    const grouped = groupByMeeting([hit('/a/#item-2', 1, 0, '', 0), hit('/b/#item-1', 1, 0, '', 1), hit('/a/#item-1', 1, 0, '', 2)]);
    expect(grouped.map((group) => group.map((h) => h.url))).toEqual([['/a/#item-2', '/a/#item-1'], ['/b/#item-1']]);
  });
});

describe('search records', () => {
  const html = '<p>2023 年 4 月 10 日，会议召开。</p>\n<h2 id="item-1" class="agenda-heading">一、审议《燃气方案》</h2>\n<p>（一）原则同意。</p>\n<p>（二）要\n抓好落实。</p>\n<h2 id="item-2">二、研究其他事项</h2>\n<p>会议要求。</p>';
  const data = {
    issuer: '太仓市人民政府', documentType: '常务会议纪要', documentNumber: '第5号', issuingOffice: '办公室',
    dateIssued: new Date('2023-04-18T00:00:00Z'),
    meeting: { name: '市政府第22次常务会议', session: 22, date: new Date('2023-04-10T00:00:00Z'), chair: { name: '吴敬宇', title: '常务副市长' } },
    compiled: { by: '办公室', date: new Date('2023-04-14T00:00:00Z') },
    agenda: [
      { ordinal: '一', kind: '审议', title: '审议《燃气方案》', topics: ['gas-safety'], leadDepartments: ['市住建局'] },
      { ordinal: '二', kind: '研究', title: '研究其他事项', topics: ['other'], leadDepartments: [] },
    ],
    attendance: { present: ['郑丙华', '王莉萍'], absent: [], observers: [{ organisation: '市政协', people: ['张培明'] }], others: [] },
    recipients: [], copies: [], disclosure: { access: '主动公开', status: 'published' }, attachments: [], revisions: [],
  } satisfies Minutes;

  it('cuts the rendered body at agenda headings, one line per paragraph', () => {
    expect(bodySections(html)).toEqual([
      { id: null, heading: '', text: '2023 年 4 月 10 日，会议召开。' },
      { id: 'item-1', heading: '一、审议《燃气方案》', text: '一、审议《燃气方案》\n（一）原则同意。\n（二）要抓好落实。' },
      { id: 'item-2', heading: '二、研究其他事项', text: '二、研究其他事项\n会议要求。' },
    ]);
  });

  it('makes one record per agenda item and one for the meeting header, with filters', () => {
    const records = searchRecords({ id: 'm', data }, { url: '/minutes/m/', title: '市政府第22次常务会议纪要', html, topicNames: new Map([['gas-safety', '城镇燃气']]), listSeparator: '、' });
    for (const record of records) searchRecordSchema.parse(record);
    expect(records.map((record) => record.url)).toEqual(['/minutes/m/', '/minutes/m/#item-1', '/minutes/m/#item-2']);
    expect(records[0]?.text).toContain('常务副市长 吴敬宇\n郑丙华、王莉萍\n市政协张培明');
    expect(records[0]?.text).toContain('会议召开');
    expect(records[1]?.filters).toEqual({ year: ['2023'], type: ['常务会议纪要'], topic: ['城镇燃气'], department: ['市住建局'], kind: ['审议'] });
    const indexed = pagefindRecord(records[1]!);
    expect(indexed.language).toBe('zxx');
    expect(indexed.content.split(' ')).toContain(pagefindWord('燃气'));
    expect(indexed.content).not.toMatch(/\p{Script=Han}/u);
    expect(indexed.meta?.['text']).toBe(records[1]?.text);
  });

  it('fails when an agenda item has no heading in the body', () => {
    expect(() => searchRecords({ id: 'm', data }, { url: '/m/', title: 't', html: '<p>x</p>', topicNames: new Map(), listSeparator: '、' })).toThrow(/item-1/);
  });
});
