// @ts-check
import { createHash } from 'node:crypto';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { rehypeAgendaAnchors } from './src/markdown/rehype-agenda-anchors.ts';
import { rehypeNumberedPoints } from './src/markdown/rehype-numbered-points.ts';
import { resolveProject } from './src/utils/project.ts';

// GONGKAI_CONTENT and GONGKAI_OUT let one checkout build another content folder (the tests build fixtures).
const project = resolveProject(process.env);
// Content caches are kept per content folder so two folders never share a data store.
const cacheKey = createHash('sha256').update(project.contentDir).digest('hex').slice(0, 12);

export default defineConfig({
  ...(project.site.site ? { site: project.site.site } : {}),
  base: project.site.base,
  outDir: project.outDir,
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      // Official text is published as written: no curly-quote or dash rewriting.
      smartypants: false,
      rehypePlugins: [rehypeAgendaAnchors, rehypeNumberedPoints],
    }),
  },
  integrations: [
    contentValidation({ contentDir: project.contentDir }),
    // A sitemap needs absolute URLs, so it is written only when site.json gives the site's address.
    ...(project.site.site ? [sitemap({ filter: (page) => !page.endsWith('/404/') })] : []),
    pagefindIndex(),
  ],
  vite: {
    // Scripts and styles stay separate files, so pages carry no inline code.
    build: { assetsInlineLimit: 0 },
  },
});
