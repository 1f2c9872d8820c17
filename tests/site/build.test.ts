import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { agendaItemId } from '../../src/utils/agenda';
import { decodePagefindFile } from '../../src/utils/pagefind-fragments';
import { START_CHECK_MS } from '../../src/search/pagefind-adapter';
import { agendaItemsOnTopic, groupByYear } from '../../src/utils/minutes';
import { isPublic } from '../../src/utils/publication';
import { readMinutes } from '../support/content';
import { fixtureContentDir, fixtureSiteDir } from '../support/paths';
import { pageHtml, siteFiles } from '../support/site-files';
import { hrefsAcrossPages, listingPages } from '../support/site-links';

const sources = readMinutes(fixtureContentDir);
const published = sources.filter((doc) => isPublic(doc.data.disclosure));
const files = siteFiles();
const pages = files.filter((file) => file.endsWith('.html'));
const topics = parse(readFileSync(join(fixtureContentDir, 'topics.yaml'), 'utf8')) as Array<{ id: string; name: string }>;
const collator = new Intl.Collator('zh-CN');

describe('fixture content', () => {
  it('has public and non-public minutes, so the tests below can tell them apart', () => {
    expect(published.length).toBeGreaterThanOrEqual(3);
    expect(sources.length - published.length).toBeGreaterThanOrEqual(3);
  });
});

