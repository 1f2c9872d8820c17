import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The fixture content folder every build, browser and accessibility test uses. */
export const fixtureContentDir = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

/** Where the fixture site is built; ignored by git. */
export const fixtureSiteDir = fileURLToPath(new URL('../.output/site/', import.meta.url));

/** The log of that build (what `astro build` printed). */
export const fixtureBuildLog = fileURLToPath(new URL('../.output/site-build.log', import.meta.url));

/** The English example site (examples/en-council), built beside the fixture site by the same global setup. */
export const englishContentDir = fileURLToPath(new URL('../../examples/en-council/', import.meta.url));

/** Where the English example is built; ignored by git. */
export const englishSiteDir = fileURLToPath(new URL('../.output/en-site/', import.meta.url));

/** The log of that build. */
export const englishBuildLog = fileURLToPath(new URL('../.output/en-site-build.log', import.meta.url));

/** The sites the quality gates run over: the Chinese fixture and the English example. */
export const builtSites = [
  { name: 'Chinese fixture site', dir: fixtureSiteDir },
  { name: 'English example site', dir: englishSiteDir },
] as const;
