// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { projectPaths } from './src/config/project-paths.ts';
import { gongkai } from './src/integrations/gongkai.ts';
import { minutesMarkdownOptions, minutesMarkdownSettings } from './src/markdown/pipeline.ts';

// GONGKAI_CONTENT and GONGKAI_OUT let one checkout build another content folder (the tests build fixtures).
const { contentDir, outDir } = projectPaths(process.env);

export default defineConfig({
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // One line per build phase instead of one per page (src/utils/build-log.ts).
  logger: { entrypoint: fileURLToPath(new URL('./src/utils/build-log.ts', import.meta.url)), config: { verbose: process.argv.includes('--verbose') || process.env.GONGKAI_VERBOSE === '1' } },
  markdown: { ...minutesMarkdownSettings, processor: unified(minutesMarkdownOptions) },
  // gongkai() reads site.json (site, base) and adds every other part of the build in its required order.
  // GONGKAI_SEARCH_SHARD_SIZE: the fixture builds use small shards, so their search runs on a merged index.
  integrations: [
    gongkai({
      contentDir,
      searchBundle: 'pagefind',
      ...(process.env.GONGKAI_SEARCH_SHARD_SIZE ? { searchShardSize: Number(process.env.GONGKAI_SEARCH_SHARD_SIZE) } : {}),
    }),
  ],
  vite: {
    // Scripts and styles stay separate files, so pages carry no inline code.
    build: { assetsInlineLimit: 0 },
    // The dev server watches the project; generated sites (benchmark corpora, test builds, staging) are not its sources.
    server: { watch: { ignored: ['**/bench/.work/**', '**/tests/.output/**', '**/.dist.*/**', '**/.prof-site/**'] } },
  },
});
