import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './paths';

export interface BuildResult {
  status: number | null;
  output: string;
}

const astroCli = join(repoRoot, 'node_modules/astro/bin/astro.mjs');

/** Records per Pagefind process in test builds: small, so the fixture's few minutes make several shards and every search test runs on a merged index. */
export const TEST_SEARCH_SHARD_SIZE = 4;

function buildEnv(contentDir: string, outDir: string, env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, GONGKAI_CONTENT: contentDir, GONGKAI_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1', GONGKAI_SEARCH_SHARD_SIZE: String(TEST_SEARCH_SHARD_SIZE), ...env };
}

/** Runs a real `astro build` of `contentDir` into `outDir` in a child process, under the Node running the tests; `args` go to astro (e.g. --config). */
export function astroBuild(contentDir: string, outDir: string, env: Record<string, string> = {}, args: string[] = []): BuildResult {
  const result = spawnSync(process.execPath, [astroCli, 'build', ...args], {
    cwd: repoRoot,
    env: buildEnv(contentDir, outDir, env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A build running in the background: its process, and its result once it exits. */
export interface RunningBuild {
  child: ChildProcess;
  done: Promise<BuildResult>;
}

/**
 * Starts the same build as `astroBuild` without waiting for it (to kill it, or to run two at
 * once), in a process group of its own so that `process.kill(-child.pid, signal)` reaches every
 * process of the build.
 */
export function startAstroBuild(contentDir: string, outDir: string, env: Record<string, string> = {}): RunningBuild {
  const child = spawn(process.execPath, [astroCli, 'build'], { cwd: repoRoot, env: buildEnv(contentDir, outDir, env), detached: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const done = new Promise<BuildResult>((resolve) => child.on('close', (status) => resolve({ status, output })));
  return { child, done };
}
