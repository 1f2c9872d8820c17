/**
 * Pagefind's data files, read and rewritten at build time: each is gzip of a signature and a
 * payload. The index build rewrites fragments (src/search/pagefind-adapter.ts); the publication
 * count reads them.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

/** Pagefind prefixes every decompressed data file with this signature. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** The text of a Pagefind data file (gzip, then a signature, then the payload). */
export function decodePagefindFile(bytes: Uint8Array): string {
  const text = gunzipSync(bytes).toString('utf8');
  return text.startsWith(PAGEFIND_SIGNATURE) ? text.slice(PAGEFIND_SIGNATURE.length) : text;
}

/** A Pagefind data file holding `payload`, as Pagefind writes them. */
export function encodePagefindFile(payload: string): Buffer {
  return gzipSync(PAGEFIND_SIGNATURE + payload);
}

/**
 * The URLs of the search records in one Pagefind fragment file: a file holds either one record
 * ({ url, content, … }) or a group of records keyed by hash.
 */
export function searchRecordUrls(fragment: unknown): string[] {
  if (!fragment || typeof fragment !== 'object') return [];
  const url = (fragment as { url?: unknown }).url;
  if (typeof url === 'string') return [url];
  return Object.values(fragment).flatMap((record) => searchRecordUrls(record));
}
