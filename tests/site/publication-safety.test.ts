import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { publicationCount } from '../../src/integrations/publication-count';
import { headersFile, serializePolicy, sitePolicy } from '../../src/utils/content-security-policy';
import { isPublic } from '../../src/utils/publication';
import { decodePagefindFile, searchRecordUrls } from '../../src/utils/pagefind-fragments';
import { readMinutes } from '../support/content';
import { fixtureBuildLog, fixtureContentDir, fixtureSiteDir } from '../support/paths';
import { pageHtml, siteFiles } from '../support/site-files';
import { unsafeMarkup } from '../support/unsafe-markup';

const sources = readMinutes(fixtureContentDir);
const published = sources.filter((doc) => isPublic(doc.data.disclosure));
const files = siteFiles();
const pages = files.filter((file) => file.endsWith('.html'));

describe('content security policy', () => {
  it('is the first thing after the charset on every page', () => {
    const policy = serializePolicy(sitePolicy, 'meta');
    for (const page of pages) {
      const $ = load(readFileSync(join(fixtureSiteDir, page), 'utf8'));
      const metas = $('meta[http-equiv="Content-Security-Policy"]');
      expect(metas.length, page).toBe(1);
      expect(metas.attr('content'), page).toBe(policy);
      expect($('head > *').eq(1).is(metas), page).toBe(true);
    }
  });

  it('needs no exception: no inline script, inline style or event handler on any page', () => {
    for (const page of pages) {
      const $ = load(readFileSync(join(fixtureSiteDir, page), 'utf8'));
      expect($('script:not([src]):not([type="application/ld+json"]), style, [style]').length, page).toBe(0);
      // A JSON-LD block is data the policy never runs; no text in it may end it early.
      $('script[type="application/ld+json"]').each((_, el) => expect($(el).html(), page).not.toMatch(/<|>/u));
      const handlers = $('*').filter((_, el) => el.type === 'tag' && Object.keys(el.attribs).some((name) => name.startsWith('on')));
      expect(handlers.length, page).toBe(0);
    }
  });

  it('is also written to _headers for hosts that read one', () => {
    expect(readFileSync(join(fixtureSiteDir, '_headers'), 'utf8')).toBe(headersFile(sitePolicy, '/'));
  });
});

describe('frontmatter strings', () => {
  const injected = sources.find((doc) => doc.id === 'markup-injection-2023-07');
  const $ = load(pageHtml('/minutes/markup-injection-2023-07/'));

  it('are shown as text, markup and all, never as markup', () => {
    expect(injected?.data.meeting.name).toContain('<script>');
    expect($('h1').text()).toContain(injected?.data.meeting.name);
    expect($('title').text()).toContain(injected?.data.meeting.name);
    expect($('.meeting-facts').text()).toContain(injected?.data.meeting.chair.name);
    expect($('.attendance').text()).toContain(injected?.data.attendance.present[0]);
    expect(unsafeMarkup($('article.minutes').html() ?? '')).toEqual([]);
  });

  it('stay text on the pages that list them', () => {
    for (const path of ['/minutes/2023/', '/topics/administrative-decisions/']) {
      const listing = load(pageHtml(path));
      const entries = listing('.meeting-list, .minutes-summary, .agenda-item-list');
      expect(entries.text(), path).toContain('标记注入测试会议<script>');
      expect(unsafeMarkup(entries.toArray().map((el) => listing.html(el)).join('')), path).toEqual([]);
    }
  });
});

describe('publication count', () => {
  it('is printed at the end of the build, equal for sources, pages and search', () => {
    const n = published.length;
    expect(readFileSync(fixtureBuildLog, 'utf8')).toContain(`public minutes: ${n} source files · pages ${n} · search ${n}`);
  });

  describe('fails the build when an output loses a document', () => {
    const copy = mkdtempSync(join(tmpdir(), 'gongkai-count-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));
    const messages: string[] = [];
    const logger = { info: (message: string) => messages.push(message) } as unknown as AstroIntegrationLogger;
    const runCheck = async (siteDir: string) => {
      const hooks = publicationCount({ contentDir: fixtureContentDir, searchBundleDir: 'pagefind' }).hooks;
      await hooks['astro:config:done']?.({ config: { base: '/' } } as never);
      await hooks['astro:build:done']?.({ dir: pathToFileURL(`${siteDir}/`), logger } as never);
    };

    it('passes on the real build', async () => {
      await expect(runCheck(fixtureSiteDir)).resolves.toBeUndefined();
      expect(messages.at(-1)).toContain(`pages ${published.length}`);
    });

    it('fails when a page is missing', async () => {
      const site = join(copy, 'no-page');
      cpSync(fixtureSiteDir, site, { recursive: true });
      unlinkSync(join(site, 'minutes', published[0]!.id, 'index.html'));
      await expect(runCheck(site)).rejects.toThrow(/pages: \d+ documents/u);
    });

    it("fails when a document's search record is missing", async () => {
      const site = join(copy, 'no-record');
      cpSync(fixtureSiteDir, site, { recursive: true });
      // A document has one record, holding its header and agenda items.
      const prefix = `/minutes/${published[0]!.id}/`;
      const fragments = files.filter(
        (file) =>
          file.endsWith('.pf_fragment') &&
          searchRecordUrls(JSON.parse(decodePagefindFile(readFileSync(join(fixtureSiteDir, file))))).some((url) => url.startsWith(prefix)),
      );
      expect(fragments.length).toBe(1);
      for (const fragment of fragments) unlinkSync(join(site, fragment));
      await expect(runCheck(site)).rejects.toThrow(/search: \d+ documents/u);
    });
  });
});
