/**
 * One shard of the search index: its records indexed by a Pagefind process of its own, written
 * to a folder, the process ended. Pagefind's binary keeps every record until it writes, so a
 * shard at a time bounds its memory; shards run side by side in worker threads
 * (index-shard-worker.ts), each with its own Pagefind process, so both cores index.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import * as pagefind from 'pagefind';
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import type { SearchRecord } from '../schemas/search-record';
import { createFolder } from './folding';
import { checkPagefindVersion, pagefindRecord, withoutIndexedContent } from './pagefind-adapter';
import { decodePagefindFile, encodePagefindFile } from '../utils/pagefind-fragments';

/** Records sent to Pagefind at once: one round trip each would dominate large sites. */
const ADD_BATCH = 200;

/** Fragment files rewritten at once. */
const FILE_BATCH = 200;

/** Rewrites every fragment file of the index without the indexed content (see src/search/pagefind-adapter.ts). */
async function emptyIndexedContent(fragmentDir: string): Promise<void> {
  const names = (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment'));
  for (let start = 0; start < names.length; start += FILE_BATCH) {
    await Promise.all(
      names.slice(start, start + FILE_BATCH).map(async (name) => {
        const path = join(fragmentDir, name);
        await writeFile(path, encodePagefindFile(withoutIndexedContent(decodePagefindFile(await readFile(path)), name)));
      }),
    );
  }
}

/** The part of pagefind-entry.json that names each language's index. */
export const entrySchema = z.object({ version: z.string(), languages: z.record(z.string(), z.object({ hash: z.string().regex(/^[\w-]+$/) })) });

/** What one shard is given: its records, in index order, and the folder its bundle is written to. */
export interface ShardJob {
  records: readonly SearchRecord[];
  outputPath: string;
}

/**
 * Indexes one shard in a Pagefind process of its own and ends the process. The version is
 * checked before the merge reads the shard's files.
 */
export async function indexShard({ records, outputPath }: ShardJob): Promise<void> {
  const folder = createFolder(ConverterFactory([TSCharacters]));
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`cannot create the search index: ${errors.join('; ')}`);
    for (let start = 0; start < records.length; start += ADD_BATCH) {
      const batch = records.slice(start, start + ADD_BATCH);
      const added = await Promise.all(batch.map((record) => index.addCustomRecord(pagefindRecord(folder, record))));
      added.forEach((result, offset) => {
        if (result.errors.length > 0) throw new Error(`search indexing of ${batch[offset]?.url} failed: ${result.errors.join('; ')}`);
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`writing the search index failed: ${written.errors.join('; ')}`);
    // Frees the shard inside the binary before it is stopped.
    await index.deleteIndex();
  } finally {
    await pagefind.close();
  }
  const entry = entrySchema.parse(JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')));
  checkPagefindVersion(entry.version, 'pagefind-entry.json');
  // Here rather than after the merge, which copies the fragments as they are: the rewrite then runs beside the pages.
  await emptyIndexedContent(join(outputPath, 'fragment'));
}
