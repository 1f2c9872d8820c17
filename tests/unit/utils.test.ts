import nzh from 'nzh/cn';
import { describe, expect, it } from 'vitest';
import type { Minutes } from '../../src/schemas/minutes';
import { agendaItemId, ordinalValue, parseAgendaHeading } from '../../src/utils/agenda';
import { formatDate, isoDate, yearOf } from '../../src/utils/dates';
import { localeFormat } from '../../src/utils/locale-format';
import { agendaItemsByTopic, agendaItemsOnTopic, compareNewestFirst, documentTitle, groupByYear, publishedNewestFirst, type MinutesDoc } from '../../src/utils/minutes';
import { sitePath } from '../../src/utils/paths';
import { isPublic } from '../../src/utils/publication';
import { fillTemplate } from '../../src/utils/text';

describe('dates', () => {
  const day = new Date('2023-04-10T00:00:00Z');
  it('formats calendar days the Chinese way, whatever the machine time zone', () => {
    expect(formatDate(day, 'zh-CN')).toBe('2023年4月10日');
    expect(isoDate(day)).toBe('2023-04-10');
    expect(yearOf(new Date('2023-01-01T00:00:00Z'))).toBe(2023);
  });

  it('formats with one formatter per language the same as formatDate', () => {
    const formatDay = localeFormat('zh-CN').day;
    expect(formatDay(day)).toBe('2023年4月10日');
    expect(formatDay(new Date('1999-12-31T00:00:00Z'))).toBe(formatDate(new Date('1999-12-31T00:00:00Z'), 'zh-CN'));
  });

  it('formats every day of a long span the same when it formats each many times', () => {
    const formatDay = localeFormat('zh-CN').day;
    const oracle = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const days = Array.from({ length: 800 }, (_, i) => new Date(Date.UTC(2022, 0, 1 + i)));
    for (let pass = 0; pass < 3; pass += 1) for (const date of days) expect(formatDay(new Date(date.getTime()))).toBe(oracle.format(date));
    expect(formatDay(new Date('2024-02-29T00:00:00Z'))).toBe('2024年2月29日');
  });
});

describe('agenda ordinals', () => {
  it('reads Chinese numerals', () => {
    expect([ordinalValue('一'), ordinalValue('九'), ordinalValue('十'), ordinalValue('十一'), ordinalValue('二十三')]).toEqual([1, 9, 10, 11, 23]);
    expect(() => ordinalValue('1')).toThrow(/not a Chinese ordinal/);
    // 一 to 九十九 come from a table; other runs of numerals are read by nzh as before.
    expect([ordinalValue('一十一'), ordinalValue('九十九'), ordinalValue('十十'), ordinalValue('一二')]).toEqual([11, 99, Number(nzh.decodeS('十十')), Number(nzh.decodeS('一二'))]);
  });

  it('makes ids from the position only', () => {
    expect(agendaItemId('十二')).toBe('item-12');
  });

  it('splits headings with full-width or ASCII separators', () => {
    expect(parseAgendaHeading('四、审议《方案》')).toEqual({ ordinal: '四', title: '审议《方案》' });
    expect(parseAgendaHeading('十一. 听取汇报')).toEqual({ ordinal: '十一', title: '听取汇报' });
    expect(parseAgendaHeading('会议议定以下意见：')).toBeNull();
    expect(parseAgendaHeading('（一）原则同意')).toBeNull();
  });
});

describe('sitePath', () => {
  it('joins segments under the base with a trailing slash', () => {
    expect(sitePath('/')).toBe('/');
    expect(sitePath('/', 'minutes', 'a')).toBe('/minutes/a/');
    expect(sitePath('/archive/', 'topics')).toBe('/archive/topics/');
    expect(sitePath('/archive', '/search/')).toBe('/archive/search/');
  });

  it('encodes non-ASCII segments once', () => {
    expect(sitePath('/', '主题')).toBe('/%E4%B8%BB%E9%A2%98/');
    expect(sitePath('/', '%E4%B8%BB%E9%A2%98')).toBe('/%E4%B8%BB%E9%A2%98/');
  });

  it('encodes every segment as encodeURIComponent does, whether or not it needs encoding', () => {
    for (const segment of ["bench-00001_v2.1", "it's(1)*!~", '2023', 'a b', 'a+b&c=d', '吴敬宇', '%E5%90%B4', 'Ｐ１']) {
      expect(sitePath('/', segment)).toBe(`/${encodeURIComponent(decodeURIComponent(segment))}/`);
    }
  });
});

