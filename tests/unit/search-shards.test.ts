/**
 * The search index's shards: cut by year and size, keyed by their records, and kept between builds
 * so a rebuild indexes only the shards whose records changed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../src/schemas/search-record';
import { settleShards, shardWork } from '../../src/search/shard-cache';
import { planShards } from '../../src/search/shard-plan';

const record = (id: number, date: string, text = `第${id}次会议`): SearchRecord => ({
  url: `/minutes/m-${id}/`,
  title: `第${id}次常务会议纪要`,
  date,
  published: date,
  dateText: date,
  filters: { year: [date.slice(0, 4)] },
  parts: [{ id: '', text, filters: {} }],
});

/** Newest first, as the build gives them: three of 2024, five of 2023. */
const records = [
  record(8, '2024-03-01'), record(7, '2024-02-01'), record(6, '2024-01-05'),
  record(5, '2023-12-01'), record(4, '2023-09-01'), record(3, '2023-06-01'), record(2, '2023-03-01'), record(1, '2023-01-09'),
];

const urls = (shards: ReturnType<typeof planShards>) => shards.map((shard) => shard.records.map((r) => r.url.replace(/\D/gu, '')).join(','));

/** Writes what a finished shard job leaves: the bundle's entry file in the job's folder. */
const writeJobs = (work: ReturnType<typeof shardWork>) => {
  for (const job of work.jobs) {
    mkdirSync(job.outputPath, { recursive: true });
    writeFileSync(join(job.outputPath, 'pagefind-entry.json'), '{}');
  }
};

describe('the shard plan', () => {
  it('cuts the records at every year and every shardSize records, in order', () => {
    expect(urls(planShards(records, 2, 'code'))).toEqual(['8,7', '6', '5,4', '3,2', '1']);
    expect(planShards([], 2, 'code')).toHaveLength(1);
  });

  it('keys a shard by its records and the indexing code', () => {
    const before = planShards(records, 2, 'code').map((shard) => shard.key);
    const edited = records.map((r) => (r.url === '/minutes/m-3/' ? record(3, '2023-06-01', '第3次会议（修订）') : r));
    const after = planShards(edited, 2, 'code').map((shard) => shard.key);
    expect(after.filter((key, index) => key !== before[index])).toHaveLength(1);
    expect(after[3]).not.toBe(before[3]);
    // A new document of 2024 changes 2024's shards only.
    const added = planShards([record(9, '2024-04-01'), ...records], 2, 'code').map((shard) => shard.key);
    expect(added.slice(-3)).toEqual(before.slice(-3));
    // Other indexing code: every shard is indexed again.
    expect(planShards(records, 2, 'other code').map((shard) => shard.key).filter((key) => before.includes(key))).toEqual([]);
  });
});

describe('the shard cache', () => {
  it('indexes every shard once, then only the changed ones, and keeps only the shards of the last build', () => {
    const root = mkdtempSync(join(tmpdir(), 'gongkai-shards-'));
    const first = shardWork(planShards(records, 2, 'code'), root);
    expect([first.jobs.length, first.reused]).toEqual([5, 0]);
    writeJobs(first);
    settleShards(first, root);
    expect(readdirSync(root).sort()).toEqual(first.dirs.map((dir) => dir.slice(root.length + 1)).sort());

    const edited = records.map((r) => (r.url === '/minutes/m-3/' ? record(3, '2023-06-01', '第3次会议（修订）') : r));
    // A shard a stopped build left half written is never taken.
    mkdirSync(join(root, 'abc.partial'));
    const second = shardWork(planShards(edited, 2, 'code'), root);
    expect([second.jobs.length, second.reused]).toEqual([1, 4]);
    expect(existsSync(join(root, 'abc.partial'))).toBe(false);
    writeJobs(second);
    settleShards(second, root);
    expect(readdirSync(root).sort()).toEqual(second.dirs.map((dir) => dir.slice(root.length + 1)).sort());
    expect(second.dirs.every((dir) => existsSync(join(dir, 'pagefind-entry.json')))).toBe(true);
  });
});
