import sitemap from '@astrojs/sitemap';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { cacheDirFor } from '../config/project-paths';
import type { GongkaiConfig } from '../config/virtual-config';
import { atomicOutput } from './atomic-output';
import { contentValidation } from './content-validation';
import { devServer } from './dev-server';
import { elderModePages } from './elder-mode-pages';
import { openDataCounters } from './open-data-counters';
import { pagefindIndex } from './pagefind-index';
import { publicationCount } from './publication-count';
import { securityHeaders } from './security-headers';

/**
 * The parts of a build in their required order. Content is validated in the first part's
 * `astro:config:setup`, before anything reads it; `astro:build:done` hooks run in this order, so
 * the sitemap and the search index exist before the publication count reads them, and the swap
 * into the output folder comes last, when every other part has succeeded.
 */
export const PART_ORDER = [
  'gongkai:content-validation',
  'gongkai:dev-server',
  '@astrojs/sitemap',
  'gongkai:pagefind-index',
  'gongkai:security-headers',
  'gongkai:elder-mode-pages',
  'gongkai:publication-count',
  'gongkai:atomic-output',
] as const;

/** Parts every build has; the sitemap is left out when site.json gives no address (it needs absolute URLs). */
const REQUIRED_PARTS: ReadonlySet<string> = new Set(PART_ORDER.filter((name) => name !== '@astrojs/sitemap'));

/** Fails unless `names` are known parts, each once, every required one present, in PART_ORDER's order. */
export function assertPartOrder(names: readonly string[]): void {
  const positions = names.map((name) => (PART_ORDER as readonly string[]).indexOf(name));
  const unknown = names.filter((_, index) => positions[index] === -1);
  if (unknown.length > 0) throw new Error(`gongkai(): unknown build parts ${unknown.join(', ')}`);
  const missing = [...REQUIRED_PARTS].filter((name) => !names.includes(name));
  if (missing.length > 0) throw new Error(`gongkai(): the build lacks ${missing.join(', ')}`);
  positions.forEach((position, index) => {
    if (index > 0 && position <= positions[index - 1]!) {
      throw new Error(`gongkai(): ${names[index - 1]} comes before ${names[index]}, but the build's parts run in the order ${PART_ORDER.join(' → ')}`);
    }
  });
}

/** The integrations one build of `config` into `outDir` consists of, in their required order (checked). */
export function gongkaiParts(config: GongkaiConfig, outDir: string, build: { searchShardSize?: number | undefined } = {}): AstroIntegration[] {
  const { site, contentDir, searchBundle, searchRecordsFile } = config;
  const parts = [
    // Given the output folder, the build compares with the catalogue the previous build left there.
    contentValidation({ contentDir, site, outDir }),
    // Active only under `astro dev`: re-validation while editing, and the last build's search index.
    devServer({ contentDir, site, siteDir: outDir, bundleDir: searchBundle }),
    ...(site.site ? [sitemap({ filter: (page) => !page.endsWith('/404/') })] : []),
    pagefindIndex({
      bundleDir: searchBundle,
      recordsFile: searchRecordsFile,
      // Beside Astro's data store for the same content folder: a rebuild indexes only the shards that changed.
      shardCacheDir: resolve(cacheDirFor(contentDir), 'search-shards'),
      ...(build.searchShardSize ? { shardSize: build.searchShardSize } : {}),
    }),
    securityHeaders(),
    // Given the output folder and a record beside the data store, a rebuild copies only the pages that changed.
    elderModePages({ previousSite: outDir, recordFile: resolve(cacheDirFor(contentDir), 'elder-copies.json') }),
    publicationCount({
      contentDir,
      searchBundleDir: searchBundle,
      counters: openDataCounters({ feeds: Boolean(site.site), feedEntries: site.feedEntries }),
    }),
    atomicOutput(),
  ];
  assertPartOrder(parts.map((part) => part.name));
  return parts;
}
