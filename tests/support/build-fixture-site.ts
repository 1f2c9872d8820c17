import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { astroBuild } from './astro-build';
import { englishBuildLog, englishContentDir, englishSiteDir, fixtureBuildLog, fixtureContentDir, fixtureSiteDir } from './paths';

/** Builds one content folder; a failed build fails the run with Astro's output. */
function build(contentDir: string, siteDir: string, log: string, what: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  // A build refuses an output folder whose parent is missing (a mistyped deploy path), so a fresh clone makes it here.
  mkdirSync(dirname(siteDir), { recursive: true });
  const { status, output } = astroBuild(contentDir, siteDir);
  writeFileSync(log, output);
  if (status !== 0) throw new Error(`astro build of ${what} failed:\n${output}`);
}

/** Vitest global setup: builds the fixture site and the English example once per run, one after the other (2 cores). */
export default function buildFixtureSite(): void {
  build(fixtureContentDir, fixtureSiteDir, fixtureBuildLog, 'the fixture content');
  build(englishContentDir, englishSiteDir, englishBuildLog, 'the English example (examples/en-council)');
}
