import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

/**
 * Mounts a fresh tmpfs of `size` (e.g. `2m`) at `dir`: a real file system of its own, for
 * output on another device, a full disk or a read-only one. Needs root, as in CI.
 */
export function mountTmpfs(dir: string, size: string, options: { readOnly?: boolean } = {}): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${options.readOnly ? ',ro' : ''}`, 'tmpfs', dir]);
}

/** Makes a mounted tmpfs read-only or writable again, keeping what it holds. */
export function remountTmpfs(dir: string, readOnly: boolean): void {
  execFileSync('mount', ['-o', `remount,${readOnly ? 'ro' : 'rw'}`, dir]);
}

/** Unmounts `dir` (lazily, so a process that still has a file open cannot keep it) and removes the folder. */
export function unmountTmpfs(dir: string): void {
  execFileSync('umount', ['-l', dir]);
  rmSync(dir, { recursive: true, force: true });
}
