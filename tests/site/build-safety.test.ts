import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/config/project-paths';
import { astroBuild } from '../support/astro-build';
import { fixtureContentDir, fixtureSiteDir, repoRoot } from '../support/paths';
import { siteDifferences, siteFiles } from '../support/site-files';

/** Scratch space for the extra builds below; fixed paths, so Astro's caches for them do not pile up. */
const work = join(repoRoot, 'tests/.output/build-safety');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the fixture content in its own folder, whose Astro cache starts empty. */
function contentCopy(name: string): string {
  const dir = join(work, name);
  cpSync(fixtureContentDir, dir, { recursive: true });
  rmSync(join(repoRoot, cacheDirFor(dir)), { recursive: true, force: true });
  return dir;
}

describe('reproducible build', () => {
  it('builds the same content, from another folder into another folder with a cold cache, into identical bytes', () => {
    const out = join(work, 'second-build');
    const { status, output } = astroBuild(contentCopy('content-copy'), out);
    expect(status, output).toBe(0);
    const files = siteFiles(out);
    expect(files).toEqual(expect.arrayContaining(['index.html', '_headers', 'pagefind/pagefind-entry.json']));
    expect(files.filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(5);
    expect(siteDifferences(fixtureSiteDir, out)).toEqual([]);
  });
});

describe('atomic build', () => {
  /** Failures at different stages: content validation, and page generation after pages were written. */
  const breakages: Array<[string, string, (text: string) => string, RegExp]> = [
    ['invalid frontmatter', 'taicang-changwu-2023-09.md', (text) => text.replace(/^issuer: .*$/mu, ''), /issuer/u],
    ['an unknown topic', 'taicang-changwu-2023-09.md', (text) => text.replace('topics: [education, work-safety]', 'topics: [no-such-topic]'), /agenda\.0\.topics\.0: 未知的主题 "no-such-topic"/u],
  ];

  it.each(breakages)('a build that fails on %s leaves the previous output byte-identical', (name, file, breakContent, message) => {
    const out = join(work, `out-${name.replace(/\W+/gu, '-')}`);
    cpSync(fixtureSiteDir, out, { recursive: true });
    const content = contentCopy(`broken-${name.replace(/\W+/gu, '-')}`);
    const path = join(content, 'minutes', file);
    writeFileSync(path, breakContent(readFileSync(path, 'utf8')));
    const { status, output } = astroBuild(content, out);
    expect(status, output).not.toBe(0);
    expect(output).toMatch(message);
    expect(siteDifferences(fixtureSiteDir, out)).toEqual([]);
  });
});
