import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describeLockBusy, describeOutputFault, errnoCode, lockWaitSeconds, outputFaultCodes, wantsStackTraces } from '../utils/output-faults';
import { acquireLock, LockBusyError, type HeldLock } from './output-lock';
import {
  assertRoomForNewSite,
  assertWritableParent,
  freeBytes,
  bringOntoTargetFileSystem,
  outputFoldersFor,
  recoverLeftovers,
  replaceDirectory,
  type OutputFolders,
} from './output-folders';

export { replaceDirectory, stagingDirFor } from './output-folders';

export interface AtomicOutputOptions {
  /** Seconds to wait for another build of the same output folder (default GONGKAI_LOCK_WAIT, else 20 minutes). */
  lockWaitSeconds?: number;
  /** Print stack traces with failures (default: `--verbose` or GONGKAI_VERBOSE=1). */
  verbose?: boolean;
}

/**
 * The build's failure as Astro will print it: one sentence, and no stack trace unless asked for
 * (Astro prints whatever stack an error carries).
 */
function buildFailure(sentence: string, cause: unknown, verbose: boolean): Error {
  const failure = new Error(sentence, verbose ? { cause } : undefined);
  if (!verbose) failure.stack = '';
  return failure;
}

/** A file-system error in `folder` as one sentence; anything else is passed on unchanged. */
function fileSystemFailure(error: unknown, folder: string, verbose: boolean): unknown {
  const code = errnoCode(error);
  if (!code || !(outputFaultCodes as readonly string[]).includes(code)) return error;
  return buildFailure(describeOutputFault(code, folder), error, verbose);
}

/**
 * The folder whose file system is full, if a failed build's staging sits on one: Astro and its
 * bundler report a full disk in their own words (a bundler panic), so at exit the build says it
 * plainly as well. "Full" is less than 1 MiB left, measured before the staging is removed.
 */
function fullFileSystem(folders: OutputFolders): string | undefined {
  for (const staging of new Set([folders.astroStaging, folders.staging])) {
    if (existsSync(staging) && freeBytes(staging) < 1024 * 1024) return staging === folders.staging ? folders.parent : dirname(staging);
  }
  return undefined;
}

/**
 * Makes `astro build` atomic and safe to run unattended: the site is built into a staging folder
 * and swapped in only when every step (pages, search index, checks) succeeded, so a failed build
 * leaves the previous output untouched and a deploy never ships half a site. One build per output
 * folder at a time (a lock file beside it); what a killed build left is cleared by the next one;
 * an output folder on another file system is reached by a copy onto it before the swap. Must be
 * the last integration, so its swap runs after every other integration's `astro:build:done`.
 * `dev` and `preview` are unchanged.
 */
export function atomicOutput(options: AtomicOutputOptions = {}): AstroIntegration {
  const verbose = options.verbose ?? wantsStackTraces(process.argv, process.env);
  const waitSeconds = options.lockWaitSeconds ?? lockWaitSeconds(process.env);
  let folders: OutputFolders | undefined;
  let lock: HeldLock | undefined;
  /** The check that the previous site's size fits beside it, running while the content is checked; settled, so a build that stops earlier leaves no rejection behind. */
  let roomCheck: Promise<{ error: unknown } | undefined> | undefined;

  /** Removes this build's staging and releases its lock; also run at exit, when Astro stops on an error of its own. */
  const cleanUp = (): void => {
    if (!folders || !lock) return;
    rmSync(folders.astroStaging, { recursive: true, force: true });
    rmSync(folders.staging, { recursive: true, force: true });
    lock.release();
  };

  return {
    name: 'gongkai:atomic-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const target = fileURLToPath(config.outDir).replace(/\/+$/u, '');
        const current = outputFoldersFor(target, process.cwd());
        try {
          assertWritableParent(current.parent);
          lock = await acquireLock(current.lock, {
            waitMs: waitSeconds * 1000,
            onWait: (holder) => logger.info(`${target} is being built by process ${holder.pid} (since ${holder.since}); waiting up to ${waitSeconds} s`),
            onStale: (holder) => logger.info(`took over the lock of process ${holder.pid}, which no longer runs`),
          });
        } catch (error) {
          if (error instanceof LockBusyError) throw buildFailure(describeLockBusy(target, current.lock, error.holder, waitSeconds), error, verbose);
          throw fileSystemFailure(error, current.parent, verbose);
        }
        folders = current;
        process.once('exit', (code) => {
          const full = code === 0 ? undefined : fullFileSystem(current);
          cleanUp();
          if (full) console.error(describeOutputFault('ENOSPC', full));
        });
        try {
          const recovered = recoverLeftovers(current);
          if (recovered) logger.info(recovered);
        } catch (error) {
          throw fileSystemFailure(error, current.parent, verbose);
        }
        roomCheck = assertRoomForNewSite(target, current.parent).then(
          () => undefined,
          (error: unknown) => ({ error }),
        );
        updateConfig({ outDir: pathToFileURL(`${current.astroStaging}/`) });
      },
      'astro:build:start': async () => {
        const outcome = await roomCheck;
        if (outcome && folders) throw fileSystemFailure(outcome.error, folders.parent, verbose);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!folders) return;
        try {
          await bringOntoTargetFileSystem(fileURLToPath(dir).replace(/\/+$/u, ''), folders.staging);
          // The previous site goes in the background: the new one is in place, and a large archive's old one takes a while to delete.
          replaceDirectory(folders.staging, folders.target, folders.previous, 'background');
        } catch (error) {
          throw fileSystemFailure(error, folders.parent, verbose);
        } finally {
          cleanUp();
        }
        logger.info(`site written to ${folders.target}`);
      },
    },
  };
}