describe('minutes pages', () => {
  it('gives every published minutes file exactly one page, and nothing else a page', () => {
    // /minutes/<year>/ pages list a year's minutes and /minutes/latest/ all by 发布日期; every other page below /minutes/ is one document.
    const minutesPages = pages.filter((file) => /^minutes\/[^/]+\/index\.html$/.test(file) && !/^minutes\/(\d+|latest)\//.test(file)).map((file) => file.split('/')[1]);
    expect(minutesPages.sort()).toEqual(published.map((doc) => doc.id).sort());
  });

  it('gives every agenda heading its stable id, in agenda order, and links each from the contents list', () => {
    for (const doc of published) {
      const $ = load(pageHtml(`/minutes/${doc.id}/`));
      const expected = doc.data.agenda.map((item) => agendaItemId(item.ordinal));
      expect($('h2.agenda-heading').map((_, el) => $(el).attr('id')).get(), doc.id).toEqual(expected);
      expect($('.agenda-contents a[href^="#"]').map((_, el) => $(el).attr('href')).get(), doc.id).toEqual(expected.map((id) => `#${id}`));
      $('h2.agenda-heading').each((index, el) => {
        expect($(el).text()).toBe(`${doc.data.agenda[index]?.ordinal}、${doc.data.agenda[index]?.title}`);
      });
    }
  });

  it('shows the metadata, attendance, 主送, 抄送, 整理 and release lines from frontmatter', () => {
    const $ = load(pageHtml('/minutes/taicang-changwu-2023-05/'));
    const text = (selector: string) => $(selector).text().replace(/\s+/g, '');
    expect(text('.disclosure')).toContain('文号第5号');
    expect(text('.disclosure')).toContain('成文日期2023年4月18日');
    expect(text('.meeting-facts')).toContain('主持人常务副市长吴敬宇');
    expect(text('.attendance')).toContain('出席：郑丙华、王莉萍、倪嘉臻、陈磊、张展、盛海峰。');
    expect(text('.attendance')).toContain('列席：市政协张培明，市政府办倪明德、赵隽春');
    expect(text('.attendance')).toContain('娄江新城建设指挥部乘康。');
    expect(text('.attendance')).toContain('邮政公司、移动公司代表。');
    expect(text('.distribution')).toContain('太仓市人民政府办公室整理2023年4月14日');
    expect(text('.distribution')).toContain('（此件公开发布）');
    expect(text('.distribution')).toContain('主送：各镇人民政府，太仓港经济技术开发区、太仓高新区、旅游度假区管委会，');
    const september = load(pageHtml('/minutes/taicang-changwu-2023-09/'));
    const septemberText = (selector: string) => september(selector).text().replace(/\s+/g, '');
    expect(septemberText('.attendance')).toContain('请假：张展（公务）、盛海峰。');
    expect(septemberText('.disclosure')).toContain('索引号014145300/2023-00957');
    expect(septemberText('.disclosure')).toContain('有效性有效');
    expect(septemberText('.meeting-facts')).toContain('会议地点市政府第一会议室');
    expect(text('.distribution')).toContain('抄送：市委各委办局，市人大常委会办公室，市政协办公室，市监委、市法院、检察院，市人武部，市各人民团体。');
  });
});

/** Text as compared for faithfulness: compatibility forms folded ((一) = （一）) and whitespace removed. */
const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

describe('the seed minutes', () => {
  const seed = readFileSync(new URL('../fixtures/import/taicang-changwu-2023-05.txt', import.meta.url), 'utf8');
  const $ = load(pageHtml('/minutes/taicang-changwu-2023-05/'));
  const page = normalise($('article.minutes').text());

  it('appears on its page sentence by sentence, page-break artefacts repaired', () => {
    // Sentences of the published text, line by line: the header and closing lines stand alone.
    const sentences = seed
      .split(/\n/u)
      .flatMap((line) => normalise(line).split(/(?<=[。;:])/u))
      .filter((sentence) => sentence.length > 0);
    expect(sentences.length).toBeGreaterThan(60);
    const missing = sentences.filter((sentence) => !page.includes(sentence.replace(/[。;]$/u, '')));
    expect(missing).toEqual([]);
  });

  it('keeps the body in the original order', () => {
    // The per-item facts and threads are the page's additions, not the published text.
    const text = $('.minutes-body').clone();
    text.find('#body-heading, .item-facts, .item-thread').remove();
    const body = normalise(text.text());
    const start = normalise(seed).indexOf('2023年4月10日下午');
    const end = normalise(seed).indexOf('出席:');
    expect(body).toBe(normalise(seed).slice(start, end));
  });
});

describe('listings', () => {
  it('lists minutes by year, newest first, with every published meeting', () => {
    const $ = load(pageHtml('/minutes/'));
    const years = $('main section.year h2').map((_, el) => $(el).text()).get();
    const expected = groupByYear(published);
    expect(years).toEqual(expected.map(({ year }) => `${year}年`));
    expect($('main section.year h2 a').map((_, el) => $(el).attr('href')).get()).toEqual(expected.map(({ year }) => `/minutes/${year}/`));
    expect($('.count').first().text()).toContain(`共 ${published.length} 份纪要`);
    // The fixture site shows two entries per listing page, so a year of three meetings takes two pages.
    expect(expected.some(({ docs }) => docs.length > 2)).toBe(true);
    for (const { year, docs } of expected) {
      const pages = listingPages(`/minutes/${year}/`);
      expect(pages).toEqual(Array.from({ length: Math.ceil(docs.length / 2) }, (_, at) => (at === 0 ? `/minutes/${year}/` : `/minutes/${year}/${at + 1}/`)));
      // The listing links every page of every year, so each meeting is two clicks from it.
      const yearLinks = $(`section.year[aria-labelledby="year-${year}"] .year-pages a`).map((_, el) => $(el).attr('href')).get();
      expect(yearLinks).toEqual(pages.length > 1 ? pages : []);
      expect(hrefsAcrossPages(`/minutes/${year}/`, '.minutes-summary h2 a')).toEqual(docs.map((doc) => `/minutes/${doc.id}/`));
      pages.forEach((path, at) => {
        const page = load(pageHtml(path));
        expect(page('h1').text()).toBe(`${year}年会议纪要`);
        expect(page('title').text()).toContain(at === 0 ? `${year}年会议纪要 -` : `${year}年会议纪要（第 ${at + 1} 页） -`);
        expect(page('.count').first().text()).toBe(`${docs.length} 份纪要`);
        if (pages.length > 1) expect(page('nav.pagination [aria-current="page"]').attr('href'), path).toBe(path);
      });
      // Each meeting lists its items with the count and document type.
      for (const doc of docs) {
        const page = load(pageHtml(pages[Math.floor(docs.indexOf(doc) / 2)]!));
        const summary = page('.minutes-summary').filter((_, el) => page(el).find(`h2 a[href="/minutes/${doc.id}/"]`).length > 0);
        expect(summary.find('.summary-items a').length, doc.id).toBe(doc.data.agenda.length);
        expect(summary.find('.summary-facts').text(), doc.id).toContain(`${doc.data.agenda.length} 项议题`);
        expect(summary.find('.summary-facts').text(), doc.id).toContain(doc.data.documentType);
      }
    }
  });

  it('shows the latest minutes on the home page with links to browse and search', () => {
    const $ = load(pageHtml('/'));
    // The one published last (发布日期, else 成文日期), which need not be the newest meeting.
    const day = (doc: (typeof published)[number]) => (doc.data.datePublished ?? doc.data.dateIssued ?? doc.data.meeting.date).getTime();
    const latest = [...published].sort((a, b) => day(b) - day(a) || b.data.meeting.date.getTime() - a.data.meeting.date.getTime())[0];
    expect($('.minutes-summary h3 a').attr('href')).toBe(`/minutes/${latest?.id}/`);
    expect($('.entry-points a').map((_, el) => $(el).attr('href')).get()).toEqual(['/minutes/', '/topics/', '/organisations/', '/people/', '/stats/', '/search/', '/data/']);
  });

  it('lists every topic, and on each topic page its agenda items across meetings, newest first', () => {
    const index = load(pageHtml('/topics/'));
    const byName = [...topics].sort((a, b) => collator.compare(a.name, b.name));
    expect(index('.topic-list a').map((_, el) => index(el).attr('href')).get()).toEqual(byName.map(({ id }) => `/topics/${id}/`));
    let listed = 0;
    for (const { id: topic } of topics) {
      const $ = load(pageHtml(`/topics/${topic}/`));
      const expected = agendaItemsOnTopic(published, topic).map(({ doc, anchor }) => `/minutes/${doc.id}/#${anchor}`);
      expect(hrefsAcrossPages(`/topics/${topic}/`, '.agenda-item-list a'), topic).toEqual(expected);
      expect(listingPages(`/topics/${topic}/`), topic).toHaveLength(Math.max(1, Math.ceil(expected.length / 2)));
      if (expected.length === 0) expect($('.empty').text(), topic).toContain('暂无');
      listed += expected.length;
    }
    expect(listed).toBeGreaterThan(published.length);
    // gas-safety is on agenda items of two different meetings in the fixtures.
    expect(new Set(agendaItemsOnTopic(published, 'gas-safety').map(({ doc }) => doc.id)).size).toBe(2);
  });
});

describe('the whole site', () => {
  it('has the search page, a 404 page and a Pagefind index of exactly the published meetings', () => {
    expect(files).toEqual(expect.arrayContaining(['search/index.html', '404.html', 'pagefind/pagefind.js']));
    const entry = JSON.parse(readFileSync(join(fixtureSiteDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zxx']);
    expect(entry.languages.zxx.page_count).toBe(published.length);
  });

  it('preloads the index files the search page needs first, under the tag Pagefind asks with', () => {
    const $ = load(readFileSync(join(fixtureSiteDir, 'search/index.html'), 'utf8'));
    const entry = JSON.parse(readFileSync(join(fixtureSiteDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const tag = entry.languages.zxx.hash as string;
    expect($('.search-results').attr('data-index-tag')).toBe(tag);
    const preloads = $('link[rel="preload"], link[rel="modulepreload"]').map((_, link) => $(link).attr('href')).get();
    expect(preloads).toEqual(['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind', `/pagefind/pagefind-entry.json?ts=${tag}`, `/pagefind/pagefind.${tag}.pf_meta`]);
    for (const href of preloads) expect(files, href).toContain(href.replace(/^\//, '').replace(/\?.*$/, ''));
  });

  it('keeps the original text in the search records and no coded index text', () => {
    const fragments = files.filter((file) => file.startsWith('pagefind/fragment/'));
    expect(fragments.length).toBe(published.length);
    for (const file of fragments) {
      const fragment = JSON.parse(decodePagefindFile(readFileSync(join(fixtureSiteDir, file)))) as { content: string; meta: { parts: string } };
      expect(fragment.content, file).toBe('');
      expect(JSON.parse(fragment.meta.parts).length, file).toBeGreaterThan(1);
    }
  });

  it("ships Pagefind's script with the shorter wait for its start", () => {
    expect(readFileSync(join(fixtureSiteDir, 'pagefind/pagefind.js'), 'utf8')).toContain(`await asyncSleep(${START_CHECK_MS});}`);
  });

  it('does not publish the build-only search records file', () => {
    expect(files.filter((file) => file.includes('search-records'))).toEqual([]);
  });

  it('runs the 长者模式 script on every page, and the search script on the search page only', () => {
    for (const page of pages) {
      const $ = load(readFileSync(join(fixtureSiteDir, page), 'utf8'));
      // JSON-LD blocks are data: browsers never run them.
      const scripts = $('script:not([type="application/ld+json"])').map((_, script) => $(script).attr('src') ?? '(inline)').get();
      expect(scripts[0], page).toBe('/scripts/elder-mode.js');
      expect(scripts.length, page).toBe(page === 'search/index.html' || page === 'elder/search/index.html' ? 2 : 1);
    }
  });

  describe('non-public minutes', () => {
    const hidden = sources.filter((doc) => !isPublic(doc.data.disclosure));
    /** Fields whose values come from fixed lists or name organisations in organisations.yaml, and so cannot carry a canary. */
    const FIXED_VALUES = new Set(['documentKind', 'ordinal', 'kind', 'topics', 'access', 'status', 'issuer', 'issuingOffice', 'by', 'leadDepartments', 'organisation']);
    const canaries = (text: string) => text.match(/[A-Z]+CANARY[A-Z]*/gu) ?? [];
    const freeText = (value: unknown, key = ''): string[] => {
      if (FIXED_VALUES.has(key)) return [];
      if (typeof value === 'string') return [value];
      if (Array.isArray(value)) return value.flatMap((item) => freeText(item));
      if (value && typeof value === 'object' && !(value instanceof Date)) {
        return Object.entries(value).flatMap(([field, item]) => freeText(item, field));
      }
      return [];
    };

    it('include a draft, a 依申请公开 and a 不予公开 file, each with a canary in every free-text field and the body', () => {
      expect(new Set(hidden.map((doc) => (doc.data.disclosure.status === 'draft' ? 'draft' : doc.data.disclosure.access)))).toEqual(
        new Set(['draft', '依申请公开', '不予公开']),
      );
      for (const doc of hidden) {
        const fields = freeText(doc.data);
        expect(fields.length, doc.id).toBeGreaterThan(15);
        expect(fields.filter((value) => canaries(value).length === 0), doc.id).toEqual([]);
        expect(canaries(doc.body).length, doc.id).toBeGreaterThanOrEqual(2);
      }
    });

    it('leave nothing in any built file: no canary, no file name, also inside the decompressed search index', () => {
      const secrets = [...new Set(hidden.flatMap((doc) => [doc.id, ...canaries(JSON.stringify(doc.data)), ...canaries(doc.body)]))];
      expect(secrets.length).toBeGreaterThan(60);
      const pattern = new RegExp(secrets.join('|'), 'iu');
      const leaks = files.flatMap((file) => {
        const bytes = readFileSync(join(fixtureSiteDir, file));
        const decoded = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
        // iCalendar folds long lines (CRLF and a space), which could cut a canary in two.
        const text = file.endsWith('.ics') ? decoded.replace(/\r?\n[ \t]/gu, '') : decoded;
        return pattern.test(text) ? [`${file}: ${pattern.exec(text)?.[0]}`] : [];
      });
      expect(files.filter((file) => file.startsWith('pagefind/') && file.endsWith('.pf_fragment')).length).toBeGreaterThan(0);
      // The open data and feeds are among the files read: every kind of them.
      expect(files).toEqual(
        expect.arrayContaining(['data/minutes.json', 'data/topics.json', 'data/organisations.json', 'data/agenda-items.csv', 'data/attendance.csv', 'data/meetings.ics', 'feeds/rss.xml', 'feeds/atom.xml', 'robots.txt']),
      );
      expect(files.filter((file) => /^data\/(minutes|catalogue|schema)\/[^/]+\.json$/u.test(file)).length).toBeGreaterThan(published.length);
      expect(files.filter((file) => /^feeds\/(topics|organisations)\//u.test(file)).length).toBeGreaterThan(0);
      expect(leaks).toEqual([]);
    });
  });
});
