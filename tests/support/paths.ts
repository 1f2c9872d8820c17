import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The fixture content folder every build, browser and accessibility test uses. */
export const fixtureContentDir = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

/** Where the fixture site is built; ignored by git. */
export const fixtureSiteDir = fileURLToPath(new URL('../.output/site/', import.meta.url));

/** The log of that build (what `astro build` printed). */
export const fixtureBuildLog = fileURLToPath(new URL('../.output/site-build.log', import.meta.url));
