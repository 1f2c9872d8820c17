import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceDirectory, stagingDirFor } from '../../src/integrations/atomic-output';
import { headersFile, serializePolicy, sitePolicy } from '../../src/utils/content-security-policy';
import {
  countMismatches,
  countPublication,
  formatPublicationCount,
  minutesIdFromUrl,
  minutesPageIds,
} from '../../src/utils/publication-counts';
import { decodePagefindFile, searchRecordUrls } from '../../src/utils/pagefind-fragments';

describe('publication counts', () => {
  it('finds minutes pages among built files and nothing else', () => {
    expect(
      minutesPageIds(['index.html', 'minutes/index.html', 'minutes/a/index.html', 'minutes/b/index.html', 'minutes/a/x/index.html', 'topics/a/index.html', 'minutes/2023/index.html']),
    ).toEqual(['a', 'b']);
  });

  it('maps record URLs to minutes ids under the base path, anchors and absolute URLs included', () => {
    expect(minutesIdFromUrl('/minutes/taicang-2023/', '/')).toBe('taicang-2023');
    expect(minutesIdFromUrl('/minutes/taicang-2023/#item-3', '/')).toBe('taicang-2023');
    expect(minutesIdFromUrl('https://example.gov.cn/jiyao/minutes/a/?q=1', '/jiyao')).toBe('a');
    expect(minutesIdFromUrl('/minutes/a/', '/jiyao')).toBe('a');
    expect(minutesIdFromUrl('/jiyao/topics/a/', '/jiyao')).toBeUndefined();
    expect(minutesIdFromUrl('/minutes/', '/')).toBeUndefined();
    expect(minutesIdFromUrl('/minutes/2023/', '/')).toBeUndefined();
    expect(minutesIdFromUrl('/topics/gas/', '/')).toBeUndefined();
  });

  it('reads Pagefind fragment files, single records and groups of records', () => {
    const file = gzipSync(Buffer.from('pagefind_dcd{"url":"/minutes/a/","content":"燃气"}'));
    expect(searchRecordUrls(JSON.parse(decodePagefindFile(file)))).toEqual(['/minutes/a/']);
    expect(searchRecordUrls({ h1: { url: '/minutes/a/#item-1' }, h2: { url: '/minutes/a/#item-2' } })).toEqual(['/minutes/a/#item-1', '/minutes/a/#item-2']);
  });

  it('counts documents once however many records they have, and passes when every output matches', () => {
    const count = countPublication(2, [
      { output: 'pages', documentIds: ['a', 'b'] },
      { output: 'search', documentIds: ['a', 'a', 'b'], entries: 3 },
    ]);
    expect(countMismatches(count)).toEqual([]);
    expect(formatPublicationCount(count)).toBe('public minutes: 2 source files · pages 2 · search 2 (3 records)');
  });

  it('names every output that lost or gained a document, with what it holds', () => {
    const count = countPublication(3, [
      { output: 'pages', documentIds: ['a', 'b', 'c'] },
      { output: 'search', documentIds: ['a', 'b'] },
      { output: 'feed', documentIds: ['a', 'b', 'c', 'd'] },
    ]);
    expect(countMismatches(count)).toEqual([
      'search: 2 documents, 3 public source files (found: a, b)',
      'feed: 4 documents, 3 public source files (found: a, b, c, d)',
    ]);
  });
});

describe('content security policy', () => {
  it('allows only the site itself, no inline script, and WebAssembly for Pagefind', () => {
    const meta = serializePolicy(sitePolicy, 'meta');
    expect(meta).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/u);
    expect(meta).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval|\*|https?:|data:|blob:/u);
    expect(meta).toContain("object-src 'none'");
    expect(meta).toContain("base-uri 'self'");
  });

  it('leaves header-only directives out of the meta tag and puts them in _headers', () => {
    expect(serializePolicy(sitePolicy, 'meta')).not.toContain('frame-ancestors');
    const headers = headersFile(sitePolicy, '/jiyao/');
    expect(headers.split('\n')[0]).toBe('/jiyao/*');
    expect(headers).toContain(`  Content-Security-Policy: ${serializePolicy(sitePolicy, 'header')}\n`);
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headersFile(sitePolicy).split('\n')[0]).toBe('/*');
  });
});

describe('atomic output', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-swap-'));
    dirs.push(dir);
    return dir;
  };

  it('stages beside the output folder, hidden, on the same file system', () => {
    expect(stagingDirFor('/srv/site/dist')).toBe('/srv/site/.dist.staging');
  });

  /** An output folder holding an old site and a staged new one beside it. */
  const swapScene = () => {
    const root = scratch();
    const target = join(root, 'dist');
    const staging = stagingDirFor(target);
    mkdirSync(join(target, 'old'), { recursive: true });
    writeFileSync(join(target, 'old', 'index.html'), 'old');
    mkdirSync(staging);
    writeFileSync(join(staging, 'index.html'), 'new');
    return { root, target, staging };
  };

  it('replaces the previous output whole and removes it', () => {
    const { root, target, staging } = swapScene();
    replaceDirectory(staging, target);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(target, 'old'))).toBe(false);
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(join(root, '.dist.previous'))).toBe(false);
  });

  it('can remove the previous output in a process that outlives the swap', async () => {
    const { root, target, staging } = swapScene();
    replaceDirectory(staging, target, join(root, '.dist.previous'), 'background');
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(root, '.dist.previous'))).toBe(false);
    // The folder set aside is gone once its removal has run.
    const deadline = Date.now() + 10_000;
    while (readdirSync(root).some((name) => name.includes('.removing-')) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('creates the output folder on a first build', () => {
    const root = scratch();
    const staging = join(root, '.out.staging');
    mkdirSync(staging);
    replaceDirectory(staging, join(root, 'out'));
    expect(existsSync(join(root, 'out'))).toBe(true);
  });
});
