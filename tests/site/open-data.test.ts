import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { AstroIntegrationLogger } from 'astro';
import { load } from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ical, { type VEvent } from 'node-ical';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { openDataCounters } from '../../src/integrations/open-data-counters';
import { publicationCount } from '../../src/integrations/publication-count';
import { isPublic } from '../../src/utils/publication';
import { readMinutes, type SourceMinutes } from '../support/content';
import { fixtureBuildLog, fixtureContentDir, fixtureSiteDir } from '../support/paths';
import { pageHtml, siteFiles } from '../support/site-files';

const sources = readMinutes(fixtureContentDir);
const published = sources.filter((doc) => isPublic(doc.data.disclosure));
const siteConfig = JSON.parse(readFileSync(join(fixtureContentDir, 'site.json'), 'utf8')) as { site: string; feedEntries: number; timeZone?: string; dataLicence: string };
const origin = siteConfig.site;
const files = siteFiles();
const read = (file: string) => readFileSync(join(fixtureSiteDir, file), 'utf8');
const topics = parseYaml(readFileSync(join(fixtureContentDir, 'topics.yaml'), 'utf8')) as Array<{ id: string; name: string }>;
const organisations = parseYaml(readFileSync(join(fixtureContentDir, 'organisations.yaml'), 'utf8')) as Array<{ id: string; name: string; shortNames?: string[] }>;

/** The order the site promises, written out here: meeting day, newest first, then the higher session. */
const newestFirst = (docs: readonly SourceMinutes[]) =>
  [...docs].sort((a, b) => b.data.meeting.date.getTime() - a.data.meeting.date.getTime() || (b.data.meeting.session ?? 0) - (a.data.meeting.session ?? 0));
const pageUrl = (id: string) => `${origin}/minutes/${id}/`;
const agendaItems = published.reduce((sum, doc) => sum + doc.data.agenda.length, 0);

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry', 'link'].includes(name) });
/** A feed's entries in both formats, read with an XML parser: links, titles and dates. */
function feed(folder: string): { rss: Array<{ link: string; title: string; date: Date; description: string }>; atom: Array<{ link: string; title: string; date: Date }> } {
  const rss = xml.parse(read(`${folder}rss.xml`)).rss.channel;
  const atom = xml.parse(read(`${folder}atom.xml`)).feed;
  return {
    rss: (rss.item ?? []).map((item: Record<string, string | string[]>) => ({
      link: String((item['link'] as string[])[0]),
      title: String(item['title']),
      date: new Date(String(item['pubDate'])),
      description: String(item['description']),
    })),
    atom: (atom.entry ?? []).map((entry: { link: Array<{ '@href': string }>; title: { '#text': string }; updated: string }) => ({
      link: entry.link[0]!['@href'],
      title: entry.title['#text'],
      date: new Date(entry.updated),
    })),
  };
}
/** HTML-typed feed text as a reader shows it: its character references decoded once. */
const asReaderShows = (html: string) => load(`<p>${html}</p>`)('p').text();

