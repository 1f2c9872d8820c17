import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/** Who holds an output lock, as written into the lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the holder took the lock. */
  since: string;
}

/** A lock this process holds; `release` is safe to call more than once and from an exit handler. */
export interface HeldLock {
  path: string;
  release(): void;
}

export interface LockOptions {
  /** How long to wait for another build to finish, in milliseconds. */
  waitMs: number;
  /** Called once when the lock is busy and this build starts waiting. */
  onWait?: (holder: LockHolder) => void;
  /** Called when a lock left by a build that no longer runs is taken over. */
  onStale?: (holder: LockHolder) => void;
  /** Milliseconds between attempts while waiting. */
  pollMs?: number;
}

/** Thrown when the lock stays busy for the whole wait; carries the holder for the message. */
export class LockBusyError extends Error {
  constructor(readonly lockPath: string, readonly holder: LockHolder | undefined) {
    super(`${lockPath} is held by ${holder ? `process ${holder.pid} on ${holder.host} since ${holder.since}` : 'another process'}`);
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? { pid: holder.pid, host: holder.host, since: String(holder.since ?? '') } : undefined;
  } catch {
    // Gone (released in the meantime) or half written (its holder is writing it right now).
    return undefined;
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock left behind by a build that was killed: its holder ran on this machine and is gone. Our
 * own pid counts as gone too: a fresh container reuses pids, and this process holds no lock yet.
 * A holder on another machine (a shared network folder) is never judged; it is waited for.
 */
export function isStale(holder: LockHolder, self = { pid: process.pid, host: hostname() }): boolean {
  return holder.host === self.host && (holder.pid === self.pid || !processRuns(holder.pid));
}

/** Creates the lock file exclusively (O_EXCL); false when it exists. Other errors (read-only, missing folder) are thrown. */
function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock without racing another build doing the same. Only the process that
 * creates `<lock>.break` may delete the lock, and it checks the holder again first: a lock can
 * change only by being deleted, so one still naming the dead holder cannot be a fresh one. A
 * breaker killed in that moment leaves `.break` with its own dead pid, which the next one removes.
 */
function breakStale(path: string, stale: LockHolder, self: LockHolder): boolean {
  const guard = `${path}.break`;
  if (!tryCreate(guard, self)) {
    const breaker = readHolder(guard);
    if (breaker && isStale(breaker)) rmSync(guard, { force: true });
    return false;
  }
  try {
    const now = readHolder(path);
    if (!now || now.pid !== stale.pid || now.host !== stale.host || now.since !== stale.since) return false;
    rmSync(path, { force: true });
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * Takes the exclusive lock file `path` for this process, waiting up to `waitMs` for another build
 * to release it. The file holds the holder's pid and machine; a lock whose holder is gone is taken
 * over at once (see `isStale`).
 */
export async function acquireLock(path: string, options: LockOptions): Promise<HeldLock> {
  const self: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const deadline = Date.now() + options.waitMs;
  let waiting = false;
  let lastHolder: LockHolder | undefined;
  for (;;) {
    if (tryCreate(path, self)) break;
    const holder = readHolder(path);
    if (holder) lastHolder = holder;
    const stale = holder !== undefined && isStale(holder);
    if (stale && breakStale(path, holder, self)) {
      options.onStale?.(holder);
      continue;
    }
    if (Date.now() >= deadline) throw new LockBusyError(path, lastHolder);
    if (!waiting && holder && !stale) {
      waiting = true;
      options.onWait?.(holder);
    }
    await sleep(Math.min(options.pollMs ?? 250, Math.max(1, deadline - Date.now())));
  }
  let held = true;
  return {
    path,
    release: () => {
      if (!held) return;
      held = false;
      const holder = readHolder(path);
      if (holder && holder.pid === self.pid && holder.host === self.host && holder.since === self.since) rmSync(path, { force: true });
    },
  };
}
