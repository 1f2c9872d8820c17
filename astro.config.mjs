// @ts-check
import { createHash } from 'node:crypto';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { publicationCount } from './src/integrations/publication-count.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { minutesMarkdownOptions, minutesMarkdownSettings } from './src/markdown/pipeline.ts';
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
  markdown: { ...minutesMarkdownSettings, processor: unified(minutesMarkdownOptions) },
  // Order matters: build:done hooks run in this order, and the swap into outDir comes last.
  integrations: [pagefindIndex(), securityHeaders(), publicationCount({ contentDir: project.contentDir }), atomicOutput()],
  vite: {
    // Scripts and styles stay separate files, so pages carry no inline code.
    build: { assetsInlineLimit: 0 },
  },
});
