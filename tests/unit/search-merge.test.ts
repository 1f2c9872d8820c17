/**
 * The shard merge against Pagefind itself: the same records indexed by one Pagefind process and
 * by several shards merged must give the same index (pages, every word's postings, filters,
 * fragments, and no sorts), and the browser's chunk lookup must find every merged word.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import type { SearchRecord } from '../../src/schemas/search-record';
import { createFolder } from '../../src/search/folding';
import { SEARCH_INDEX_LANGUAGE } from '../../src/search/index-terms';
import { pagefindRecord } from '../../src/search/pagefind-adapter';
import { boundPrefixes, compareBytes, readChunk, readFilter, readMeta, type MetaIndex } from '../../src/search/pagefind-bundle';
import { mergeBundles } from '../../src/search/pagefind-merge';

const folder = createFolder(ConverterFactory([TSCharacters]));
const SENTENCES = ['会议听取了全市城镇燃气安全工作情况的汇报。', '會議審議並原則通過了《太仓市水生态环境保护方案》。', '要加强 App 与 PM2.5 监测，2023年完成。', '同意市住建局关于老旧小区改造的意见（一）。', '德国合作项目推进情况。'];
const TOPICS = ['城镇燃气', '生态环境', '城市建设'];

/** Records with shared and distinct words, several filter values and repeated dates. */
const records: SearchRecord[] = Array.from({ length: 13 }, (_, i) => ({
  url: `/minutes/m-${i}/`,
  title: `第${i + 1}次常务会议纪要`,
  date: `2023-0${1 + (i % 4)}-1${i % 3}`,
  // 发布日期 a few days later, in another order than the meetings, so the two sorts differ.
  published: `2023-0${1 + (i % 4)}-2${(i * 7) % 8}`,
  dateText: `2023年${1 + (i % 4)}月1${i % 3}日`,
  filters: { year: ['2023'], topic: [TOPICS[i % 3] as string], kind: i % 2 ? ['审议'] : ['听取'] },
  parts: [
    { id: '', text: `第${i + 1}次常务会议 编号${i * 7}`, filters: {} },
    { id: 'item-1', text: `${SENTENCES[i % 5]}${SENTENCES[(i * 3) % 5]}第${i}项`, filters: { topic: [TOPICS[i % 3] as string] } },
  ],
}));

const CHUNK_SIZE = 60;
let root = '';
const mergeOptions = { language: SEARCH_INDEX_LANGUAGE, chunkSize: CHUNK_SIZE };

async function indexRecords(list: readonly SearchRecord[], outputPath: string): Promise<void> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(CHUNK_SIZE);
  try {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('no index');
    for (const record of list) await index.addCustomRecord(pagefindRecord(folder, record));
    await index.writeFiles({ outputPath });
  } finally {
    await pagefind.close();
    delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  }
}

interface Decoded {
  meta: MetaIndex;
  words: Map<string, string>;
  filters: Map<string, unknown>;
  /** Each page's fragment file, in page order. */
  fragments: string[];
}

function decoded(dir: string): Decoded {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  const meta = readMeta(join(dir, `pagefind.${entry.languages[SEARCH_INDEX_LANGUAGE].hash}.pf_meta`));
  const words = new Map<string, string>();
  for (const [, , hash] of meta[2]) for (const [word, postings, variants] of readChunk(join(dir, 'index', `${hash}.pf_index`))) words.set(word, JSON.stringify([postings, variants]));
  const filters = new Map(meta[3].map(([name, hash]) => [name, readFilter(join(dir, 'filter', `${hash}.pf_filter`))]));
  const fragments = meta[1].map(([hash]) => readFileSync(join(dir, 'fragment', `${hash}.pf_fragment`)).toString('base64'));
  return { meta, words, filters, fragments };
}

