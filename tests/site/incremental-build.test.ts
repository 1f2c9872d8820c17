/**
 * Rebuilds that copy unchanged pages from the last build (Astro's incremental build, keyed by
 * src/utils/page-cache-keys.ts), checked against an independent oracle: a cold build of the same
 * content in a folder of its own, with no cache. After every edit the rebuilt site must be the cold
 * one byte for byte, and the log must show which pages were copied and which rendered.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/config/project-paths';
import { filesBelow } from '../../src/utils/files';
import { astroBuild } from '../support/astro-build';
import { fixtureContentDir, repoRoot } from '../support/paths';
import { siteDifferences } from '../support/site-files';

const work = join(repoRoot, 'tests/.output/incremental-build');
const content = join(work, 'content');
const site = join(work, 'site');

/** Pages a verbose build log lists, by how each was made: copied from the last build, or rendered. */
function pagesByWay(output: string): { copied: Set<string>; rendered: Set<string> } {
  const copied = new Set<string>();
  const rendered = new Set<string>();
  for (const match of stripVTControlCharacters(output).matchAll(/[├└]─ (\S+)\s+\((restored|cached|\+[\d.]+m?s)\)/gu)) {
    (match[2] === 'restored' || match[2] === 'cached' ? copied : rendered).add(match[1] as string);
  }
  return { copied, rendered };
}

/** Builds `content` again into `site`, listing every page in the log. */
function rebuild() {
  const { status, output } = astroBuild(content, site, { GONGKAI_VERBOSE: '1' });
  expect(status, output).toBe(0);
  return { output, ...pagesByWay(output) };
}

/** The site a build of the same content makes with no earlier build: the oracle. */
function coldSite(label: string): string {
  const dir = join(work, `cold-${label}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(content, join(dir, 'content'), { recursive: true });
  rmSync(join(repoRoot, cacheDirFor(join(dir, 'content'))), { recursive: true, force: true });
  const { status, output } = astroBuild(join(dir, 'content'), join(dir, 'site'));
  expect(status, output).toBe(0);
  return join(dir, 'site');
}

const minutesFile = (name: string) => join(content, 'minutes', `${name}.md`);
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(fixtureContentDir, content, { recursive: true });
  rmSync(join(repoRoot, cacheDirFor(content)), { recursive: true, force: true });
  // Verbose like every rebuild: the logger's options are part of Astro's configuration, whose change clears the content cache.
  const { status, output } = astroBuild(content, site, { GONGKAI_VERBOSE: '1' });
  expect(status, output).toBe(0);
}, 120_000);

afterAll(() => {
  for (const dir of [content, ...['text', 'topic', 'removal'].map((label) => join(work, `cold-${label}`, 'content'))]) {
    rmSync(join(repoRoot, cacheDirFor(dir)), { recursive: true, force: true });
  }
  rmSync(work, { recursive: true, force: true });
});

describe('a rebuild that copies what did not change', () => {
  it('copies every keyed page when nothing changed, and says how many', () => {
    const { output, copied, rendered } = rebuild();
    expect(copied).toContain('/minutes/taicang-changwu-2023-05/index.html');
    expect(copied).toContain('/topics/gas-safety/index.html');
    expect(copied).toContain('/minutes/2023/index.html');
    expect(copied).toContain('/data/minutes/taicang-changwu-2023-05.json');
    // Pages over the whole archive have no key and are always rendered.
    expect(rendered).toContain('/index.html');
    expect([...rendered].filter((page) => page.startsWith('/minutes/taicang-') && page.endsWith('.html'))).toEqual([]);
    expect(output).toContain(`${copied.size} files copied from the last build instead of rendered`);
  }, 60_000);

  it('renders again only the pages of a document whose text changed, and the site is the cold build of the same content', () => {
    edit(minutesFile('taicang-changwu-2023-09'), (text) => text.replace('\n## 一、', '\n（本段经更正）\n\n## 一、'));
    const { copied, rendered } = rebuild();
    for (const page of ['/minutes/taicang-changwu-2023-09/index.html', '/minutes/taicang-changwu-2023-09/taicang-changwu-2023-09.txt', '/data/minutes/taicang-changwu-2023-09.json']) {
      expect(rendered).toContain(page);
    }
    expect(copied).toContain('/minutes/taicang-changwu-2023-05/index.html');
    expect(copied).toContain('/topics/gas-safety/index.html');
    expect(readFileSync(join(site, 'minutes/taicang-changwu-2023-09/taicang-changwu-2023-09.txt'), 'utf8')).toContain('本段经更正');
    expect(siteDifferences(site, coldSite('text'))).toEqual([]);
  }, 120_000);

  it('renders every keyed page again when a topic is renamed, and the site is the cold build', () => {
    edit(join(content, 'topics.yaml'), (text) => text.replace('name: 城镇燃气', 'name: 城镇燃气安全'));
    const { copied, rendered } = rebuild();
    expect(rendered).toContain('/topics/gas-safety/index.html');
    expect(rendered).toContain('/minutes/taicang-changwu-2023-05/index.html');
    expect([...copied]).toEqual([]);
    expect(readFileSync(join(site, 'topics/gas-safety/index.html'), 'utf8')).toContain('城镇燃气安全');
    expect(siteDifferences(site, coldSite('topic'))).toEqual([]);
  }, 120_000);

  it('drops the pages of a removed document, and the site is the cold build', () => {
    rmSync(minutesFile('taicang-changwu-2023-09'));
    rebuild();
    expect(filesBelow(site).filter((file) => file.includes('taicang-changwu-2023-09'))).toEqual([]);
    expect(siteDifferences(site, coldSite('removal'))).toEqual([]);
  }, 120_000);
});
