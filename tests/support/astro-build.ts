import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './paths';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs a real `astro build` of `contentDir` into `outDir` in a child process, under the Node running the tests. */
export function astroBuild(contentDir: string, outDir: string): BuildResult {
  const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: repoRoot,
    env: { ...process.env, GONGKAI_CONTENT: contentDir, GONGKAI_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
