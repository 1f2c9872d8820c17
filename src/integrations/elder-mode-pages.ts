import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { elderCopyKey, type ElderCopyJob, type ElderCopyRecord, type ElderCopyShare } from '../utils/elder-copies';
import { decodedPath, ELDER_SEGMENT, pageUrlOf } from '../utils/elder-pages';
import { filesBelow } from '../utils/files';
import { runWorkers } from '../utils/worker-tasks';

const WORKER_FILE = fileURLToPath(new URL('../utils/elder-copies-worker.ts', import.meta.url));
/** The code every copy is made by: a change to it makes every copy anew. */
const COPY_CODE_FILE = fileURLToPath(new URL('../utils/elder-pages.ts', import.meta.url));

export interface ElderModePagesOptions {
  /** Worker threads the copies are shared among; default: the machine's cores. */
  workers?: number;
  /** The output folder, which holds the last build's site (and its copies) until this build replaces it. */
  previousSite?: string | undefined;
  /** Where the record of the copies is kept from one build to the next (see ElderCopyRecord); without it every copy is made anew. */
  recordFile?: string | undefined;
}

/** The record the last build left, if it is readable. */
function readRecord(file: string | undefined): ElderCopyRecord | undefined {
  if (!file || !existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as ElderCopyRecord;
    return typeof record.key === 'string' && typeof record.copies === 'object' ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the 长者模式 copy of every built page under /elder/ (see src/utils/elder-pages.ts), so the
 * mode stays on from page to page without JavaScript. Runs after every integration that changes
 * pages, so each copy is of the finished page; the pages are shared among worker threads, one
 * per core. A page unchanged since the last build gets the copy that build made (see
 * writeElderCopies), so a rebuild after one edit makes only a few copies anew.
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
        const key = elderCopyKey(base, pages, readFileSync(COPY_CODE_FILE, 'utf8'));
        const record = readRecord(options.recordFile);
        // A copy is taken from the last site only after its hash is checked, so a missing or replaced site is simply not used.
        const previous = record && options.previousSite ? { site: options.previousSite, record } : undefined;
        // Each worker writes what it copied here; the record is put together from them.
        const shares = mkdtempSync(join(tmpdir(), 'gongkai-elder-'));
        // Every worker gets every workers-th page, so large and small pages are shared evenly.
        const jobs: ElderCopyJob[] = Array.from({ length: Math.max(1, workers) }, (_, share) => ({
          root,
          files: files.filter((_, index) => index % workers === share),
          pages,
          base,
          key,
          previous,
          recordOut: join(shares, `${share}.json`),
        })).filter((job) => job.files.length > 0);
        const copies: ElderCopyRecord['copies'] = {};
        let reused = 0;
        try {
          await runWorkers(WORKER_FILE, jobs, workers);
          for (const job of jobs) {
            const share = JSON.parse(readFileSync(job.recordOut, 'utf8')) as ElderCopyShare;
            Object.assign(copies, share.copies);
            reused += share.reused;
          }
        } finally {
          rmSync(shares, { recursive: true, force: true });
        }
        if (options.recordFile) {
          mkdirSync(dirname(options.recordFile), { recursive: true });
          writeFileSync(options.recordFile, JSON.stringify({ key, copies } satisfies ElderCopyRecord));
        }
        logger.info(`长者模式: ${files.length} pages copied under /${ELDER_SEGMENT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s (${reused} unchanged since the last build)`);
      },
    },
  };
}
