import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { isPublic } from '../../src/utils/publication';
import { readMinutes } from '../support/content';
import { fixtureContentDir, fixtureSiteDir } from '../support/paths';
import { pageHtml } from '../support/site-files';
import { sitePages } from '../support/site-links';

const published = readMinutes(fixtureContentDir).filter((doc) => isPublic(doc.data.disclosure));
/**
 * Most recently published first: 发布日期, or 成文日期 where none is given; the same day by meeting
 * date, then session. Written here from the frontmatter, apart from the site's own comparator.
 */
const publishedDay = (doc: (typeof published)[number]) => (doc.data.datePublished ?? doc.data.dateIssued ?? doc.data.meeting.date).getTime();
const byPublication = [...published].sort(
  (a, b) => publishedDay(b) - publishedDay(a) || b.data.meeting.date.getTime() - a.data.meeting.date.getTime() || (b.data.meeting.session ?? 0) - (a.data.meeting.session ?? 0),
);
const flat = (text: string) => text.replace(/\s+/gu, '');
// 2022年12月14日, written out independently of the site's own formatter.
const chineseDay = (date: Date) => `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;

describe('发布日期', () => {
  it('is shown on every minutes page, or said to be missing', () => {
    for (const doc of published) {
      const $ = load(pageHtml(`/minutes/${doc.id}/`));
      const field = $('.disclosure dt').filter((_, dt) => $(dt).text() === '发布日期').next('dd');
      expect(field.text(), doc.id).toBe(doc.data.datePublished ? chineseDay(doc.data.datePublished) : '未注明');
    }
  });

  it('is shown on every list entry of the minutes lists and the home page', () => {
    // The year pages (and their continuation pages) list the meetings; /minutes/ lists the years.
    const lists = sitePages().filter((page) => /^\/minutes\/(\d{4}|latest)\/(\d+\/)?$/u.test(page) || page === '/');
    expect(lists.filter((page) => page.startsWith('/minutes/latest/')).length).toBeGreaterThanOrEqual(2);
    expect(lists.length).toBeGreaterThanOrEqual(5);
    for (const page of lists) {
      const $ = load(pageHtml(page));
      const entries = $('.meeting-list > li, .minutes-summary');
      expect(entries.length, page).toBeGreaterThan(0);
      entries.each((_, entry) => {
        const id = $(entry).find('a').first().attr('href')?.split('/').at(-2);
        const doc = published.find((candidate) => candidate.id === id)!;
        expect($(entry).find('.date-published').text(), `${page} ${id}`).toBe(`发布日期：${doc.data.datePublished ? chineseDay(doc.data.datePublished) : '未注明'}`);
      });
    }
  });

  it('orders the home page\'s latest minutes: the one published last', () => {
    expect(load(pageHtml('/'))('.minutes-summary h3 a').attr('href')).toBe(`/minutes/${byPublication[0]!.id}/`);
  });
});

describe('最近发布: the list by 发布日期', () => {
  const pageSize = JSON.parse(readFileSync(join(fixtureContentDir, 'site.json'), 'utf8')).listPageSize as number;

  it('is linked from the home page and from /minutes/', () => {
    for (const page of ['/', '/minutes/']) expect(load(pageHtml(page))('main a[href="/minutes/latest/"]').length, page).toBe(1);
  });

  it('lists every published document, newest 发布日期 first, ties by meeting date, over pages of listPageSize', () => {
    // The fixture is meant to tell the orders apart: by meeting date it reads differently.
    const byMeeting = [...published].sort((a, b) => b.data.meeting.date.getTime() - a.data.meeting.date.getTime());
    expect(byPublication.map((doc) => doc.id)).not.toEqual(byMeeting.map((doc) => doc.id));
    const listed: string[] = [];
    const pages: string[] = [];
    for (let next: string | undefined = '/minutes/latest/'; next; ) {
      pages.push(next);
      const $ = load(pageHtml(next));
      const ids = $('main .minutes-summary h2 a').map((_, a) => a.attribs['href']?.split('/').at(-2) ?? '').get();
      expect(ids.length, next).toBeGreaterThan(0);
      expect(ids.length, next).toBeLessThanOrEqual(pageSize);
      listed.push(...ids);
      next = $('.pagination a[rel="next"]').attr('href');
    }
    expect(listed).toEqual(byPublication.map((doc) => doc.id));
    expect(pages).toEqual(Array.from({ length: Math.ceil(published.length / pageSize) }, (_, at) => (at === 0 ? '/minutes/latest/' : `/minutes/latest/${at + 1}/`)));
  });
});

describe('下载 on a minutes page', () => {
  it('offers the plain text, whose size is shown and whose text is the page\'s', () => {
    for (const doc of published) {
      const $ = load(pageHtml(`/minutes/${doc.id}/`));
      const links = $('.downloads li');
      const text = links.filter((_, li) => $(li).find('a').text() === '纯文本（TXT）');
      expect(text.find('a').attr('href'), doc.id).toBe(`/minutes/${doc.id}/${doc.id}.txt`);
      const file = join(fixtureSiteDir, 'minutes', doc.id, `${doc.id}.txt`);
      const bytes = statSync(file).size;
      expect(flat(text.find('.download-size').text())).toBe(`大小：${bytes < 1024 ? `${bytes}B` : `${(bytes / 1024).toFixed(1).replace(/\.0$/u, '')}kB`}`);
      const plain = readFileSync(file, 'utf8');
      if (doc.data.documentKind === '会议报道') {
        // A meeting report: its kind, then the page's title, and no 文号 or 成文日期 it does not have.
        expect(plain.startsWith(`会议报道\n${doc.data.meeting.name}报道\n`), doc.id).toBe(true);
        expect(plain).not.toContain('成文日期');
      } else {
        expect(plain.startsWith(`${doc.data.issuer}${doc.data.documentType}\n${doc.data.documentNumber}\n`), doc.id).toBe(true);
        expect(plain).toContain(`成文日期：${chineseDay(doc.data.dateIssued!)}`);
      }
      // Every paragraph and heading of the body the page shows, in the same order.
      // (The item facts and threads are the page's own navigation, which print hides too.)
      const body = $('.minutes-body p, .minutes-body .agenda-heading')
        .filter((_, element) => $(element).closest('.item-thread, .item-facts').length === 0)
        .map((_, element) => $(element).text().trim())
        .get();
      expect(body.length).toBeGreaterThan(2);
      let at = 0;
      for (const paragraph of body) {
        const found = plain.indexOf(paragraph, at);
        expect(found, `${doc.id}: ${paragraph}`).toBeGreaterThanOrEqual(at);
        at = found;
      }
      // Text, not the page's markup (frontmatter is text, so the injection fixture's "<script>" stays literal there).
      expect(plain).not.toMatch(/<(p|h2|section|a)[ >]|class="/u);
    }
  });

  it('offers the data record /data/minutes/<id>.json, with its size as built', () => {
    for (const doc of published) {
      const $ = load(pageHtml(`/minutes/${doc.id}/`));
      const record = $('.downloads li').filter((_, li) => $(li).find('a').text() === '数据（JSON）');
      expect(record.find('a').attr('href'), doc.id).toBe(`/data/minutes/${doc.id}.json`);
      const bytes = statSync(join(fixtureSiteDir, 'data', 'minutes', `${doc.id}.json`)).size;
      expect(flat(record.find('.download-size').text())).toBe(`大小：${bytes < 1024 ? `${bytes}B` : `${(bytes / 1024).toFixed(1).replace(/\.0$/u, '')}kB`}`);
    }
  });

  it('offers the original when one is attached, byte for byte, and no link to anything not built', () => {
    const $ = load(pageHtml('/minutes/taicang-changwu-2022-12/'));
    const original = $('.downloads a').filter((_, a) => $(a).text() === '原件（PDF）');
    expect(original.attr('href')).toBe('/minutes/taicang-changwu-2022-12/taicang-changwu-2022-12.pdf');
    const source = readFileSync(join(fixtureContentDir, 'minutes/taicang-changwu-2022-12.pdf'));
    expect(readFileSync(join(fixtureSiteDir, 'minutes/taicang-changwu-2022-12/taicang-changwu-2022-12.pdf')).equals(source)).toBe(true);
    expect(load(pageHtml('/minutes/taicang-changwu-2023-09/'))('.downloads a').map((_, a) => $(a).text()).get()).toEqual(['纯文本（TXT）', '数据（JSON）']);
    for (const doc of published) {
      load(pageHtml(`/minutes/${doc.id}/`))('.downloads a').each((_, a) => {
        expect(statSync(join(fixtureSiteDir, decodeURIComponent(a.attribs['href'] ?? ''))).isFile()).toBe(true);
      });
    }
  });
});

describe('the footer identifiers', () => {
  it('are on every page from site.json: the given ones linked to their filing sites, the absent one left out', () => {
    for (const page of sitePages()) {
      const $ = load(pageHtml(page));
      const footer = $('footer.site-footer');
      const fields = Object.fromEntries(footer.find('dl div').map((_, div) => [[$(div).find('dt').text(), $(div).find('dd')]]).get() as Array<[string, ReturnType<typeof $>]>);
      expect(Object.keys(fields), page).toEqual(['主办单位', '联系方式', '网站标识码', 'ICP备案号', '公安机关备案号']);
      expect(fields['ICP备案号']!.find('a').attr('href')).toBe('https://beian.miit.gov.cn/');
      expect(fields['ICP备案号']!.text()).toBe('苏ICP备05001234号-1');
      expect(fields['公安机关备案号']!.find('a').attr('href')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=32058502000123');
      expect(footer.text()).not.toContain('承办单位');
      const mark = footer.find('a.government-site-mark');
      expect(mark.attr('href')).toMatch(/^https:\/\/bszs\.conac\.cn\//u);
      expect(mark.find('img').attr('alt')).toBe('党政机关网站标识');
      expect(mark.find('img').attr('src')).toBe('/images/government-site-mark.svg');
      // Never the register's script: nothing on a page comes from another site.
      expect($('script[src^="http"], img[src^="http"], link[href^="http"][rel="stylesheet"]').length, page).toBe(0);
    }
    expect(statSync(join(fixtureSiteDir, 'images/government-site-mark.svg')).isFile()).toBe(true);
  });
});
