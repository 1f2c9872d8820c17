/**
 * Filter keys of the search page, in the order it shows them. Kept apart from the zod schema so the
 * browser script can use them without bundling zod.
 */
export const SEARCH_FILTER_KEYS = ['year', 'type', 'topic', 'department', 'kind'] as const;
