/**
 * Builds a site-internal URL under the configured base, always ending in / (the site is built
 * with directory URLs), e.g. sitePath('/archive/', 'minutes', 'x') → /archive/minutes/x/.
 */
export function sitePath(base: string, ...segments: string[]): string {
  const parts = [base, ...segments].flatMap((part) => part.split('/')).filter(Boolean);
  return parts.length === 0 ? '/' : `/${parts.map(encodeSegment).join('/')}/`;
}

/** Percent-encodes a segment once, leaving an already-encoded one as it is. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(decodeURIComponent(segment));
}
