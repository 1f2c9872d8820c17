import { cp, lstat, readdir } from 'node:fs/promises';
import { accessSync, constants, existsSync, readdirSync, renameSync, rmSync, statfsSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { basename, dirname, join, sep } from 'node:path';

/** Every folder one build of `target` uses besides the target itself. */
export interface OutputFolders {
  /** The published site. */
  target: string;
  /** Its parent, where the swap happens; the folder failures are reported against. */
  parent: string;
  /** Hidden sibling holding the complete new site just before the swap; on the target's file system. */
  staging: string;
  /** Hidden sibling holding the previous site for the moment between the two renames of the swap. */
  previous: string;
  /** Exclusive lock file: one build of this target at a time. */
  lock: string;
  /** Where Astro writes the site: `staging`, or a folder inside the project when `staging` is outside it (see `astroStagingFor`). */
  astroStaging: string;
}

/** The hidden sibling folder a build writes into before it replaces the output folder. */
export function stagingDirFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.staging`);
}

/**
 * Where Astro itself should write. Astro renders pages into `<outDir>/.prerender` when the output
 * folder is inside the working folder and into `<cwd>/.astro/.prerender` otherwise, then renames
 * them into the output folder, which fails (EXDEV) across file systems. A staging folder inside
 * the project keeps all of Astro's renames on one file system, whatever the target is.
 */
export function astroStagingFor(target: string, cwd: string): string {
  const staging = stagingDirFor(target);
  if (staging.startsWith(`${cwd}${sep}`)) return staging;
  const key = createHash('sha256').update(target).digest('hex').slice(0, 12);
  return join(cwd, '.astro', 'staging', `${basename(target)}-${key}`);
}

export function outputFoldersFor(target: string, cwd: string): OutputFolders {
  const parent = dirname(target);
  const name = basename(target);
  return {
    target,
    parent,
    staging: stagingDirFor(target),
    previous: join(parent, `.${name}.previous`),
    lock: join(parent, `.${name}.lock`),
    astroStaging: astroStagingFor(target, cwd),
  };
}

/** Throws the file system's own error (ENOENT, ENOTDIR, EROFS, EACCES) when the target's parent cannot take a new site. */
export function assertWritableParent(parent: string): void {
  if (!statSync(parent).isDirectory()) throw Object.assign(new Error(`${parent} is not a directory`), { code: 'ENOTDIR' });
  accessSync(parent, constants.W_OK);
}

/** Bytes an unprivileged process may still write on the file system holding `folder`. */
export function freeBytes(folder: string): number {
  const stats = statfsSync(folder);
  return stats.bavail * stats.bsize;
}

/** Bytes of the files below `dir` (0 when it does not exist), read by the file system's thread pool, so the main thread can go on meanwhile. */
export async function bytesBelowInBackground(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  let sum = 0;
  // A few hundred at a time: enough to keep the pool busy, few enough to stay light on memory.
  for (let start = 0; start < files.length; start += 256) {
    const sizes = await Promise.all(files.slice(start, start + 256).map(async (entry) => (await lstat(join(entry.parentPath, entry.name))).size));
    sum += sizes.reduce((a, b) => a + b, 0);
  }
  return sum;
}

/**
 * Fails (ENOSPC) when the target's file system has less room than the previous site takes: the
 * new site is written there in full before the old one is removed. A disk that fills anyway is
 * caught where the write fails. Started as the build starts and awaited before any page is
 * built, since measuring a large archive's site takes seconds the content check can use.
 */
export async function assertRoomForNewSite(target: string, parent: string): Promise<void> {
  const needed = await bytesBelowInBackground(target);
  const free = freeBytes(parent);
  if (free < needed) {
    throw Object.assign(new Error(`${parent} has ${free} bytes free; the previous site takes ${needed}`), { code: 'ENOSPC' });
  }
}

/**
 * Moves a finished site onto the target's file system: a rename when it is already there, else a
 * copy into `staging` (beside the target) followed by removing the source. A failed copy removes
 * what it wrote before the error is passed on. (The copy is `fs.promises.cp`: Node's `cpSync`
 * reports a full disk as EIO.)
 */
export async function bringOntoTargetFileSystem(source: string, staging: string): Promise<void> {
  if (source === staging) return;
  rmSync(staging, { recursive: true, force: true });
  try {
    renameSync(source, staging);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  try {
    await cp(source, staging, { recursive: true, errorOnExist: true, force: false, verbatimSymlinks: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(source, { recursive: true, force: true });
}

/** The suffix of a previous site being removed after a swap (see removeInBackground). */
const REMOVING = '.removing-';

/**
 * Removes a folder in a process of its own that outlives the build: a large archive's previous
 * site is tens of thousands of files, and the new site is already in place.
 */
function removeInBackground(folder: string): void {
  const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], { detached: true, stdio: 'ignore' });
  child.unref();
}

/**
 * Puts `staging` in the place of `target` with two renames on one file system, so the target is
 * always either the whole previous site or the whole new one (never half written). The previous
 * site is removed only after the new one is in place, and put back if the second rename fails;
 * `removal: 'background'` renames it aside and removes it in a process that outlives the build.
 */
export function replaceDirectory(staging: string, target: string, previous = join(dirname(target), `.${basename(target)}.previous`), removal: 'wait' | 'background' = 'wait'): void {
  rmSync(previous, { recursive: true, force: true });
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadTarget) renameSync(previous, target);
    throw error;
  }
  if (!hadTarget) return;
  if (removal === 'wait') {
    rmSync(previous, { recursive: true, force: true });
    return;
  }
  const aside = `${previous}${REMOVING}${process.pid}-${Date.now()}`;
  renameSync(previous, aside);
  removeInBackground(aside);
}

/**
 * Clears what a build that was killed left behind, before a new one starts (under the lock, so it
 * is never another running build's). A previous site parked between the two renames of a swap is
 * put back when the target is missing. Returns one line for the log, or nothing when all was clean.
 */
export function recoverLeftovers(folders: OutputFolders): string | undefined {
  const done: string[] = [];
  if (existsSync(folders.previous)) {
    if (existsSync(folders.target)) {
      rmSync(folders.previous, { recursive: true, force: true });
      done.push(`removed ${folders.previous}`);
    } else {
      renameSync(folders.previous, folders.target);
      done.push(`put the previous site back from ${folders.previous}`);
    }
  }
  // Previous sites set aside for removal: the removal may have been stopped, or may still be running
  // (two removals of one folder only skip each other's files), so a failure here is left to the next build.
  const aside = `${basename(folders.previous)}${REMOVING}`;
  const parked = existsSync(dirname(folders.previous)) ? readdirSync(dirname(folders.previous)).filter((entry) => entry.startsWith(aside)) : [];
  for (const name of parked) {
    try {
      rmSync(join(dirname(folders.previous), name), { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Still being removed by the process a previous build started.
    }
  }
  for (const folder of new Set([folders.staging, folders.astroStaging])) {
    if (!existsSync(folder)) continue;
    rmSync(folder, { recursive: true, force: true });
    done.push(`removed ${folder}`);
  }
  return done.length > 0 ? `an earlier build of ${folders.target} did not finish: ${done.join(', ')}` : undefined;
}
