import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The hidden sibling folder a build writes into before it replaces the output folder. */
export function stagingDirFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.staging`);
}

/**
 * Puts `staging` in the place of `target` with two renames on one file system, so the target is
 * always either the whole previous site or the whole new one (never half written). The previous
 * site is removed only after the new one is in place.
 */
export function replaceDirectory(staging: string, target: string): void {
  const previous = join(dirname(target), `.${basename(target)}.previous`);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Makes `astro build` atomic: the site is built into a staging folder and swapped in only when
 * every step (pages, search index, checks) succeeded, so a failed build leaves the previous
 * output untouched and a deploy never ships half a site. Must be the last integration, so its
 * swap runs after every other integration's `astro:build:done`. `dev` and `preview` are unchanged.
 */
export function atomicOutput(): AstroIntegration {
  let target: string | undefined;
  return {
    name: 'gongkai:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir).replace(/\/+$/u, '');
        const staging = stagingDirFor(target);
        // Leftovers of an earlier failed build are never reused.
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!target) return;
        replaceDirectory(fileURLToPath(dir).replace(/\/+$/u, ''), target);
        logger.info(`site written to ${target}`);
      },
    },
  };
}
