import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, describe, expect, it } from 'vitest';
import { builtSites } from '../support/paths';
import { siteFiles } from '../support/site-files';

/** The HTML files of a built site. */
const htmlPages = (root: string) => siteFiles(root).filter((file) => file.endsWith('.html'));

/** Every broken internal link or anchor below `root`, as "page → link (status)", and how many links were checked. */
async function checkLinks(root: string, htmlFiles: string[]): Promise<{ checked: number; broken: string[] }> {
  const result = await new LinkChecker().check({
    // Every page is a starting point, so pages no link reaches (404.html) are checked too.
    path: htmlFiles,
    serverRoot: root,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    // Internal links only: the machines have no network, and other sites are not ours to gate on.
    linksToSkip: async (link) => /^https?:/u.test(link) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/u.test(link),
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.parent ?? '(start)'} → ${link.url} (${link.status ?? 'no status'})`);
  return { checked: result.links.filter((link) => link.state === LinkState.OK).length, broken };
}

describe('links', () => {
  it.each(builtSites)('has no broken internal link or anchor anywhere in the $name', async ({ dir }) => {
    const pages = htmlPages(dir);
    expect(pages.length).toBeGreaterThan(10);
    const { checked, broken } = await checkLinks(dir, pages);
    expect(broken).toEqual([]);
    // Pages, anchors, stylesheet and script: more than the pages themselves.
    expect(checked).toBeGreaterThan(pages.length * 2);
  });

  describe('the link check itself', () => {
    const site = mkdtempSync(join(tmpdir(), 'gongkai-links-'));
    afterAll(() => rmSync(site, { recursive: true, force: true }));

    it('reports a missing page and a missing anchor', async () => {
      mkdirSync(join(site, 'a'));
      writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title><a href="/a/#here">ok</a> <a href="/a/#gone">anchor</a> <a href="/missing/">page</a>');
      writeFileSync(join(site, 'a', 'index.html'), '<!doctype html><title>a</title><h2 id="here">here</h2>');
      const { broken } = await checkLinks(site, ['index.html']);
      expect(broken.some((line) => line.includes('missing/ (404)'))).toBe(true);
      expect(broken.some((line) => line.includes('#gone'))).toBe(true);
      expect(broken.some((line) => line.includes('#here'))).toBe(false);
    });
  });
});

/** One message of the Nu HTML Checker's JSON output. */
interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/** Runs the Nu HTML Checker once (one JVM start, several seconds) over every HTML file below `root`. */
function nuCheck(root: string): NuMessage[] {
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const java = process.env['JAVA_HOME'] ? join(process.env['JAVA_HOME'], 'bin', 'java') : 'java';
  const run = spawnSync(java, ['-jar', jar, '--format', 'json', '--skip-non-html', root], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`cannot run ${java} (Java 11+; .ci/setup installs it): ${run.error.message}`);
  return (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
}

/** Whether a page's only inline scripts are JSON-LD data blocks, which browsers never run and so never block. */
function inlineScriptsAreData(file: string): boolean {
  const $ = load(readFileSync(file, 'utf8'));
  return $('script:not([src])').length > 0 && $('script:not([src]):not([type="application/ld+json"])').length === 0;
}

/**
 * Findings that fail the gate: errors and warnings. The checker reads pages from disk, where the
 * policy's 'self' is a file: origin, so it reports our own stylesheet and script as blocked; those
 * notices say nothing about the HTML. It also reports a JSON-LD block as an inline script the
 * policy blocks, though browsers apply script-src only to scripts they run (Chromium reports no
 * violation on those pages: tests/browser/safety.test.ts); that notice passes only on pages with
 * no other inline script.
 */
function failures(messages: NuMessage[], root: string): string[] {
  return messages
    .filter((m) => m.type !== 'info' || m.subType === 'warning')
    .filter((m) => !m.message.startsWith('Resource violates Content Security Policy (meta tag)'))
    .filter((m) => !(m.message.startsWith('Inline script violates Content Security Policy (meta tag)') && m.url && inlineScriptsAreData(fileURLToPath(m.url))))
    .map((m) => `${m.url ? relative(root, fileURLToPath(m.url)) : '?'}:${m.lastLine ?? '?'}: ${m.type}: ${m.message}`);
}

describe('HTML', () => {
  // One JVM over every page: 35–45 s on a busy 2-core machine, so it gets more than the default minute.
  it.each(builtSites)('passes the Nu HTML Checker on every page of the $name, with no error or warning', ({ dir }) => {
    expect(failures(nuCheck(dir), dir)).toEqual([]);
  }, 180_000);
});
