/** Where every page of the dev server asks for the current status (outside the base path, so it never shadows a page). */
export const DEV_STATUS_PATH = '/__gongkai/dev-status.json';

/** The custom hot-update event the dev server sends after each re-validation, carrying the new status. */
export const DEV_STATUS_EVENT = 'gongkai:dev-status';

/** How long the dev server waits after a change before re-validating, so saving several files validates once. */
export const REVALIDATE_DELAY_MS = 200;
