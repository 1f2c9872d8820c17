/**
 * Pagefind's data files, read and rewritten at build time: each is gzip of a signature and a
 * payload. Pagefind keeps each record's indexed content in its fragment file, for its own
 * excerpts; the minutes' index content is the coded two-character terms (see search-text.ts),
 * which the search page never shows, since it checks and quotes the original text carried in the
 * record's metadata. So the index build empties that content, more than half of every fragment the
 * browser fetches (measured on 5,000 generated minutes: 5.7 KB → 2.5 KB per meeting, gzip).
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

interface Fragment {
  url: string;
  content: string;
}

function isFragment(value: unknown): value is Fragment {
  return typeof value === 'object' && value !== null && typeof (value as Fragment).url === 'string' && typeof (value as Fragment).content === 'string';
}

/**
 * A fragment file's payload (one fragment, or a group of fragments keyed by page hash) with every
 * fragment's content empty. Fails on anything else, so a change of Pagefind's format stops the
 * build; `name` says which file.
 */
export function withoutIndexedContent(payload: string, name: string): string {
  const data: unknown = JSON.parse(payload);
  const empty = (fragment: Fragment) => ({ ...fragment, content: '' });
  if (isFragment(data)) return JSON.stringify(empty(data));
  const group = typeof data === 'object' && data !== null ? Object.entries(data) : [];
  if (group.length > 0 && group.every(([, fragment]) => isFragment(fragment))) {
    return JSON.stringify(Object.fromEntries(group.map(([hash, fragment]) => [hash, empty(fragment as Fragment)])));
  }
  throw new Error(`${name}: neither a Pagefind fragment nor a group of fragments`);
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