describe('merging Pagefind shards into one index', () => {
  let single: Decoded;
  let merged: Decoded;
  let shardDirs: string[] = [];
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'gongkai-merge-'));
    await indexRecords(records, join(root, 'single'));
    for (let start = 0; start < records.length; start += 5) {
      const dir = join(root, `shard-${start}`);
      await indexRecords(records.slice(start, start + 5), dir);
      shardDirs.push(dir);
    }
    await mergeBundles(shardDirs, join(root, 'merged'), { ...mergeOptions, wordCounts: 'keep' });
    single = decoded(join(root, 'single'));
    merged = decoded(join(root, 'merged'));
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('has the pages, words with their postings, filters and fragments of the index Pagefind writes for all records at once, and no sorts', () => {
    // Pages differ only in their fragments' names.
    const unnamed = (pages: MetaIndex[1]) => pages.map(([, ...rest]) => rest);
    expect(unnamed(merged.meta[1])).toEqual(unnamed(single.meta[1]));
    expect(merged.words.size).toBeGreaterThan(100);
    expect([...merged.words.keys()].sort()).toEqual([...single.words.keys()].sort());
    for (const [word, postings] of single.words) expect(merged.words.get(word), word).toBe(postings);
    expect(merged.filters).toEqual(single.filters);
    expect(merged.meta[4]).toEqual([]);
    expect(single.meta[4]).toEqual([]);
    expect(merged.meta[5]).toEqual(single.meta[5]);
    expect(merged.fragments).toEqual(single.fragments);
    const entry = JSON.parse(readFileSync(join(root, 'merged', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages[SEARCH_INDEX_LANGUAGE].page_count).toBe(records.length);
    expect(readdirSync(join(root, 'merged')).filter((name) => name.endsWith('.js')).sort()).toEqual(readdirSync(join(root, 'single')).filter((name) => name.endsWith('.js')).sort());
  });

  it("names page n's fragment by the set of fragments and n, and writes word counts of 1 when the ranking ignores them", async () => {
    expect(merged.meta[1].map(([name]) => name.split('/')[1])).toEqual(records.map((_, page) => page.toString(36)));
    const folder = (merged.meta[1][0] as MetaIndex[1][number])[0].split('/')[0];
    expect(folder).toMatch(/^[0-9a-f]{7}$/u);
    expect(new Set(merged.meta[1].map(([name]) => name.split('/')[0]))).toEqual(new Set([folder]));
    expect(single.meta[1].some(([, wordCount]) => wordCount > 1)).toBe(true);
    // Another set of fragments (the last shard left out) lives in another folder.
    await mergeBundles(shardDirs.slice(0, -1), join(root, 'fewer'), { ...mergeOptions, wordCounts: 'uniform' });
    const fewer = decoded(join(root, 'fewer'));
    expect(fewer.meta[1].map(([, wordCount]) => wordCount)).toEqual(fewer.meta[1].map(() => 1));
    expect(fewer.fragments).toEqual(merged.fragments.slice(0, fewer.fragments.length));
    expect((fewer.meta[1][0] as MetaIndex[1][number])[0].split('/')[0]).not.toBe(folder);
  });

  it('names chunk n by the set of chunks and n', () => {
    const names = merged.meta[2].map(([, , name]) => name);
    const folder = (names[0] as string).split('/')[0] as string;
    expect(folder).toMatch(/^[0-9a-f]{7}$/u);
    expect(names).toEqual(names.map((_, n) => `${folder}/${n.toString(36)}`));
    expect(readdirSync(join(root, 'merged', 'index', folder)).sort()).toEqual(names.map((name) => `${name.split('/')[1]}.pf_index`).sort());
    const fewer = decoded(join(root, 'fewer'));
    expect((fewer.meta[2][0] as MetaIndex[2][number])[2].split('/')[0]).not.toBe(folder);
  });

  it.each(['single', 'merged'] as const)('cuts chunks in word order, and the browser finds each word in the chunk that holds it (%s)', (which) => {
    const chunks = (which === 'single' ? single : merged).meta[2];
    expect(chunks.length).toBeGreaterThan(3);
    for (const [, , hash] of chunks) {
      const words = readChunk(join(root, which, 'index', `${hash}.pf_index`)).map(([word]) => word);
      for (const word of words) {
        // Pagefind's lookup of one term: the chunks whose bounds hold it, else those whose bounds hold it with both cut to the shorter.
        const strict = chunks.filter(([from, to]) => compareBytes(word, from) >= 0 && compareBytes(word, to) <= 0);
        const cut = (text: string, length: number) => [...text].slice(0, length).join('');
        const holds = (bound: string, sign: number) => {
          const length = Math.min([...bound].length, [...word].length);
          return sign * compareBytes(cut(word, length), cut(bound, length)) >= 0;
        };
        const loaded = strict.length > 0 ? strict : chunks.filter(([from, to]) => holds(from, 1) && holds(to, -1));
        expect(loaded.map((chunk) => chunk[2]), word).toContain(hash);
      }
    }
  });

  it('names chunk bounds by the shortest distinguishing prefixes', () => {
    expect(boundPrefixes('01c01l', '01cgl3')).toEqual(['01c0', '01cg']);
    expect(boundPrefixes('abc', 'abd')).toEqual(['abc', 'abd']);
  });
});

describe('the byte order of words', () => {
  it('orders strings as their UTF-8 bytes do, across ASCII, Chinese, private-use and astral characters', () => {
    const alphabet = ['a', 'z', '0', '~', '燃', '气', '\u00e9', '\uffe5', '\ue000', '𠀀', '𩸽', '😀', ''];
    const words: string[] = [];
    for (let i = 0; i < 400; i += 1) words.push(Array.from({ length: 1 + (i % 4) }, (_, j) => alphabet[(i * 7 + j * 5) % alphabet.length]).join(''));
    const byBuffers = [...words].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect([...words].sort(compareBytes)).toEqual(byBuffers);
  });
});
