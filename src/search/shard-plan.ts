/**
 * Which records go into which shard of the search index, and which shards a build can take from
 * the previous build unchanged. Shards are cut at year boundaries (the records are newest first,
 * so each year's are together) and then every `shardSize` records: an edit, an addition or a
 * removal changes the shards of its year alone, and a rebuild indexes only those.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchRecord } from '../schemas/search-record';

/** One shard: its records, in index order, and the key its bundle is cached under. */
export interface PlannedShard {
  records: SearchRecord[];
  /** Hash of the records and of the code that indexes them: equal keys give equal bundles. */
  key: string;
}

/** The folders whose code decides what a shard's bundle holds (the records' terms, the adapter, the fragment rewrite). */
const INDEXING_CODE = ['../search/', '../utils/'].map((folder) => fileURLToPath(new URL(folder, import.meta.url)));

/** A fingerprint of the indexing code and of the Pagefind package version, made once per build. */
export function indexingFingerprint(pagefindVersion: string): string {
  const hash = createHash('sha256').update(pagefindVersion);
  for (const folder of INDEXING_CODE) {
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts')).sort()) hash.update(`\0${name}\0`).update(readFileSync(join(folder, name)));
  }
  return hash.digest('hex');
}

/** The shards of `records` (newest first): each year's records cut every `shardSize`. */
export function planShards(records: readonly SearchRecord[], shardSize: number, fingerprint: string): PlannedShard[] {
  const shards: SearchRecord[][] = [];
  let year = '';
  for (const record of records) {
    const recordYear = record.date.slice(0, 4);
    const current = shards.at(-1);
    if (!current || recordYear !== year || current.length >= shardSize) shards.push([record]);
    else current.push(record);
    year = recordYear;
  }
  if (shards.length === 0) shards.push([]);
  return shards.map((shardRecords) => ({
    records: shardRecords,
    key: createHash('sha256').update(fingerprint).update('\0').update(JSON.stringify(shardRecords)).digest('hex').slice(0, 24),
  }));
}
