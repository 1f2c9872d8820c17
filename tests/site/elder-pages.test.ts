import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../support/site-files';
import { sitemapPages, sitePages } from '../support/site-links';

const all = sitePages();
const ordinary = all.filter((page) => !page.startsWith('/elder/'));
const copies = all.filter((page) => page.startsWith('/elder/'));
const pathOf = (href: string) => decodeURIComponent(href.split(/[?#]/u)[0] ?? '');

describe('the 长者模式 copy of the site under /elder/', () => {
  it('has a copy of every page and nothing else, none of them in the sitemap', () => {
    expect(ordinary.length).toBeGreaterThan(20);
    expect(copies.sort()).toEqual(ordinary.map((page) => `/elder${page}`).sort());
    expect(sitemapPages().filter((page) => page.startsWith('/elder/'))).toEqual([]);
  });

  it('is each page with the mode on, the same text, and every link to a page leading to its copy', () => {
    const pages = new Set(ordinary);
    for (const page of ordinary) {
      const $ = load(pageHtml(page));
      const $copy = load(pageHtml(`/elder${page}`));
      expect($copy('html').hasClass('elder'), page).toBe(true);
      expect($copy('html').attr('data-elder-route'), page).toBe('');
      expect($('html').hasClass('elder'), page).toBe(false);
      expect($copy('body').text(), page).toBe($('body').text());
      expect($copy('link[rel="canonical"]').attr('href'), page).toBe($('link[rel="canonical"]').attr('href'));
      const links = $('a[href], form[action]').get();
      const copied = $copy('a[href], form[action]').get();
      expect(copied.length, page).toBe(links.length);
      links.forEach((link, at) => {
        const attribute = link.tagName === 'form' ? 'action' : 'href';
        const href = link.attribs[attribute] ?? '';
        const kept = 'data-elder-keep' in link.attribs || !pages.has(pathOf(href));
        expect(copied[at]?.attribs[attribute], `${page} ${href}`).toBe(kept ? href : `/elder${href}`);
      });
    }
  });

  it('is offered from every ordinary page, and the way back from every copy', () => {
    for (const page of ordinary) {
      const $ = load(pageHtml(page));
      expect(pathOf($('.elder-mode-on').attr('href') ?? ''), page).toBe(`/elder${page}`);
      expect($('.elder-mode-larger-link').attr('href'), page).toMatch(/^\/elder\/[^#]*#elder-mode-larger$/u);
      expect(pathOf($('.elder-mode-larger-link').attr('href') ?? ''), page).toBe(`/elder${page}`);
      expect(pathOf(load(pageHtml(`/elder${page}`))('.elder-mode-exit').attr('href') ?? ''), page).toBe(page);
    }
  });
});
