import { parse as parseCsv } from 'csv-parse/sync';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { siteConfigSchema } from '../../src/schemas/site';
import { meetingsCalendar } from '../../src/utils/calendar';
import { AGENDA_CSV_COLUMNS, agendaItemsCsv } from '../../src/utils/data-csv';
import { createDataLinks } from '../../src/utils/data-links';
import { jsonForScript } from '../../src/utils/json-ld';
import { minutesDescription } from '../../src/utils/minutes-description';
import { countMismatches, countPublication, formatPublicationCount } from '../../src/utils/publication-counts';
import { robotsTxt } from '../../src/utils/robots';
import { clockTime, zonedInstant } from '../../src/utils/zoned-time';
import { readMinutes } from '../support/content';
import { fixtureContentDir } from '../support/paths';

const docs = readMinutes(fixtureContentDir);
const may = docs.find((doc) => doc.id === 'taicang-changwu-2023-05')!;

describe('site configuration of the open data', () => {
  const minimal = { lang: 'zh-CN', title: 't', publisher: 'p', description: 'd' };

  it('defaults feeds to the newest 20 and the time zone to Asia/Shanghai, with no licence claimed', () => {
    expect(siteConfigSchema.parse(minimal)).toMatchObject({ feedEntries: 20, timeZone: 'Asia/Shanghai' });
    expect(siteConfigSchema.parse(minimal).dataLicence).toBeUndefined();
  });

  it('refuses an unknown time zone and a feed of no entries', () => {
    expect(siteConfigSchema.safeParse({ ...minimal, timeZone: 'Asia/Taicang' }).success).toBe(false);
    expect(siteConfigSchema.safeParse({ ...minimal, feedEntries: 0 }).success).toBe(false);
  });
});

describe('meeting times', () => {
  it('reads clock times as printed, and none from 上午 or 下午 alone', () => {
    expect(clockTime('14:30')).toEqual({ hour: 14, minute: 30 });
    expect(clockTime('下午2:30')).toEqual({ hour: 14, minute: 30 });
    expect(clockTime('上午9：00')).toEqual({ hour: 9, minute: 0 });
    expect(clockTime('１４：３０')).toEqual({ hour: 14, minute: 30 });
    expect(clockTime('下午')).toBeUndefined();
    expect(clockTime(undefined)).toBeUndefined();
    expect(clockTime('25:00')).toBeUndefined();
  });

  it('finds the instant a wall-clock time names in a time zone, across daylight-saving changes', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(zonedInstant(day('2022-12-05'), { hour: 7, minute: 30 }, 'Asia/Shanghai').toISOString()).toBe('2022-12-04T23:30:00.000Z');
    expect(zonedInstant(day('2023-03-12'), { hour: 14, minute: 0 }, 'America/New_York').toISOString()).toBe('2023-03-12T18:00:00.000Z');
    expect(zonedInstant(day('2023-03-11'), { hour: 14, minute: 0 }, 'America/New_York').toISOString()).toBe('2023-03-11T19:00:00.000Z');
  });

  it("writes timed events at the right instant in the site's zone, and all-day events on their day", () => {
    const links = createDataLinks('/', 'https://example.gov.cn');
    const timed = { ...may, data: { ...may.data, meeting: { ...may.data.meeting, timeOfDay: '14:30' } } };
    const text = meetingsCalendar([timed, docs.find((doc) => doc.id === 'taicang-changwu-2023-09')!], { name: '会议', timeZone: 'Europe/London', host: 'example.gov.cn', ordinalMark: '、', links });
    const events = Object.values(ical.sync.parseICS(text)).filter((component): component is VEvent => component?.type === 'VEVENT');
    expect(events.length).toBe(2);
    expect(events[0]!.start.toISOString()).toBe('2023-04-10T13:30:00.000Z');
    expect(events[1]!.start.dateOnly).toBe(true);
    // node-ical gives a URL with parameters (URL;VALUE=URI) as { params, val }.
    expect(String((events[0]!.url as unknown as { val?: string }).val ?? events[0]!.url)).toBe('https://example.gov.cn/minutes/taicang-changwu-2023-05/');
    expect(events[0]!.description).toContain('一、听取《市政府领导班子成员 2023 年安全生产重点工作清单》制订情况的汇报');
  });
});

