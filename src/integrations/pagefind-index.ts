import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import * as pagefind from 'pagefind';
import { searchRecordSchema, type SearchRecord } from '../schemas/search-record';
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { createFolder, type Folder } from '../search/folding';
import { SEARCH_INDEX_LANGUAGE } from '../search/index-terms';
import { INDEX_CHUNK_SIZE, checkPagefindVersion, pagefindRecord, recordSortValue, setIndexEnvironment, withIndexPreloads, withoutIndexedContent, withPromptStart } from '../search/pagefind-adapter';
import { mergeBundles } from '../search/pagefind-merge';
import { decodePagefindFile, encodePagefindFile } from '../utils/pagefind-fragments';

/** Records sent to Pagefind at once. */
const ADD_BATCH = 200;

/** Fragment files rewritten at once. */
const FILE_BATCH = 200;

export interface PagefindIndexOptions {
  /** Folder inside the site that receives the index (gongkai()'s `searchBundle`; the search page reads the same). */
  bundleDir: string;
  /** The build-only file (written by src/pages/search-records.json.ts) that lists every search record. */
  recordsFile?: string;
  /** The search page's file inside the site, completed with preloads of the index's entry and metadata files. */
  searchPage?: string;
  /** Most records one Pagefind process indexes; the shards are merged into one index (src/search/pagefind-merge.ts). */
  shardSize?: number;
}

/**
 * Records per Pagefind process: the binary peaks at about 1.1 MB per meeting, so 500 keep it near
 * 0.6 GB whatever the archive's size.
 */
const DEFAULT_SHARD_SIZE = 500;

/** The part of pagefind-entry.json that names each language's index. */
const entrySchema = z.object({ version: z.string(), languages: z.record(z.string(), z.object({ hash: z.string().regex(/^[\w-]+$/) })) });

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

/**
 * Indexes one shard of records in a Pagefind process of its own and ends the process, so the
 * binary's memory (it keeps every record until it writes) holds one shard at a time. The version
 * is checked before the merge reads the shard's files.
 */
async function indexShard(records: readonly SearchRecord[], folder: Folder, outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`cannot create the search index: ${errors.join('; ')}`);
    // Records go to Pagefind's service a batch at a time: one round trip each would dominate large sites.
    for (let start = 0; start < records.length; start += ADD_BATCH) {
      const batch = records.slice(start, start + ADD_BATCH);
      const added = await Promise.all(batch.map((record) => index.addCustomRecord(pagefindRecord(folder, record))));
      added.forEach((result, offset) => {
        if (result.errors.length > 0) throw new Error(`search indexing of ${batch[offset]?.url} failed: ${result.errors.join('; ')}`);
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`writing the search index failed: ${written.errors.join('; ')}`);
    // Frees the shard inside the binary before it is stopped, so it never overlaps the next one's.
    await index.deleteIndex();
  } finally {
    await pagefind.close();
  }
  const entry = entrySchema.parse(JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')));
  checkPagefindVersion(entry.version, 'pagefind-entry.json');
}

/**
 * Builds the Pagefind index from the site's search records at the end of `astro build`, so the one
 * build command leaves a searchable site, then deletes the records file. Any error fails the build.
 */
export function pagefindIndex(options: PagefindIndexOptions): AstroIntegration {
  const { bundleDir } = options;
  const recordsFile = options.recordsFile ?? 'search-records.json';
  const searchPage = options.searchPage ?? 'search/index.html';
  const shardSize = options.shardSize ?? DEFAULT_SHARD_SIZE;
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error(`the search index's shard size must be a whole number of at least 1, not ${shardSize}`);
  let base = '/';
  return {
    name: 'gongkai:pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const recordsPath = join(siteDir, recordsFile);
        const records = z.array(searchRecordSchema).parse(JSON.parse(await readFile(recordsPath, 'utf8')));
        await rm(recordsPath);
        logger.info(`indexing ${records.length} minutes`);
        const folder = createFolder(ConverterFactory([TSCharacters]));
        const shardRoot = join(siteDir, `${bundleDir}.shards`);
        // Read by the Pagefind binary that createIndex starts; restored once the last shard is written.
        const restoreEnvironment = setIndexEnvironment(process.env);
        try {
          const shardDirs: string[] = [];
          for (let start = 0; start === 0 || start < records.length; start += shardSize) {
            const shardDir = join(shardRoot, String(shardDirs.length));
            await indexShard(records.slice(start, start + shardSize), folder, shardDir);
            shardDirs.push(shardDir);
          }
          mergeBundles(shardDirs, join(siteDir, bundleDir), {
            language: SEARCH_INDEX_LANGUAGE,
            chunkSize: INDEX_CHUNK_SIZE,
            sortValue: (sort, page) => recordSortValue(records[page] as SearchRecord, sort),
          });
          const entry = entrySchema.parse(JSON.parse(await readFile(join(siteDir, bundleDir, 'pagefind-entry.json'), 'utf8')));
          const tag = entry.languages[SEARCH_INDEX_LANGUAGE]?.hash;
          if (!tag) throw new Error(`the search index has no ${SEARCH_INDEX_LANGUAGE} language`);
          await emptyIndexedContent(join(siteDir, bundleDir, 'fragment'));
          const scriptPath = join(siteDir, bundleDir, 'pagefind.js');
          await writeFile(scriptPath, withPromptStart(await readFile(scriptPath, 'utf8')));
          const pagePath = join(siteDir, searchPage);
          await writeFile(pagePath, withIndexPreloads(await readFile(pagePath, 'utf8'), { bundleUrl: `${base}${bundleDir}/`, tag }));
          logger.info(`indexed ${records.length} minutes into ${bundleDir}/ (${shardDirs.length} ${shardDirs.length === 1 ? 'shard' : 'shards'} of at most ${shardSize})`);
        } finally {
          await pagefind.close();
          restoreEnvironment();
          await rm(shardRoot, { recursive: true, force: true });
        }
      },
    },
  };
}
