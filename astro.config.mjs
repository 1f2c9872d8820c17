// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
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
  markdown: { ...minutesMarkdownSettings, processor: unified(minutesMarkdownOptions) },
  // gongkai() reads site.json (site, base) and adds every other part of the build in its required order.
  integrations: [gongkai({ contentDir, searchBundle: 'pagefind' })],
  vite: {
    // Scripts and styles stay separate files, so pages carry no inline code.
    build: { assetsInlineLimit: 0 },
  },
});
