import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirFor } from '../config/project-paths';
import { loadSiteConfig } from '../config/site-config';
import { virtualConfigPlugin, type GongkaiConfig } from '../config/virtual-config';
import { gongkaiOptionsSchema, type GongkaiOptions, type ResolvedGongkaiOptions } from '../schemas/gongkai-options';
import { featureRoutes } from './feature-routes';
import { gongkaiParts } from './gongkai-parts';

/** Options as an error an editor can act on, without a stack trace. */
function parseOptions(options: GongkaiOptions): ResolvedGongkaiOptions {
  const parsed = gongkaiOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const failure = new Error(`astro.config.mjs: gongkai(): ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  failure.stack = '';
  throw failure;
}

/**
 * Gongkai as one Astro integration, the only entry in astro.config.mjs: reads and validates the
 * content folder's site.json once, sets the site's address, base path and cache from it, hands it
 * to every page through `virtual:gongkai/config`, adds the pages of the features that are on, and
 * adds the build's parts in their required order (src/integrations/gongkai-parts.ts).
 */
export function gongkai(options: GongkaiOptions = {}): AstroIntegration {
  const { contentDir: contentFolder, searchBundle, searchShardSize } = parseOptions(options);
  const contentDir = resolve(contentFolder);
  return {
    name: 'gongkai',
    hooks: {
      'astro:config:setup': ({ command, config: astroConfig, updateConfig, injectRoute }) => {
        const cacheDir = new URL(`${cacheDirFor(contentDir)}/`, astroConfig.root);
        const searchRecordsFile = command === 'build' ? fileURLToPath(new URL('search-records.json', cacheDir)) : null;
        const config: GongkaiConfig = { site: loadSiteConfig(contentDir), contentDir, searchBundle, searchRecordsFile };
        for (const route of featureRoutes(config.site.features)) injectRoute(route);
        // Astro runs integrations added here right after this one, in this order.
        updateConfig({
          ...(config.site.site ? { site: config.site.site } : {}),
          base: config.site.base,
          // Resolved against the root here: Astro resolves only the folders written in astro.config.mjs.
          cacheDir,
          // Pages whose cacheKey (src/utils/page-cache-keys.ts) and code are unchanged are copied from the last build.
          experimental: { incrementalBuild: true },
          integrations: gongkaiParts(config, fileURLToPath(astroConfig.outDir), { searchShardSize }),
          vite: { plugins: [virtualConfigPlugin(config)] },
        });
      },
    },
  };
}
