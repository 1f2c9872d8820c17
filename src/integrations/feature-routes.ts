import type { InjectedRoute } from 'astro';
import type { SiteFeatures } from '../schemas/site-features';

/** The pages each feature switch (site.json `features`) adds; they live in src/feature-pages/, outside Astro's file routing. */
const FEATURE_ROUTES: Record<keyof SiteFeatures, ReadonlyArray<{ pattern: string; file: string }>> = {
  statistics: [{ pattern: '/stats', file: 'stats.astro' }],
  people: [
    { pattern: '/people', file: 'people/index.astro' },
    { pattern: '/people/[person]/[...page]', file: 'people/[person]/[...page].astro' },
  ],
};

/** The routes of the features that are on, for `injectRoute`. */
export function featureRoutes(features: SiteFeatures): InjectedRoute[] {
  return (Object.keys(FEATURE_ROUTES) as Array<keyof SiteFeatures>)
    .filter((feature) => features[feature])
    .flatMap((feature) => FEATURE_ROUTES[feature].map(({ pattern, file }) => ({ pattern, entrypoint: new URL(`../feature-pages/${file}`, import.meta.url) })));
}