describe('descriptions', () => {
  it('are the summary, or else the first items as printed', () => {
    const options = { items: 2, ordinalMark: '、', separator: '；' };
    expect(minutesDescription({ ...may.data, summary: '摘要' }, options)).toBe('摘要');
    const { summary: _summary, ...noSummary } = may.data;
    expect(minutesDescription(noSummary, options)).toBe(`一、${may.data.agenda[0]!.title}；二、${may.data.agenda[1]!.title}；……`);
  });
});

describe('JSON for a script block', () => {
  it('never closes the block, and parses back to the same data', () => {
    const value = { name: '</script><script>alert(1)</script>&', line: '\u2028' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028]/u);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('data links', () => {
  it('are paths under the base without a site address, absolute with one', () => {
    const local = createDataLinks('/jiyao/', undefined);
    expect(local.catalogue()).toBe('/jiyao/data/minutes.json');
    expect(local.minutesData('会议-1')).toBe('/jiyao/data/minutes/%E4%BC%9A%E8%AE%AE-1.json');
    expect(local.feed({ kind: 'topic', id: 'gas' }, 'atom')).toBe('/jiyao/feeds/topics/gas/atom.xml');
    expect(local.published(local.page('minutes', 'a'))).toBe('/jiyao/minutes/a/');
    const published = createDataLinks('/jiyao/', 'https://example.gov.cn');
    expect(published.published(published.schema('minutes'))).toBe('https://example.gov.cn/jiyao/data/schema/minutes.json');
  });

  it('name the sitemap in robots.txt only when there is one', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://example.gov.cn/sitemap-index.xml')).toContain('\nSitemap: https://example.gov.cn/sitemap-index.xml\n');
  });
});

describe('agenda CSV', () => {
  it('round-trips quotes, commas and line breaks through a CSV parser', () => {
    const tricky = { ...may, data: { ...may.data, agenda: [{ ...may.data.agenda[0]!, title: '听取"燃气"安全,\r\n第二行' }] } };
    const headers = Object.fromEntries(AGENDA_CSV_COLUMNS.map((column) => [column, `列${column}`])) as Record<(typeof AGENDA_CSV_COLUMNS)[number], string>;
    const text = agendaItemsCsv([tricky], { headers, topicNames: new Map(), listSeparator: '、', links: createDataLinks('/', undefined) });
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!['列title']).toBe('听取"燃气"安全,\r\n第二行');
    expect(rows[0]!['列url']).toBe('/minutes/taicang-changwu-2023-05/#item-1');
  });
});

describe('publication count with feeds and agenda rows', () => {
  it('expects a feed to hold only its newest N, and agenda rows to equal the agenda items', () => {
    const count = countPublication(
      5,
      [
        { output: 'pages', documentIds: ['a', 'b', 'c', 'd', 'e'] },
        { output: 'feed', documentIds: ['a', 'b', 'c'], limit: 3 },
        { output: 'agenda csv', documentIds: ['a', 'b', 'c', 'd', 'e'], entries: 9, agendaItems: 9 },
      ],
      9,
    );
    expect(countMismatches(count)).toEqual([]);
    expect(formatPublicationCount(count)).toBe('public minutes: 5 source files · pages 5 · feed 3 (newest 3) · agenda csv 5 (9 agenda items) · agenda items in source files 9');
  });

  it('names a feed missing one of its newest, and a CSV missing an agenda row', () => {
    const count = countPublication(
      2,
      [
        { output: 'feed', documentIds: ['a'], limit: 3 },
        { output: 'agenda csv', documentIds: ['a', 'b'], agendaItems: 3 },
      ],
      4,
    );
    expect(countMismatches(count)).toEqual(['feed: 1 documents, 2 public source files (holds the newest 3) (found: a)', 'agenda csv: 3 agenda items, 4 in the public source files']);
  });
});
