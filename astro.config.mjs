// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { openDataCounters } from './src/integrations/open-data-counters.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { publicationCount } from './src/integrations/publication-count.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { minutesMarkdownOptions, minutesMarkdownSettings } from './src/markdown/pipeline.ts';
import { cacheDirFor, resolveProject } from './src/utils/project.ts';

// GONGKAI_CONTENT and GONGKAI_OUT let one checkout build another content folder (the tests build fixtures).
const project = resolveProject(process.env);

export default defineConfig({
  ...(project.site.site ? { site: project.site.site } : {}),
  base: project.site.base,
  outDir: project.outDir,
  cacheDir: cacheDirFor(project.contentDir),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // One line per build phase instead of one per page (src/utils/build-log.ts).
  logger: { entrypoint: fileURLToPath(new URL('./src/utils/build-log.ts', import.meta.url)), config: { verbose: process.argv.includes('--verbose') || process.env.GONGKAI_VERBOSE === '1' } },
  markdown: { ...minutesMarkdownSettings, processor: unified(minutesMarkdownOptions) },
  // Order matters: content is validated before anything is built; build:done hooks run in this
  // order, and the swap into outDir comes last.
  integrations: [
    contentValidation({ contentDir: project.contentDir }),
    // A sitemap needs absolute URLs, so it is written only when site.json gives the site's address.
    ...(project.site.site ? [sitemap({ filter: (page) => !page.endsWith('/404/') })] : []),
    // Records per Pagefind process (GONGKAI_SEARCH_SHARD_SIZE; the fixture build sets a small one so its search runs on merged shards).
    pagefindIndex(process.env.GONGKAI_SEARCH_SHARD_SIZE ? { shardSize: Number(process.env.GONGKAI_SEARCH_SHARD_SIZE) } : {}),
    securityHeaders(),
    publicationCount({
      contentDir: project.contentDir,
      counters: openDataCounters({ feeds: Boolean(project.site.site), feedEntries: project.site.feedEntries }),
    }),
    atomicOutput(),
  ],
  vite: {
    // Scripts and styles stay separate files, so pages carry no inline code.
    build: { assetsInlineLimit: 0 },
  },
});