describe('publication', () => {
  it('publishes only released documents of 主动公开', () => {
    expect(isPublic({ access: '主动公开', status: 'published' })).toBe(true);
    expect(isPublic({ access: '主动公开', status: 'draft' })).toBe(false);
    expect(isPublic({ access: '依申请公开', status: 'published' })).toBe(false);
    expect(isPublic({ access: '不予公开', status: 'published' })).toBe(false);
  });
});

function doc(id: string, date: string, session: number, topics: string[][]): MinutesDoc {
  const data = {
    issuer: '测试市人民政府',
    documentType: '常务会议纪要',
    meeting: { date: new Date(`${date}T00:00:00Z`), session },
    agenda: topics.map((itemTopics, index) => ({ ordinal: '一二三四五'[index], title: `议题${index}`, topics: itemTopics })),
  } as unknown as Minutes;
  return { id, data };
}

describe('minutes helpers', () => {
  const a = doc('a', '2022-12-05', 15, [['gas']]);
  const b = doc('b', '2023-04-10', 22, [['gas', 'safety'], ['health']]);
  const c = doc('c', '2023-04-10', 23, [['safety']]);

  it('sorts newest meeting first, then by session', () => {
    expect([a, b, c].sort(compareNewestFirst).map((d) => d.id)).toEqual(['c', 'b', 'a']);
  });

  it('keeps the documents the public may read, newest first', () => {
    const disclosed = (d: MinutesDoc, access: string, status: string) => ({ ...d, data: { ...d.data, disclosure: { access, status } } as Minutes });
    const docs = [disclosed(a, '主动公开', 'published'), disclosed(b, '主动公开', 'draft'), disclosed(c, '主动公开', 'published'), disclosed(doc('d', '2024-01-01', 1, []), '不予公开', 'published')];
    expect(publishedNewestFirst(docs).map((d) => d.id)).toEqual(['c', 'a']);
    expect(docs.map((d) => d.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('groups by year, newest first', () => {
    expect(groupByYear([a, b, c]).map(({ year, docs }) => [year, docs.map((d) => d.id)])).toEqual([
      [2023, ['c', 'b']],
      [2022, ['a']],
    ]);
  });

  it('lists a topic’s agenda items across meetings with their anchors', () => {
    expect(agendaItemsOnTopic([a, b, c], 'gas').map(({ doc: d, anchor }) => `${d.id}#${anchor}`)).toEqual(['b#item-1', 'a#item-1']);
    expect(agendaItemsOnTopic([a, b, c], 'none')).toEqual([]);
  });

  it('lists every topic’s items in one pass, the same as one topic at a time', () => {
    const twice = doc('d', '2023-05-01', 24, [['gas', 'gas']]);
    const byTopic = agendaItemsByTopic([a, b, c, twice]);
    expect([...byTopic.keys()].sort()).toEqual(['gas', 'health', 'safety']);
    for (const [topic, items] of byTopic) expect(items, topic).toEqual(agendaItemsOnTopic([a, b, c, twice], topic));
    expect(byTopic.get('gas')?.map(({ doc: d }) => d.id)).toEqual(['d', 'b', 'a']);
  });

  it('titles a document by issuer and type', () => {
    expect(documentTitle(a.data)).toBe('测试市人民政府常务会议纪要');
  });
});

describe('fillTemplate', () => {
  it('fills placeholders and refuses missing ones', () => {
    expect(fillTemplate('共 {count} 份', { count: 3 })).toBe('共 3 份');
    expect(() => fillTemplate('{year}年', {})).toThrow(/missing value for \{year\}/);
  });
});
