/**
 * Pagefind 1.6's index files as the build reads and writes them when it merges shards
 * (pagefind-merge.ts): the metadata (`pagefind.<hash>.pf_meta`), the word chunks
 * (`index/<hash>.pf_index`) and the filters (`filter/<hash>.pf_filter`), each gzip of a signature
 * and CBOR arrays. Only the shapes below are known; anything else fails with the file's name, and
 * the index build checks the bundle's version first (checkPagefindVersion).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gunzipSync, gzip, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** One page's occurrences of a word: the page number as a difference from the previous posting's, positions, positions in metadata. */
export type Posting = [pageDelta: number, locations: number[], metaLocations: number[]];
/** A longer form of a word (Pagefind's metadata words) with its own postings. */
export type Variant = [word: string, postings: Posting[]];
/** One word of a chunk. */
export type WordEntry = [word: string, postings: Posting[], variants: Variant[]];
/** One page of the metadata: its fragment's hash and word count, then fields kept as they are. */
export type MetaPage = [hash: string, wordCount: number, ...rest: unknown[]];
/** The words from…to a chunk holds (shortest distinguishing prefixes), and its hash. */
export type MetaChunk = [from: string, to: string, hash: string];
export type MetaFilter = [name: string, hash: string];
/** A sort's pages in ascending order of its value. */
export type MetaSort = [name: string, pages: number[]];
export type MetaIndex = [version: string, pages: MetaPage[], chunks: MetaChunk[], filters: MetaFilter[], sorts: MetaSort[], metaFields: string[]];
/** A filter's values with the (ascending) numbers of the pages that have them. */
export type FilterIndex = [name: string, values: Array<[value: string, pages: number[]]>];

const gzipInBackground = promisify(gzip);

/** Pagefind prefixes every decompressed data file with this signature. */
const SIGNATURE = Buffer.from('pagefind_dcd');

function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}; the index merge is written for Pagefind 1.6's format (src/search/pagefind-bundle.ts)`);
}

/** The CBOR value of a Pagefind data file. */
function readData(path: string): unknown {
  const bytes = gunzipSync(readFileSync(path));
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) fail(path, 'no Pagefind signature');
  return decode(bytes.subarray(SIGNATURE.length), { useMaps: false });
}

/** A Pagefind data file holding `value`. */
export function encodeData(value: unknown): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, encode(value)]));
}

/** encodeData, compressed on libuv's thread pool, so the compression of many files runs beside the code that makes them. */
export function encodeDataInBackground(value: unknown): Promise<Buffer> {
  return gzipInBackground(Buffer.concat([SIGNATURE, encode(value)]));
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isPairList = (value: unknown): boolean => Array.isArray(value) && value.every((item) => Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] !== 'undefined');

export function readMeta(path: string): MetaIndex {
  const meta = readData(path);
  if (!Array.isArray(meta) || meta.length !== 6 || typeof meta[0] !== 'string') fail(path, 'metadata is not the six fields of version 1.6');
  const [, pages, chunks, filters, sorts, fields] = meta as unknown[];
  if (!Array.isArray(pages) || !pages.every((page) => Array.isArray(page) && typeof page[0] === 'string' && typeof page[1] === 'number')) fail(path, 'pages are not [hash, word count, …]');
  if (!Array.isArray(chunks) || !chunks.every((chunk) => isStringArray(chunk) && chunk.length === 3)) fail(path, 'chunks are not [from, to, hash]');
  if (!isPairList(filters) || !isPairList(sorts) || !isStringArray(fields)) fail(path, 'filters, sorts or metadata fields have another shape');
  return meta as MetaIndex;
}

export function readChunk(path: string): WordEntry[] {
  const chunk = readData(path);
  if (!Array.isArray(chunk) || chunk.length !== 1 || !Array.isArray(chunk[0])) fail(path, 'a chunk is not [words]');
  const words = chunk[0] as unknown[];
  for (const entry of words) {
    if (!Array.isArray(entry) || entry.length !== 3 || typeof entry[0] !== 'string' || !Array.isArray(entry[1]) || !Array.isArray(entry[2])) fail(path, 'a word is not [word, postings, variants]');
  }
  return words as WordEntry[];
}

export function readFilter(path: string): FilterIndex {
  const filter = readData(path);
  if (!Array.isArray(filter) || filter.length !== 2 || typeof filter[0] !== 'string' || !isPairList(filter[1])) fail(path, 'a filter is not [name, [[value, pages]]]');
  return filter as FilterIndex;
}

/**
 * Orders strings by their UTF-8 bytes, as Pagefind (Rust) sorts words and compares chunk bounds,
 * without encoding them (the merge compares every word of every shard). UTF-8 order is code point
 * order, which differs from UTF-16 unit order only between a surrogate (a character beyond U+FFFF)
 * and a unit from U+E000 up; those are moved into code point order before comparing.
 */
export function compareBytes(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** A UTF-16 unit's rank in code point order: surrogates after every other unit of the BMP. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/** Content hash file names as Pagefind writes them (`zxx_` and seven hex digits), longer when `taken` has one. */
export function hashName(language: string, bytes: Uint8Array, taken: ReadonlySet<string>, digits = 7): string {
  const hex = createHash('sha256').update(bytes).digest('hex');
  for (let length = digits; length <= hex.length; length += 1) {
    const name = `${language}_${hex.slice(0, length)}`;
    if (!taken.has(name)) return name;
  }
  throw new Error(`two index files of ${language} have the same content hash`);
}

const postingsWeight = (postings: readonly Posting[]) => postings.reduce((sum, [, locations, metaLocations]) => sum + locations.length + metaLocations.length + 1, 0);

/**
 * What the chunk size counts for one word: a unit per posting and per location, its variants'
 * included. Close to Pagefind's own count (the same cut for 425 of 432 chunks on 1,000 generated
 * minutes); a cut elsewhere changes only which words share a file.
 */
export function entryWeight(entry: WordEntry): number {
  return postingsWeight(entry[1]) + entry[2].reduce((sum, [, postings]) => sum + postingsWeight(postings), 0);
}

/**
 * The shortest prefixes that still tell the last word of one chunk from the first of the next,
 * as Pagefind names chunk bounds (the browser loads a chunk when a term sorts between them).
 */
export function boundPrefixes(last: string, first: string): [string, string] {
  const a = [...last];
  const b = [...first];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}
