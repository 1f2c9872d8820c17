/** The segment of the list of all minutes by 发布日期, /minutes/latest/: never a document id (the content check refuses the file name). */
export const LATEST_LIST = 'latest';

/** Whether a segment under /minutes/ is a listing (a year's digits or the list by 发布日期) rather than a document. */
export function isMinutesListing(segment: string): boolean {
  return /^\d+$/u.test(segment) || segment === LATEST_LIST;
}

/**
 * Builds a site-internal URL under the configured base, always ending in / (the site is built
 * with directory URLs), e.g. sitePath('/archive/', 'minutes', 'x') → /archive/minutes/x/.
 */
export function sitePath(base: string, ...segments: string[]): string {
  const parts = [base, ...segments].flatMap((part) => part.split('/')).filter(Boolean);
  return parts.length === 0 ? '/' : `/${parts.map(encodeSegment).join('/')}/`;
}

/** Characters encodeURIComponent leaves as they are: a segment of only these needs no encoding (most do: ids, years, route names). */
const UNRESERVED = /^[\w.!~*'()-]*$/u;

/** Percent-encodes a segment once, leaving an already-encoded one as it is. */
function encodeSegment(segment: string): string {
  return UNRESERVED.test(segment) ? segment : encodeURIComponent(decodeURIComponent(segment));
}
