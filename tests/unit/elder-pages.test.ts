import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { elderCopyKey, writeElderCopies, type ElderCopyJob, type ElderCopyShare } from '../../src/utils/elder-copies';
import { elderCopy, elderUrl, isElderUrl, pageUrlOf } from '../../src/utils/elder-pages';

const page = `<!doctype html><html lang="zh-CN"><head><link rel="canonical" href="https://x.gov.cn/minutes/"><link rel="stylesheet" href="/_astro/a.css"></head>
<body><a href="/minutes/">纪要</a> <a href="/people/%E5%90%B4%E6%95%AC%E5%AE%87/?x=1&amp;y=2#top">吴敬宇</a> <a href="/data/minutes.json">数据</a>
<a href="#item-1">一</a> <a data-elder-keep href="/minutes/">退出</a><form action="/search/" method="get"><input name="q"></form>
<code>&lt;a href="/minutes/"&gt;</code><p title="a href=&quot;/minutes/&quot;">正文 href="/minutes/" 不变</p><a href="/missing/">无</a></body></html>`;
const pages = new Set(['/minutes/', '/people/吴敬宇/', '/search/', '/']);

describe('the 长者模式 copy of a page', () => {
  it('maps page files and addresses, under a base path too', () => {
    expect(pageUrlOf('index.html', '/')).toBe('/');
    expect(pageUrlOf('minutes/2023/index.html', '/jiyao')).toBe('/jiyao/minutes/2023/');
    expect(pageUrlOf('404.html', '/')).toBeUndefined();
    expect(elderUrl('/jiyao/minutes/', '/jiyao/')).toBe('/jiyao/elder/minutes/');
    expect(elderUrl('/', '/')).toBe('/elder/');
    expect(isElderUrl('/elder/minutes/', '/')).toBe(true);
    expect(isElderUrl('/elderly/', '/')).toBe(false);
  });

  it('turns the mode on and leads every link to a page into the copy, leaving files, <link>s, kept links and text alone', () => {
    const copy = elderCopy(page, pages, '/');
    const $ = load(copy);
    expect($('html').attr('class')).toBe('elder');
    expect($('html').attr('data-elder-route')).toBe('');
    expect($('a').map((_, a) => a.attribs['href']).get()).toEqual([
      '/elder/minutes/',
      '/elder/people/%E5%90%B4%E6%95%AC%E5%AE%87/?x=1&y=2#top',
      '/data/minutes.json',
      '#item-1',
      '/minutes/',
      '/missing/',
    ]);
    expect($('form').attr('action')).toBe('/elder/search/');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://x.gov.cn/minutes/');
    // Text and attribute values that merely look like links are not links.
    const original = load(page);
    expect($('body').text()).toBe(original('body').text());
    expect($('p').attr('title')).toBe('a href="/minutes/"');
  });

  it('adds to a class already on <html>, and works below a base path', () => {
    const copy = elderCopy('<html class="x"><body><a href="/jiyao/minutes/">a</a><a href="/minutes/">b</a></body></html>', new Set(['/jiyao/minutes/']), '/jiyao/');
    const $ = load(copy);
    expect($('html').attr('class')).toBe('elder x');
    expect($('a').map((_, a) => a.attribs['href']).get()).toEqual(['/jiyao/elder/minutes/', '/minutes/']);
  });
});

describe('a rebuild takes the last build’s copy of each unchanged page', () => {
  const files = ['index.html', 'minutes/index.html', 'search/index.html'];
  const urls = ['/', '/minutes/', '/search/'];
  const site = (pageText: (file: string) => string) => {
    const root = mkdtempSync(join(tmpdir(), 'gongkai-elder-site-'));
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), pageText(file));
    }
    return root;
  };
  const text = (file: string) => `<!doctype html><html lang="zh-CN"><body><a href="/minutes/">纪要</a><p>${file}</p></body></html>`;
  const copyAll = (root: string, previous?: ElderCopyJob['previous']) => {
    const recordOut = join(mkdtempSync(join(tmpdir(), 'gongkai-elder-share-')), 'share.json');
    writeElderCopies({ root, files, pages: urls, base: '/', key: elderCopyKey('/', urls, 'code'), previous, recordOut });
    const share = JSON.parse(readFileSync(recordOut, 'utf8')) as ElderCopyShare;
    return { share, record: { key: elderCopyKey('/', urls, 'code'), copies: share.copies } };
  };
  const elderFiles = (root: string) => files.map((file) => readFileSync(join(root, 'elder', file), 'utf8'));

  it('makes anew only the changed page, and the copies equal those a first build makes', () => {
    const last = site(text);
    const { record } = copyAll(last);
    const edited = (file: string) => (file === 'minutes/index.html' ? text(file).replace('纪要', '会议纪要') : text(file));
    const next = site(edited);
    const { share } = copyAll(next, { site: last, record });
    expect(share.reused).toBe(2);
    const fresh = site(edited);
    copyAll(fresh);
    expect(elderFiles(next)).toEqual(elderFiles(fresh));
    expect(elderFiles(next)[1]).toContain('会议纪要');
  });

  it('makes a copy anew when the last one was changed or removed, or the key differs', () => {
    const last = site(text);
    const { record } = copyAll(last);
    writeFileSync(join(last, 'elder', 'index.html'), 'altered');
    rmSync(join(last, 'elder', 'search', 'index.html'));
    const next = site(text);
    expect(copyAll(next, { site: last, record }).share.reused).toBe(1);
    const fresh = site(text);
    copyAll(fresh);
    expect(elderFiles(next)).toEqual(elderFiles(fresh));
    expect(copyAll(site(text), { site: last, record: { ...record, key: 'another' } }).share.reused).toBe(0);
  });
});
