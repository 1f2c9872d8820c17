import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import * as pagefind from 'pagefind';
import { searchRecordSchema, type SearchRecord } from '../schemas/search-record';
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { decodePagefindFile, encodePagefindFile, withoutIndexedContent } from '../utils/pagefind-fragments';
import { withPromptStart } from '../utils/pagefind-start';
import { withIndexPreloads } from '../utils/search-preload';
import { SEARCH_INDEX_LANGUAGE, indexContent, simplifiedPairs, useSimplifier } from '../utils/search-text';

/** Records sent to Pagefind at once. */
const ADD_BATCH = 200;

/** Fragment files rewritten at once. */
const FILE_BATCH = 200;

/**
 * Pagefind's target size of one index chunk (its unstable PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE
 * setting; the default is about 16,000). Every term of a query costs the browser one chunk, so
 * smaller chunks mean fewer bytes per search; the price is a longer chunk list in the metadata
 * every search loads. Measured on 5,000 generated minutes: chunks 20 KB → 12 KB median, metadata
 * 57 KB → 64 KB.
 */
const INDEX_CHUNK_SIZE = '10000';

export interface PagefindIndexOptions {
  /** Folder inside the site that receives the index. */
  bundleDir?: string;
  /** The build-only file (written by src/pages/search-records.json.ts) that lists every search record. */
  recordsFile?: string;
  /** The search page's file inside the site, completed with preloads of the index's entry and metadata files. */
  searchPage?: string;
}

/** The part of pagefind-entry.json that names each language's index. */
const entrySchema = z.object({ languages: z.record(z.string(), z.object({ hash: z.string().regex(/^[\w-]+$/) })) });

/**
 * The Pagefind record of one minutes document: indexed under the terms of all its parts, and
 * carrying the parts' original text and filters, from which the browser checks and shows each part.
 */
export function pagefindRecord(record: SearchRecord): pagefind.CustomRecord {
  return {
    url: record.url,
    content: indexContent(
      record.parts.filter((part) => part.id).map((part) => part.text),
      record.parts.filter((part) => !part.id).map((part) => part.text).join('\n'),
    ),
    language: SEARCH_INDEX_LANGUAGE,
    meta: { title: record.title, date: record.date, dateText: record.dateText, parts: JSON.stringify(record.parts), ...simplifiedMeta(record) },
    filters: record.filters,
    sort: { date: record.date },
  };
}

/** The record's traditional characters with their simplified forms, so the browser checks it without the dictionary. */
function simplifiedMeta(record: SearchRecord): { simplified?: string } {
  const pairs = simplifiedPairs([record.title, ...record.parts.map((part) => part.text)]);
  return pairs ? { simplified: pairs } : {};
}

/** Rewrites every fragment file of the index without the indexed content (see pagefind-fragments.ts). */
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
 * Builds the Pagefind index from the site's search records at the end of `astro build`, so the one
 * build command leaves a searchable site, then deletes the records file. Any error fails the build.
 */
export function pagefindIndex(options: PagefindIndexOptions = {}): AstroIntegration {
  const bundleDir = options.bundleDir ?? 'pagefind';
  const recordsFile = options.recordsFile ?? 'search-records.json';
  const searchPage = options.searchPage ?? 'search/index.html';
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
        useSimplifier(ConverterFactory([TSCharacters]));
        const previousChunkSize = process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
        try {
          // Read by the Pagefind binary that createIndex starts; restored once it is closed below.
          process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = INDEX_CHUNK_SIZE;
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`cannot create the search index: ${errors.join('; ')}`);
          // Records go to Pagefind's service a batch at a time: one round trip each would dominate large sites.
          for (let start = 0; start < records.length; start += ADD_BATCH) {
            const batch = records.slice(start, start + ADD_BATCH);
            const added = await Promise.all(batch.map((record) => index.addCustomRecord(pagefindRecord(record))));
            added.forEach((result, offset) => {
              if (result.errors.length > 0) throw new Error(`search indexing of ${batch[offset]?.url} failed: ${result.errors.join('; ')}`);
            });
          }
          const written = await index.writeFiles({ outputPath: join(siteDir, bundleDir) });
          if (written.errors.length > 0) throw new Error(`writing the search index failed: ${written.errors.join('; ')}`);
          const entry = entrySchema.parse(JSON.parse(await readFile(join(siteDir, bundleDir, 'pagefind-entry.json'), 'utf8')));
          const tag = entry.languages[SEARCH_INDEX_LANGUAGE]?.hash;
          if (!tag) throw new Error(`the search index has no ${SEARCH_INDEX_LANGUAGE} language`);
          await emptyIndexedContent(join(siteDir, bundleDir, 'fragment'));
          const scriptPath = join(siteDir, bundleDir, 'pagefind.js');
          await writeFile(scriptPath, withPromptStart(await readFile(scriptPath, 'utf8')));
          const pagePath = join(siteDir, searchPage);
          await writeFile(pagePath, withIndexPreloads(await readFile(pagePath, 'utf8'), { bundleUrl: `${base}${bundleDir}/`, tag }));
          logger.info(`indexed ${records.length} minutes into ${bundleDir}/`);
        } finally {
          await pagefind.close();
          if (previousChunkSize === undefined) delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
          else process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = previousChunkSize;
        }
      },
    },
  };
}
