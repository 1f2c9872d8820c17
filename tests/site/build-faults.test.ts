import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bytesBelowInBackground } from '../../src/integrations/output-folders';
import { filesBelow } from '../../src/utils/files';
import { astroBuild, startAstroBuild } from '../support/astro-build';
import { fixtureContentDir, repoRoot } from '../support/paths';
import { mountTmpfs, remountTmpfs, unmountTmpfs } from '../support/tmpfs';

/**
 * Builds that meet a hostile machine: output on another file system, a full or read-only disk, a
 * build killed half way, two builds at once. Each build is of one minutes file, so it takes seconds.
 */
const work = join(repoRoot, 'tests/.output/build-faults');
const content = join(work, 'content');
const reference = join(work, 'reference');
/** Tmpfs mounts outside the project: another device than the one Astro works on. */
const elsewhere = mkdtempSync(join(tmpdir(), 'gongkai-build-faults-'));
const mounts: string[] = [];

function mount(dir: string, size: string): string {
  mountTmpfs(dir, size);
  mounts.push(dir);
  return dir;
}

/** One hash over a site's file names and bytes: equal hashes, identical sites. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesBelow(dir)) hash.update(`${file}\0`).update(readFileSync(join(dir, file))).update('\0');
  return hash.digest('hex');
}

/** A small stand-in for a previously published site. */
function previousSite(dir: string): string {
  mkdirSync(join(dir, 'minutes'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>上一版</title>');
  writeFileSync(join(dir, 'minutes', 'index.html'), '<!doctype html><title>上一版纪要</title>');
  return treeHash(dir);
}

/** Whatever a build of `target` may leave beside it or in the project: staging, parked previous site, lock. */
/**
 * What a build left beside its output, once the previous site it set aside is removed: that
 * removal runs in a process of its own after the build (src/integrations/output-folders.ts).
 */
async function settledLeftovers(target: string): Promise<string[]> {
  const deadline = Date.now() + 30_000;
  while (leftovers(target).some((entry) => entry.includes('.previous.removing-')) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  return leftovers(target);
}

function leftovers(target: string): string[] {
  const name = basename(target);
  const beside = readdirSync(dirname(target)).filter((entry) => entry.startsWith(`.${name}.`));
  const inProject = existsSync(join(repoRoot, '.astro/staging')) ? readdirSync(join(repoRoot, '.astro/staging')).filter((entry) => entry.startsWith(`${name}-`)) : [];
  return [...beside, ...inProject.map((entry) => `.astro/staging/${entry}`)];
}

/** The one plain sentence, and no stack trace. */
function expectPlainFailure(output: string, sentence: string | RegExp): void {
  expect(output).toMatch(sentence);
  expect(output).not.toMatch(/Stack trace|\n\s+at /u);
}

/** Builds into `target`, which must fail saying `sentence` and leave the site there byte for byte and nothing beside it. */
function expectRefusedBuild(target: string, sentence: string, options: { plain: boolean } = { plain: true }): string {
  const before = treeHash(target);
  const { status, output } = astroBuild(content, target);
  expect(status, output).not.toBe(0);
  if (options.plain) expectPlainFailure(output, sentence);
  else expect(output).toContain(sentence);
  expect(treeHash(target)).toBe(before);
  expect(leftovers(target)).toEqual([]);
  return output;
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(content, 'minutes'), { recursive: true });
  for (const file of ['site.json', 'topics.yaml', 'organisations.yaml', 'people.yaml']) cpSync(join(fixtureContentDir, file), join(content, file));
  cpSync(join(fixtureContentDir, 'minutes/taicang-changwu-2023-05.md'), join(content, 'minutes/taicang-changwu-2023-05.md'));
  // The site every successful build below must equal, built on the project's own file system.
  const { status, output } = astroBuild(content, reference);
  expect(status, output).toBe(0);
});

afterEach(() => {
  for (const dir of mounts.splice(0)) unmountTmpfs(dir);
});

afterAll(() => {
  rmSync(elsewhere, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('output on another file system', () => {
  it('builds into a tmpfs: staged in the project, copied onto the tmpfs, swapped in by rename', async () => {
    const target = join(mount(join(elsewhere, 'volume'), '16m'), 'site');
    previousSite(target);
    const { status, output } = astroBuild(content, target);
    expect(status, output).toBe(0);
    expect(statfsSync(target).type).not.toBe(statfsSync(repoRoot).type);
    expect(treeHash(target)).toBe(treeHash(reference));
    expect(await settledLeftovers(target)).toEqual([]);
  });
});

describe('a disk that cannot take the site', () => {
  it('fails in one sentence when the disk fills while the site is copied onto it, keeping the previous site', () => {
    const volume = mount(join(elsewhere, 'small'), '1m');
    const target = join(volume, 'site');
    previousSite(target);
    expectRefusedBuild(target, `写入网站时 ${volume} 空间不足（no space left on ${volume} while writing the site），请释放空间或另选输出目录。`);
  });

  it('fails before building when the disk has less room than the previous site takes', async () => {
    const volume = mount(join(elsewhere, 'crowded'), '8m');
    const target = join(volume, 'site');
    cpSync(reference, target, { recursive: true });
    // Ballast leaves half the site's size free: the new site cannot be written beside the old one.
    const ballast = statfsSync(volume).bavail * statfsSync(volume).bsize - Math.floor((await bytesBelowInBackground(reference)) / 2);
    writeFileSync(join(volume, 'ballast'), Buffer.alloc(ballast));
    const output = expectRefusedBuild(target, `no space left on ${volume} while writing the site`);
    expect(output).not.toMatch(/Building static entrypoints/u);
  });

  it('says the disk is full when the bundler fills it inside the project, and leaves no staging', () => {
    const volume = mount(join(work, 'full-inside'), '300k');
    const target = join(volume, 'site');
    previousSite(target);
    // The bundler's own report of the full disk comes first, in its words; the sentence follows it.
    expectRefusedBuild(target, `no space left on ${volume} while writing the site`, { plain: false });
  });

  it('fails in one sentence on a read-only file system, keeping the previous site', () => {
    const volume = mount(join(elsewhere, 'read-only'), '16m');
    const target = join(volume, 'site');
    cpSync(reference, target, { recursive: true });
    remountTmpfs(volume, true);
    expectRefusedBuild(target, `${volume} 是只读文件系统（read-only file system: ${volume}）`);
  });

  it('fails in one sentence when the output folder\'s parent is missing, creating nothing', () => {
    const parent = join(elsewhere, 'not-mounted', 'volume');
    const { status, output } = astroBuild(content, join(parent, 'site'));
    expect(status, output).not.toBe(0);
    expectPlainFailure(output, `输出目录的上级目录 ${parent} 不存在（no such directory: ${parent}）`);
    expect(existsSync(join(elsewhere, 'not-mounted'))).toBe(false);
  });

  it('prints the stack trace when asked with GONGKAI_VERBOSE=1', () => {
    const { status, output } = astroBuild(content, join(elsewhere, 'not-mounted', 'site'), { GONGKAI_VERBOSE: '1' });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/no such directory/u);
    expect(output).toMatch(/Stack trace/u);
  });
});

/** Two builds in one test: room for both on a loaded machine. */
const twoBuilds = { timeout: 150_000 };

describe('a build killed half way', twoBuilds, () => {
  it('leaves the previous site whole, and the next build clears its staging and lock in one line each', async () => {
    const target = join(work, 'killed');
    cpSync(reference, target, { recursive: true });
    const before = treeHash(target);
    const staging = join(work, '.killed.staging');
    const build = startAstroBuild(content, target);
    // Killed once Astro has written into the staging folder.
    while (!existsSync(join(staging, '.prerender'))) {
      if (build.child.exitCode !== null) throw new Error(`the build ended before it could be killed:\n${(await build.done).output}`);
      await sleep(20);
    }
    process.kill(-build.child.pid!, 'SIGKILL');
    expect((await build.done).status).toBeNull();
    expect((await settledLeftovers(target)).sort()).toEqual(['.killed.lock', '.killed.staging']);
    expect(treeHash(target)).toBe(before);

    const next = astroBuild(content, target);
    expect(next.status, next.output).toBe(0);
    expect(next.output).toMatch(/took over the lock of process \d+, which no longer runs/u);
    expect(next.output).toContain(`an earlier build of ${target} did not finish: removed ${staging}\n`);
    expect(treeHash(target)).toBe(treeHash(reference));
    expect(await settledLeftovers(target)).toEqual([]);
  });
});

describe('two builds of one output folder at once', twoBuilds, () => {
  it('runs them one after the other: the second waits for the first, and both swap in a whole site', async () => {
    const target = join(work, 'together');
    previousSite(target);
    const builds = [startAstroBuild(content, target), startAstroBuild(content, target)];
    const results = await Promise.all(builds.map((build) => build.done));
    for (const { status, output } of results) expect(status, output).toBe(0);
    expect(results.filter(({ output }) => / is being built by process \d+ .*; waiting up to 1200 s/u.test(output))).toHaveLength(1);
    expect(treeHash(target)).toBe(treeHash(reference));
    expect(await settledLeftovers(target)).toEqual([]);
  });

  it('fails the second in one sentence when it may not wait, and the first completes the site', async () => {
    const target = join(work, 'impatient');
    previousSite(target);
    const first = startAstroBuild(content, target);
    while (!existsSync(join(work, '.impatient.lock'))) {
      if (first.child.exitCode !== null) throw new Error(`the first build ended before it took the lock:\n${(await first.done).output}`);
      await sleep(20);
    }
    // Paused while it holds the lock, so the second surely finds it taken, however loaded the machine.
    process.kill(-first.child.pid!, 'SIGSTOP');
    const secondResult = astroBuild(content, target, { GONGKAI_LOCK_WAIT: '0' });
    process.kill(-first.child.pid!, 'SIGCONT');
    const firstResult = await first.done;
    expect(firstResult.status, firstResult.output).toBe(0);
    expect(secondResult.status, secondResult.output).not.toBe(0);
    expectPlainFailure(secondResult.output, new RegExp(`另一个构建进程 ${first.child.pid}（.*）正在写入 ${target}，等待 0 秒后仍未结束（output folder is locked by another build: ${work}/\\.impatient\\.lock）`, 'u'));
    expect(treeHash(target)).toBe(treeHash(reference));
    expect(await settledLeftovers(target)).toEqual([]);
  });
});
