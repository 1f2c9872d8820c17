import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { astroBuild } from './astro-build';
import { fixtureBuildLog, fixtureContentDir, fixtureSiteDir } from './paths';

/** Vitest global setup: builds the fixture site once per run; a failed build fails the run with Astro's output. */
export default function buildFixtureSite(): void {
  rmSync(fixtureSiteDir, { recursive: true, force: true });
  // A build refuses an output folder whose parent is missing (a mistyped deploy path), so a fresh clone makes it here.
  mkdirSync(dirname(fixtureSiteDir), { recursive: true });
  const { status, output } = astroBuild(fixtureContentDir, fixtureSiteDir);
  writeFileSync(fixtureBuildLog, output);
  if (status !== 0) throw new Error(`astro build of the fixture content failed:\n${output}`);
}
