import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface PagefindIndexOptions {
  /** Folder inside the site that receives the index. */
  bundleDir?: string;
}

/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`, so the one build
 * command leaves a searchable site. Any Pagefind error fails the build.
 */
export function pagefindIndex(options: PagefindIndexOptions = {}): AstroIntegration {
  const bundleDir = options.bundleDir ?? 'pagefind';
  return {
    name: 'gongkai:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`cannot create the search index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) throw new Error(`search indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(siteDir, bundleDir) });
          if (written.errors.length > 0) throw new Error(`writing the search index failed: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into ${bundleDir}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
