/**
 * Filter keys of the search page, in the order it shows them. Kept apart from the zod schema so the
 * browser script can use them without bundling zod.
 */
export const SEARCH_FILTER_KEYS = ['year', 'type', 'topic', 'department', 'kind'] as const;

/** The keys each agenda item has its own values for; year and type belong to the whole meeting. */
export const ITEM_FILTER_KEYS = ['topic', 'department', 'kind'] as const satisfies ReadonlyArray<(typeof SEARCH_FILTER_KEYS)[number]>;
