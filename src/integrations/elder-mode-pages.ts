import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { decodedPath, ELDER_SEGMENT, elderCopy, pageUrlOf } from '../utils/elder-pages';
import { filesBelow } from '../utils/files';

/**
 * Writes the 长者模式 copy of every built page under /elder/ (see src/utils/elder-pages.ts), so the
 * mode stays on from page to page without JavaScript. Runs after every integration that changes
 * pages, so each copy is of the finished page.
 */
export function elderModePages(): AstroIntegration {
  let base = '/';
  return {
    name: 'gongkai:elder-mode-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const files = filesBelow(root).filter((file) => pageUrlOf(file, base) !== undefined && !file.startsWith(`${ELDER_SEGMENT}/`));
        const pages = new Set(files.map((file) => decodedPath(pageUrlOf(file, base) as string) as string));
        for (const file of files) {
          const target = join(root, ELDER_SEGMENT, file);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, elderCopy(readFileSync(join(root, file), 'utf8'), pages, base));
        }
        logger.info(`长者模式: ${files.length} pages copied under /${ELDER_SEGMENT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
