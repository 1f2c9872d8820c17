import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { searchRecordSchema, type SearchRecord } from '../schemas/search-record';
import { entrySchema } from '../search/index-shard';
import { bringOntoTargetFileSystem } from './output-folders';
import { indexShards, mergeShardsInWorker } from '../search/index-shards';
import { SEARCH_INDEX_LANGUAGE } from '../search/index-terms';
import { publishedOrder, publishedOrderFile } from '../search/page-order';
import { settleShards, shardWork, type ShardWork } from '../search/shard-cache';
import { indexingFingerprint, planShards } from '../search/shard-plan';
import {
  INDEX_CHUNK_SIZE, PAGEFIND_RANKING, PAGEFIND_VERSION, rankingReadsWordCounts, setIndexEnvironment, withIndexPreloads, withPromptStart,
} from '../search/pagefind-adapter';

export interface PagefindIndexOptions {
  /** Folder inside the site that receives the index (gongkai()'s `searchBundle`; the search page reads the same). */
  bundleDir: string;
  /** The build-only file the content sync writes every search record to (src/loaders/search-records.ts); null under `astro dev`. */
  recordsFile: string | null;
  /** The search page's file inside the site, completed with preloads of the index's entry and metadata files. */
  searchPage?: string;
  /** Most records one Pagefind process indexes; the shards are merged into one index (src/search/pagefind-merge.ts). */
  shardSize?: number;
  /** Shards indexed at once, each in a worker thread with its own Pagefind process; default: the machine's cores. */
  indexWorkers?: number;
  /** Where the shards are kept between builds, so a rebuild indexes only the shards whose records changed; none: every build indexes all. */
  shardCacheDir?: string | null;
}

/**
 * Records per Pagefind process: the binary peaks at about 1.1 MB per meeting, so 500 keep it near
 * 0.6 GB whatever the archive's size.
 */
const DEFAULT_SHARD_SIZE = 500;

/** An index started at the beginning of the build: its records and the shards being written beside the pages. */
interface StartedIndex {
  records: SearchRecord[];
  /** The folder of the shards: the cache kept between builds, or a temporary one. */
  shardRoot: string;
  work: ShardWork;
  /** The folder the merged index is written to, beside the shards, until it is moved into the site. */
  mergedDir: string;
  /** Settles when every shard is written and merged; its failure is the build's. */
  merged: Promise<unknown>;
  /** Puts the environment back once the binaries are started. */
  restoreEnvironment: () => void;
}

/**
 * Builds the Pagefind index from the site's search records, so the one build command leaves a
 * searchable site. The records are written by the content sync (src/loaders/search-records.ts);
 * the shards are indexed from the start of the build, in worker threads beside the pages, merged
 * in another as soon as the last is written, and moved into the site once the pages are written.
 * Any error fails the build.
 */
export function pagefindIndex(options: PagefindIndexOptions): AstroIntegration {
  const { bundleDir, recordsFile } = options;
  const shardCacheDir = options.shardCacheDir ?? null;
  const searchPage = options.searchPage ?? 'search/index.html';
  const shardSize = options.shardSize ?? DEFAULT_SHARD_SIZE;
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error(`the search index's shard size must be a whole number of at least 1, not ${shardSize}`);
  const indexWorkers = options.indexWorkers ?? availableParallelism();
  if (!Number.isInteger(indexWorkers) || indexWorkers < 1) throw new Error(`the search index's workers must be a whole number of at least 1, not ${indexWorkers}`);
  let base = '/';
  let started: StartedIndex | undefined;
  return {
    name: 'gongkai:pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': async ({ logger }) => {
        if (recordsFile === null) throw new Error('the search index needs the records file the content sync writes');
        const records = z.array(searchRecordSchema).parse(JSON.parse(await readFile(recordsFile, 'utf8')));
        await rm(recordsFile);
        const shardRoot = shardCacheDir ?? (await mkdtemp(join(tmpdir(), 'gongkai-index-')));
        const plan = planShards(records, shardSize, indexingFingerprint(PAGEFIND_VERSION));
        const work = shardWork(plan, shardRoot);
        logger.info(
          `indexing ${records.length} minutes beside the pages (${plan.length} ${plan.length === 1 ? 'shard' : 'shards'} of at most ${shardSize}, by year; ${work.reused} unchanged since the last build)`,
        );
        // Read by the Pagefind binaries the workers start (a worker copies the environment when made).
        const restoreEnvironment = setIndexEnvironment(process.env);
        // Beside the shards, on the same disk as the site for the move at the end; one per build.
        const mergedDir = await mkdtemp(`${shardRoot}-merged-`);
        const merged = indexShards(work.jobs, indexWorkers).then(async () => {
          settleShards(work, shardRoot);
          await mergeShardsInWorker({
            shardDirs: work.dirs,
            outDir: mergedDir,
            options: {
              language: SEARCH_INDEX_LANGUAGE,
              chunkSize: INDEX_CHUNK_SIZE,
              wordCounts: rankingReadsWordCounts(PAGEFIND_RANKING) ? 'keep' : 'uniform',
            },
          });
        });
        // Awaited once the pages are written; until then a failure must not end the process unreported.
        merged.catch(() => undefined);
        started = { records, shardRoot, work, mergedDir, merged, restoreEnvironment };
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!started) throw new Error('the search index was not started with the build');
        const { records, shardRoot, work, mergedDir, merged, restoreEnvironment } = started;
        const shardCount = work.dirs.length;
        const siteDir = fileURLToPath(dir);
        try {
          logger.info('pages written; finishing the search index');
          await merged;
          const entry = entrySchema.parse(JSON.parse(await readFile(join(mergedDir, 'pagefind-entry.json'), 'utf8')));
          const tag = entry.languages[SEARCH_INDEX_LANGUAGE]?.hash;
          if (!tag) throw new Error(`the search index has no ${SEARCH_INDEX_LANGUAGE} language`);
          await writeFile(join(mergedDir, publishedOrderFile(tag)), JSON.stringify(publishedOrder(records)));
          await bringOntoTargetFileSystem(mergedDir, join(siteDir, bundleDir));
          const scriptPath = join(siteDir, bundleDir, 'pagefind.js');
          await writeFile(scriptPath, withPromptStart(await readFile(scriptPath, 'utf8')));
          const pagePath = join(siteDir, searchPage);
          await writeFile(pagePath, withIndexPreloads(await readFile(pagePath, 'utf8'), { bundleUrl: `${base}${bundleDir}/`, tag }));
          logger.info(`indexed ${records.length} minutes into ${bundleDir}/ (${shardCount} ${shardCount === 1 ? 'shard' : 'shards'} of at most ${shardSize})`);
        } finally {
          restoreEnvironment();
          await rm(mergedDir, { recursive: true, force: true });
          if (shardCacheDir === null) await rm(shardRoot, { recursive: true, force: true });
        }
      },
    },
  };
}
