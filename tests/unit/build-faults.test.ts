import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroStagingFor, outputFoldersFor, recoverLeftovers, replaceDirectory } from '../../src/integrations/output-folders';
import { acquireLock, isStale, LockBusyError } from '../../src/integrations/output-lock';
import { describeLockBusy, describeOutputFault, lockWaitSeconds, outputFaultCodes, wantsStackTraces } from '../../src/utils/output-faults';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-faults-'));
  dirs.push(dir);
  return dir;
};

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

/** One sentence: a single full stop at its end, no line break, nothing that looks like a stack frame. */
function expectOneSentence(text: string): void {
  expect(text).not.toMatch(/\n|\s+at\s/u);
  expect(text.match(/。/gu)).toHaveLength(1);
  expect(text.endsWith('。')).toBe(true);
}

describe('file-system failure sentences', () => {
  it.each(outputFaultCodes.map((code) => [code]))('%s names the folder, keeps the English cause and is one sentence', (code) => {
    const sentence = describeOutputFault(code, '/mnt/site');
    expect(sentence).toContain('/mnt/site');
    expectOneSentence(sentence);
  });

  it('says a full disk is full, in the words of the log an operator greps for', () => {
    expect(describeOutputFault('ENOSPC', '/mnt/site')).toContain('no space left on /mnt/site while writing the site');
    expect(describeOutputFault('EROFS', '/mnt/site')).toContain('read-only file system');
    expect(describeOutputFault('EACCES', '/mnt/site')).toContain('permission denied');
    expect(describeOutputFault('ENOENT', '/mnt/site')).toContain('no such directory');
  });

  it('names an unknown code rather than hiding it', () => {
    const sentence = describeOutputFault('EIO', '/mnt/site');
    expect(sentence).toContain('EIO');
    expectOneSentence(sentence);
  });

  it('names the lock holder and the lock file when a build gives up waiting', () => {
    const sentence = describeLockBusy('/srv/dist', '/srv/.dist.lock', { pid: 4242, host: 'deploy-1', since: '2026-12-01T09:00:00Z' }, 30);
    expect(sentence).toMatch(/4242.*deploy-1.*\/srv\/dist.*30 秒.*output folder is locked by another build.*\/srv\/\.dist\.lock/u);
    expect(sentence.match(/。/gu)).toHaveLength(1);
  });

  it('prints stack traces only when asked', () => {
    expect(wantsStackTraces(['node', 'astro', 'build'], {})).toBe(false);
    expect(wantsStackTraces(['node', 'astro', 'build', '--verbose'], {})).toBe(true);
    expect(wantsStackTraces(['node', 'astro', 'build'], { GONGKAI_VERBOSE: '1' })).toBe(true);
  });

  it('waits 20 minutes for another build unless GONGKAI_LOCK_WAIT says otherwise', () => {
    expect(lockWaitSeconds({})).toBe(1200);
    expect(lockWaitSeconds({ GONGKAI_LOCK_WAIT: '0' })).toBe(0);
    expect(lockWaitSeconds({ GONGKAI_LOCK_WAIT: '45' })).toBe(45);
    expect(lockWaitSeconds({ GONGKAI_LOCK_WAIT: 'soon' })).toBe(1200);
  });
});

describe('output lock', () => {
  const holderFile = (path: string, pid: number, host = hostname()) => writeFileSync(path, JSON.stringify({ pid, host, since: '2026-12-01T09:00:00.000Z' }));

  it('is exclusive, records its holder and is released', async () => {
    const path = join(scratch(), '.dist.lock');
    const lock = await acquireLock(path, { waitMs: 0 });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    lock.release();
    expect(existsSync(path)).toBe(false);
    lock.release();
  });

  it('waits for a live holder, then gives up naming it', async () => {
    const path = join(scratch(), '.dist.lock');
    holderFile(path, 1);
    const waited: number[] = [];
    const started = Date.now();
    const attempt = acquireLock(path, { waitMs: 300, pollMs: 50, onWait: (holder) => waited.push(holder.pid) });
    await expect(attempt).rejects.toBeInstanceOf(LockBusyError);
    await expect(attempt).rejects.toMatchObject({ holder: { pid: 1 } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(waited).toEqual([1]);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(1);
  });

  it('gets the lock as soon as the holder releases it', async () => {
    const path = join(scratch(), '.dist.lock');
    holderFile(path, 1);
    setTimeout(() => rmSync(path), 150);
    const lock = await acquireLock(path, { waitMs: 5000, pollMs: 25 });
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock whose holder no longer runs', async () => {
    const path = join(scratch(), '.dist.lock');
    const dead = deadPid();
    holderFile(path, dead);
    const taken: number[] = [];
    const lock = await acquireLock(path, { waitMs: 0, onStale: (holder) => taken.push(holder.pid) });
    expect(taken).toEqual([dead]);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    expect(existsSync(`${path}.break`)).toBe(false);
    lock.release();
  });

  it('never judges a holder on another machine by its pid', () => {
    expect(isStale({ pid: deadPid(), host: 'another-host', since: '' })).toBe(false);
    expect(isStale({ pid: deadPid(), host: hostname(), since: '' })).toBe(true);
    expect(isStale({ pid: 1, host: hostname(), since: '' })).toBe(false);
    expect(isStale({ pid: process.pid, host: hostname(), since: '' })).toBe(true);
  });

  it('reports a folder it cannot write with the file system\'s own code', async () => {
    await expect(acquireLock(join(scratch(), 'missing', '.dist.lock'), { waitMs: 0 })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('output folders', () => {
  it('stages inside the project when the output is outside it, one folder per output', () => {
    expect(astroStagingFor('/work/site/dist', '/work/site')).toBe('/work/site/.dist.staging');
    const outside = astroStagingFor('/mnt/site/dist', '/work/site');
    expect(outside).toMatch(/^\/work\/site\/\.astro\/staging\/dist-[0-9a-f]{12}$/u);
    expect(astroStagingFor('/mnt/other/dist', '/work/site')).not.toBe(outside);
  });

  it('puts back a previous site parked by a swap that was killed between its renames', () => {
    const root = scratch();
    const folders = outputFoldersFor(join(root, 'dist'), join(root, 'project'));
    mkdirSync(folders.previous);
    writeFileSync(join(folders.previous, 'index.html'), 'old');
    mkdirSync(folders.staging);
    const line = recoverLeftovers(folders);
    expect(line).toContain('put the previous site back');
    expect(line).toContain(folders.staging);
    expect(readFileSync(join(folders.target, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(folders.previous) || existsSync(folders.staging)).toBe(false);
    expect(recoverLeftovers(folders)).toBeUndefined();
  });

  it('keeps the previous site when the new one cannot be moved in', () => {
    const root = scratch();
    const target = join(root, 'dist');
    mkdirSync(target);
    writeFileSync(join(target, 'index.html'), 'old');
    expect(() => replaceDirectory(join(root, '.dist.staging'), target)).toThrow(/ENOENT/u);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
  });
});
