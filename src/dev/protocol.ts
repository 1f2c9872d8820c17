/** Where every page of the dev server asks for the current status (outside the base path, so it never shadows a page). */
export const DEV_STATUS_PATH = '/__gongkai/dev-status.json';

/** The custom hot-update event the dev server sends after each re-validation, carrying the new status. */
export const DEV_STATUS_EVENT = 'gongkai:dev-status';

/** How long the dev server waits after a change before re-validating, so saving several files validates once. */
export const REVALIDATE_DELAY_MS = 200;

/** Replaced by Vite (src/integrations/dev-server.ts defines it): true under `astro dev`, false in a build. */
declare const __GONGKAI_DEV_SERVER__: boolean | undefined;

/** The name the dev-server integration defines. */
export const DEV_SERVER_FLAG = '__GONGKAI_DEV_SERVER__';

/**
 * Whether the page is being served by `astro dev`. Not import.meta.env.DEV: Astro lets a DEV
 * variable in the environment (Vitest sets one) turn that on in a build.
 */
export function isDevServer(): boolean {
  return typeof __GONGKAI_DEV_SERVER__ !== 'undefined' && __GONGKAI_DEV_SERVER__ === true;
}
