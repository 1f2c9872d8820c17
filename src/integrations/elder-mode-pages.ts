import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ElderCopyJob } from '../utils/elder-copies';
import { decodedPath, ELDER_SEGMENT, pageUrlOf } from '../utils/elder-pages';
import { filesBelow } from '../utils/files';
import { runWorkers } from '../utils/worker-tasks';

const WORKER_FILE = fileURLToPath(new URL('../utils/elder-copies-worker.ts', import.meta.url));

export interface ElderModePagesOptions {
  /** Worker threads the copies are shared among; default: the machine's cores. */
  workers?: number;
}

/**
 * Writes the 长者模式 copy of every built page under /elder/ (see src/utils/elder-pages.ts), so the
 * mode stays on from page to page without JavaScript. Runs after every integration that changes
 * pages, so each copy is of the finished page; the pages are shared among worker threads, one
 * per core.
 */
export function elderModePages(options: ElderModePagesOptions = {}): AstroIntegration {
  const workers = options.workers ?? availableParallelism();
  let base = '/';
  return {
    name: 'gongkai:elder-mode-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const files = filesBelow(root).filter((file) => pageUrlOf(file, base) !== undefined && !file.startsWith(`${ELDER_SEGMENT}/`));
        const pages = files.map((file) => decodedPath(pageUrlOf(file, base) as string) as string);
        // Every worker gets every workers-th page, so large and small pages are shared evenly.
        const jobs: ElderCopyJob[] = Array.from({ length: Math.max(1, workers) }, (_, share) => ({
          root,
          files: files.filter((_, index) => index % workers === share),
          pages,
          base,
        })).filter((job) => job.files.length > 0);
        await runWorkers(WORKER_FILE, jobs, workers);
        logger.info(`长者模式: ${files.length} pages copied under /${ELDER_SEGMENT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