describe('feeds', () => {
  it('hold one entry per public document, the newest N, newest first, with title, date, description and permanent link', () => {
    const expected = newestFirst(published).slice(0, siteConfig.feedEntries);
    expect(siteConfig.feedEntries).toBeLessThan(published.length);
    const { rss, atom } = feed('feeds/');
    expect(rss.map((entry) => entry.link)).toEqual(expected.map((doc) => pageUrl(doc.id)));
    expect(atom.map((entry) => entry.link)).toEqual(expected.map((doc) => pageUrl(doc.id)));
    rss.forEach((entry, index) => {
      const doc = expected[index]!;
      expect(entry.date.toISOString().slice(0, 10)).toBe(doc.data.meeting.date.toISOString().slice(0, 10));
      expect(entry.title).toBe(`${doc.data.meeting.name}纪要`);
      const description = asReaderShows(entry.description);
      expect(description).toBe(doc.data.summary ?? description);
      if (!doc.data.summary) expect(description.startsWith(`${doc.data.agenda[0]!.ordinal}、${doc.data.agenda[0]!.title}`)).toBe(true);
    });
    expect(atom.map((entry) => asReaderShows(entry.title))).toEqual(expected.map((doc) => `${doc.data.meeting.name}纪要`));
  });

  it('follow each topic and each organisation as lead department, with only its documents', () => {
    for (const topic of topics) {
      const expected = newestFirst(published.filter((doc) => doc.data.agenda.some((item) => item.topics.includes(topic.id)))).slice(0, siteConfig.feedEntries);
      expect(feed(`feeds/topics/${topic.id}/`).rss.map((entry) => entry.link), topic.id).toEqual(expected.map((doc) => pageUrl(doc.id)));
      expect(feed(`feeds/topics/${topic.id}/`).atom.map((entry) => entry.link), topic.id).toEqual(expected.map((doc) => pageUrl(doc.id)));
    }
    let followed = 0;
    for (const organisation of organisations) {
      const names = [organisation.name, ...(organisation.shortNames ?? [])];
      const leads = published.filter((doc) => doc.data.agenda.some((item) => item.leadDepartments.some((name) => names.includes(name))));
      followed += leads.length;
      const expected = newestFirst(leads).slice(0, siteConfig.feedEntries);
      expect(feed(`feeds/organisations/${organisation.id}/`).rss.map((entry) => entry.link), organisation.id).toEqual(expected.map((doc) => pageUrl(doc.id)));
    }
    expect(followed).toBeGreaterThan(0);
  });

  it('are announced with <link rel="alternate"> on the home, topic and organisation pages', () => {
    const alternates = (path: string) =>
      load(pageHtml(path))('link[rel="alternate"]')
        .map((_, el) => `${el.attribs['type']} ${el.attribs['href']}`)
        .get();
    expect(alternates('/')).toEqual([`application/rss+xml ${origin}/feeds/rss.xml`, `application/atom+xml ${origin}/feeds/atom.xml`]);
    expect(alternates('/topics/gas-safety/')).toEqual(expect.arrayContaining([`application/rss+xml ${origin}/feeds/topics/gas-safety/rss.xml`, `application/atom+xml ${origin}/feeds/topics/gas-safety/atom.xml`]));
    expect(alternates('/organisations/housing-construction/')).toContain(`application/rss+xml ${origin}/feeds/organisations/housing-construction/rss.xml`);
  });
});

