import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import * as pagefind from 'pagefind';
import { searchRecordSchema, type SearchRecord } from '../schemas/search-record';
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { SEARCH_INDEX_LANGUAGE, indexContent, useSimplifier } from '../utils/search-text';

/** Records sent to Pagefind at once. */
const ADD_BATCH = 200;

export interface PagefindIndexOptions {
  /** Folder inside the site that receives the index. */
  bundleDir?: string;
  /** The build-only file (written by src/pages/search-records.json.ts) that lists every search record. */
  recordsFile?: string;
}

/**
 * The Pagefind record of one minutes document: indexed under the terms of all its parts, and
 * carrying the parts' original text and filters, from which the browser checks and shows each part.
 */
export function pagefindRecord(record: SearchRecord): pagefind.CustomRecord {
  return {
    url: record.url,
    content: indexContent(record.parts.map((part) => part.text)),
    language: SEARCH_INDEX_LANGUAGE,
    meta: { title: record.title, date: record.date, parts: JSON.stringify(record.parts) },
    filters: record.filters,
    sort: { date: record.date },
  };
}

/**
 * Builds the Pagefind index from the site's search records at the end of `astro build`, so the one
 * build command leaves a searchable site, then deletes the records file. Any error fails the build.
 */
export function pagefindIndex(options: PagefindIndexOptions = {}): AstroIntegration {
  const bundleDir = options.bundleDir ?? 'pagefind';
  const recordsFile = options.recordsFile ?? 'search-records.json';
  return {
    name: 'gongkai:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const recordsPath = join(siteDir, recordsFile);
        const records = z.array(searchRecordSchema).parse(JSON.parse(await readFile(recordsPath, 'utf8')));
        await rm(recordsPath);
        useSimplifier(ConverterFactory([TSCharacters]));
        try {
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
          logger.info(`indexed ${records.length} minutes into ${bundleDir}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