describe('JSON data files', () => {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  const schemaFiles = files.filter((file) => file.startsWith('data/schema/'));
  for (const file of schemaFiles) ajv.addSchema(JSON.parse(read(file)));
  const jsonFiles = files.filter((file) => file.startsWith('data/') && file.endsWith('.json') && !file.startsWith('data/schema/'));

  it('each name their schema with $schema and validate against it with ajv', () => {
    expect(schemaFiles.length).toBe(5);
    expect(jsonFiles.length).toBeGreaterThan(published.length + 3);
    for (const file of jsonFiles) {
      const data = JSON.parse(read(file)) as { $schema: string };
      expect(data.$schema.startsWith(`${origin}/data/schema/`), file).toBe(true);
      const validate = ajv.getSchema(data.$schema);
      expect(validate, file).toBeDefined();
      expect(validate!(data), `${file}: ${ajv.errorsText(validate!.errors)}`).toBe(true);
    }
  });

  it('are held to their schemas: a document missing a field or with a wrong date fails', () => {
    const doc = JSON.parse(read(`data/minutes/${published[0]!.id}.json`)) as Record<string, unknown>;
    const validate = ajv.getSchema(String(doc['$schema']))!;
    expect(validate({ ...doc, issuer: undefined })).toBe(false);
    expect(validate({ ...doc, dateIssued: '2023年4月18日' })).toBe(false);
    expect(validate({ ...doc, secret: 'x' })).toBe(false);
  });

  it('hold every public document in the catalogue, split by year, each with its own data file', () => {
    const index = JSON.parse(read('data/minutes.json')) as { total: number; years: Array<{ year: number; count: number; url: string }> };
    expect(index.total).toBe(published.length);
    const entries = index.years.flatMap(({ year, count, url }) => {
      const yearFile = JSON.parse(read(url.slice(origin.length + 1))) as { year: number; minutes: Array<{ id: string; meetingDate: string; data: string }> };
      expect(yearFile.year).toBe(year);
      expect(yearFile.minutes.length).toBe(count);
      for (const entry of yearFile.minutes) expect(entry.meetingDate.startsWith(String(year))).toBe(true);
      return yearFile.minutes;
    });
    expect(entries.map((entry) => entry.id)).toEqual(newestFirst(published).map((doc) => doc.id));
    for (const entry of entries) expect(files).toContain(entry.data.slice(origin.length + 1));
  });

  it('give each document its fields, attendance, distribution and each agenda item as plain text', () => {
    for (const doc of published) {
      const data = JSON.parse(read(`data/minutes/${doc.id}.json`));
      expect(data.id).toBe(doc.id);
      expect(data.url).toBe(pageUrl(doc.id));
      expect(data.documentNumber).toBe(doc.data.documentNumber);
      expect(data.meeting.date).toBe(doc.data.meeting.date.toISOString().slice(0, 10));
      expect(data.attendance.present).toEqual(doc.data.attendance.present);
      expect(data.recipients).toEqual(doc.data.recipients);
      expect(data.copies).toEqual(doc.data.copies);
      expect(data.agenda.map((item: { title: string }) => item.title)).toEqual(doc.data.agenda.map((item) => item.title));
      const $ = load(pageHtml(`/minutes/${doc.id}/`));
      data.agenda.forEach((item: { ordinal: string; title: string; text: string; url: string }, index: number) => {
        expect(item.url).toBe(`${pageUrl(doc.id)}#item-${index + 1}`);
        expect(item.text.split('\n')[0]).toBe(`${item.ordinal}、${item.title}`);
        // Plain text: markup the page shows as text stays text, never character references.
        expect(item.text).not.toMatch(/&(lt|gt|amp|quot|#x?[0-9a-f]+);/iu);
        // Every paragraph of the item on the page is a line of the text.
        const paragraphs = $(`#item-${index + 1}`).closest('section').children('p').map((_, p) => $(p).text().replace(/\s*\n\s*/gu, '').trim()).get().filter(Boolean);
        for (const paragraph of paragraphs) expect(item.text.split('\n'), `${doc.id} ${item.ordinal}`).toContain(paragraph);
      });
    }
  });

  it('list every topic and organisation with its counts', () => {
    const topicData = JSON.parse(read('data/topics.json')) as { topics: Array<{ id: string; agendaItems: number }> };
    expect(topicData.topics.map((topic) => topic.id).sort()).toEqual(topics.map((topic) => topic.id).sort());
    for (const topic of topicData.topics) {
      expect(topic.agendaItems, topic.id).toBe(published.flatMap((doc) => doc.data.agenda).filter((item) => item.topics.includes(topic.id)).length);
    }
    const organisationData = JSON.parse(read('data/organisations.json')) as { organisations: Array<{ id: string }> };
    expect(organisationData.organisations.map((organisation) => organisation.id).sort()).toEqual(organisations.map((organisation) => organisation.id).sort());
  });
});

describe('CSV files', () => {
  const bytes = readFileSync(join(fixtureSiteDir, 'data/agenda-items.csv'));
  const rows = parseCsv(bytes, { bom: true, columns: true }) as Array<Record<string, string>>;

  it('open with a UTF-8 byte-order mark', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...readFileSync(join(fixtureSiteDir, 'data/attendance.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('hold one row per agenda item, Chinese, quotes and commas surviving the round trip', () => {
    expect(rows.length).toBe(agendaItems);
    const expected = newestFirst(published).flatMap((doc) => doc.data.agenda.map((item) => ({ doc, item })));
    rows.forEach((row, index) => {
      const { doc, item } = expected[index]!;
      expect(row['议题']).toBe(item.title);
      expect(row['文号']).toBe(doc.data.documentNumber);
      expect(row['会议']).toBe(doc.data.meeting.name);
      expect(row['审议文件']).toBe(item.document ?? '');
      expect(row['责任单位']).toBe(item.leadDepartments.join('、'));
      expect(row['地址']).toBe(`${pageUrl(doc.id)}#item-${index - expected.findIndex((other) => other.doc === doc) + 1}`);
    });
    expect(rows.some((row) => /[",]/u.test(row['会议'] ?? ''))).toBe(true);
  });

  it('hold one attendance row per person at each meeting', () => {
    const attendance = parseCsv(readFileSync(join(fixtureSiteDir, 'data/attendance.csv')), { bom: true, columns: true }) as Array<Record<string, string>>;
    const people = published.reduce(
      (sum, doc) => sum + doc.data.attendance.present.length + doc.data.attendance.absent.length + doc.data.attendance.observers.flatMap((group) => group.people).length + doc.data.attendance.others.length,
      0,
    );
    expect(attendance.length).toBe(people);
    const may = published.find((doc) => doc.id === 'taicang-changwu-2023-05')!;
    expect(attendance.filter((row) => row['文号'] === may.data.documentNumber && row['身份'] === '出席').map((row) => row['姓名'])).toEqual(may.data.attendance.present);
  });
});

describe('meetings calendar', () => {
  const calendar = ical.sync.parseICS(read('data/meetings.ics'));
  const events = Object.values(calendar).filter((component): component is VEvent => component?.type === 'VEVENT');
  const zone = siteConfig.timeZone ?? 'Asia/Shanghai';
  /** An event's URL: node-ical gives one with parameters (URL;VALUE=URI) as { params, val }. */
  const urlOf = (event: VEvent) => String((event.url as unknown as { val?: string } | undefined)?.val ?? event.url);
  const dayIn = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);

  it('has one event per meeting, linking its minutes', () => {
    expect(events.length).toBe(published.length);
    expect(events.map(urlOf).sort()).toEqual(published.map((doc) => pageUrl(doc.id)).sort());
  });

  it("puts each meeting on its day in the site's time zone, at its time when the minutes print one", () => {
    for (const doc of published) {
      const event = events.find((candidate) => urlOf(candidate) === pageUrl(doc.id))!;
      const day = doc.data.meeting.date.toISOString().slice(0, 10);
      expect(event.summary).toBe(doc.data.meeting.name);
      if (event.start.dateOnly) {
        expect(`${event.start.getFullYear()}-${String(event.start.getMonth() + 1).padStart(2, '0')}-${String(event.start.getDate()).padStart(2, '0')}`).toBe(day);
      } else {
        expect(dayIn(event.start), doc.id).toBe(day);
      }
    }
    // 上午7:30 in Shanghai is 23:30 UTC the day before: a time read as UTC or as the machine's zone would show.
    const early = events.find((event) => urlOf(event) === pageUrl('taicang-changwu-2022-12'))!;
    expect(sources.find((doc) => doc.id === 'taicang-changwu-2022-12')?.data.meeting.timeOfDay).toBe('上午7:30');
    expect(early.start.dateOnly).toBeFalsy();
    expect(early.start.toISOString()).toBe(new Date('2022-12-05T07:30:00+08:00').toISOString());
  });
});

describe('page metadata', () => {
  const htmlPages = files.filter((file) => file.endsWith('.html'));

  it('gives every page an absolute canonical URL, its own address', () => {
    for (const page of htmlPages.filter((file) => file !== '404.html')) {
      const links = load(read(page))('link[rel="canonical"]');
      expect(links.length, page).toBe(1);
      // A 长者模式 copy (/elder/…) names the ordinary page it copies.
      expect(decodeURI(links.attr('href') ?? ''), page).toBe(`${origin}/${page.replace(/^elder\//u, '').replace(/index\.html$/u, '')}`);
    }
  });

  it('gives every minutes page parseable schema.org JSON-LD, Open Graph tags and a description', () => {
    for (const doc of published) {
      const $ = load(pageHtml(`/minutes/${doc.id}/`));
      const blocks = $('script[type="application/ld+json"]');
      expect(blocks.length).toBe(1);
      const data = JSON.parse(blocks.text());
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('DigitalDocument');
      expect(data.url).toBe(pageUrl(doc.id));
      expect(data.name).toBe(`${doc.data.meeting.name}纪要`);
      expect(data.about).toMatchObject({ '@type': 'Event', name: doc.data.meeting.name, startDate: doc.data.meeting.date.toISOString().slice(0, 10) });
      expect($('meta[property="og:url"]').attr('content')).toBe(pageUrl(doc.id));
      expect($('meta[property="og:type"]').attr('content')).toBe('article');
      expect($('meta[property="og:title"]').attr('content')).toBe(data.name);
      const description = $('meta[name="description"]').attr('content') ?? '';
      expect(description).toBe(doc.data.summary ?? description);
      if (!doc.data.summary) expect(description.startsWith(`${doc.data.agenda[0]!.ordinal}、${doc.data.agenda[0]!.title}`)).toBe(true);
    }
  });

  it('writes robots.txt pointing at the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(files).toContain('sitemap-index.xml');
  });
});

describe('the /data/ page', () => {
  const $ = load(pageHtml('/data/'));

  it('lists every data file with its size and schema, and the licence notice', () => {
    const listed = $('table.data-files a code').map((_, el) => $(el).text()).get();
    const aggregates = files.filter((file) => file.startsWith('data/') && !file.startsWith('data/minutes/') && !file.endsWith('.html'));
    for (const file of aggregates) expect(listed, file).toContain(`/${file}`);
    const feeds = files.filter((file) => file.startsWith('feeds/'));
    expect(feeds.length).toBe(2 * (1 + topics.length + organisations.length));
    for (const file of feeds) expect(listed, file).toContain(`/${file}`);
    const rows = $('table.data-files tbody tr');
    rows.each((_, row) => expect($(row).children('td').eq(2).text()).toMatch(/\d/u));
    expect($('main').text()).toContain('/data/minutes/<id>.json');
    expect($('main').text()).toContain(siteConfig.dataLicence);
  });

  it('is linked from the home page and the footer', () => {
    expect(load(pageHtml('/'))('main a[href="/data/"]').length).toBe(1);
    expect(load(pageHtml('/minutes/'))('footer a[href="/data/"]').length).toBe(1);
  });
});

describe('publication count over the open data', () => {
  it('is printed for every output', () => {
    const n = published.length;
    const log = readFileSync(fixtureBuildLog, 'utf8');
    expect(log).toContain(`feed ${Math.min(n, siteConfig.feedEntries)} (newest ${siteConfig.feedEntries})`);
    expect(log).toContain(`catalogue ${n} · calendar ${n} · data files ${n} · agenda csv ${n} (${agendaItems} agenda items) · agenda items in source files ${agendaItems}`);
  });

  describe('fails the build when an output loses a document or an agenda item', () => {
    const copy = mkdtempSync(join(tmpdir(), 'gongkai-open-data-count-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));
    const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;
    const runCheck = async (siteDir: string) => {
      const hooks = publicationCount({ contentDir: fixtureContentDir, searchBundleDir: 'pagefind', counters: openDataCounters({ feeds: true, feedEntries: siteConfig.feedEntries }) }).hooks;
      await hooks['astro:config:done']?.({ config: { base: '/' } } as never);
      await hooks['astro:build:done']?.({ dir: pathToFileURL(`${siteDir}/`), logger } as never);
    };
    const broken = (name: string, breakSite: (site: string) => void) => {
      const site = join(copy, name);
      cpSync(fixtureSiteDir, site, { recursive: true });
      breakSite(site);
      return site;
    };
    const edit = (site: string, file: string, change: (text: string) => string) => writeFileSync(join(site, file), change(readFileSync(join(site, file), 'utf8')));
    const id = newestFirst(published)[0]!.id;

    it('passes on the real build', async () => {
      await expect(runCheck(fixtureSiteDir)).resolves.toBeUndefined();
    });

    it.each<[string, (site: string) => void, RegExp]>([
      ['a feed entry', (site) => edit(site, 'feeds/rss.xml', (text) => text.replace(/<item>.*?<\/item>/su, '')), /feed: \d+ documents/u],
      ['a catalogue entry', (site) => edit(site, 'data/catalogue/2022.json', (text) => text.replace(/"minutes":\[.*\]/su, '"minutes":[]')), /catalogue: \d+ documents/u],
      ['a calendar event', (site) => edit(site, 'data/meetings.ics', (text) => text.replace(/BEGIN:VEVENT.*?END:VEVENT\r?\n/su, '')), /calendar: \d+ documents/u],
      ['a data file', (site) => unlinkSync(join(site, `data/minutes/${id}.json`)), /data files: \d+ documents/u],
      ['an agenda row', (site) => edit(site, 'data/agenda-items.csv', (text) => text.replace(/\r\n[^\r]*item-2\r\n/u, '\r\n')), /agenda csv: \d+ agenda items/u],
    ])('fails when %s is missing', async (name, breakSite, message) => {
      await expect(runCheck(broken(name.replace(/\W+/gu, '-'), breakSite))).rejects.toThrow(message);
    });
  });
});
