/**
 * Merges Pagefind bundles written one shard of records at a time into the one index Pagefind would
 * have written for all of them: pages numbered shard after shard, every word's postings joined,
 * filters over every page, chunks cut again to the same size (records carry no sorts: see
 * page-order.ts). Pagefind's binary holds every record of an index in memory until it writes
 * (about 1.1 MB per meeting), so the build indexes a shard per process and merges here, reading one
 * chunk of each shard at a time. The browser searches one index as before: one metadata file, one
 * chunk per term, the same ranking.
 */
import { createHash, type Hash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import {
  boundPrefixes, compareBytes, encodeData, encodeDataInBackground, entryWeight, hashName, readChunk, readFilter, readMeta,
  type FilterIndex, type MetaChunk, type MetaIndex, type MetaPage, type Posting, type WordEntry,
} from './pagefind-bundle';
import { numberedName } from './page-order';

/** The part of pagefind-entry.json the merge reads and rewrites. */
const entrySchema = z.looseObject({
  version: z.string(),
  languages: z.record(z.string(), z.looseObject({ hash: z.string(), page_count: z.number() })),
});

export interface MergeOptions {
  /** The one language every shard was indexed under. */
  language: string;
  /** Pagefind's chunk size for the merged chunks (units of entryWeight). */
  chunkSize: number;
  /**
   * Whether the metadata keeps each page's word count. Pagefind reads it only to weigh page length
   * and raw term frequency (its `pageLength` and `termFrequency` ranking options); a site that
   * ranks with neither gets 1 for every page (not 0: Pagefind divides by their average). Every
   * search loads the metadata: the counts were 19 of its 141 KB at 10,000 minutes (gzip).
   */
  wordCounts: 'keep' | 'uniform';
}

interface Shard {
  dir: string;
  meta: MetaIndex;
  /** Number of the shard's first page in the merged index. */
  offset: number;
}

/** The last page number of a shard's postings, read from their differences. */
function lastPage(postings: readonly Posting[], offset: number): number {
  let page = offset;
  for (const posting of postings) page += posting[0];
  return page;
}

/**
 * Joins postings lists of the shards, in shard order, into one: Pagefind stores each page number as
 * the difference from the previous posting's, so only each list's first difference changes. The
 * decoded lists are reused, not copied (they are read once).
 */
function joinPostings(lists: ReadonlyArray<{ postings: Posting[]; offset: number }>): Posting[] {
  let previous = 0;
  const joined: Posting[] = [];
  for (const { postings, offset } of lists) {
    const first = postings[0];
    if (!first) continue;
    const last = lastPage(postings, offset);
    first[0] += offset - previous;
    previous = last;
    for (const posting of postings) joined.push(posting);
  }
  return joined;
}

/** One shard's words in order, one chunk file in memory at a time. */
function* shardWords(shard: Shard): Generator<WordEntry> {
  for (const [, , hash] of shard.meta[2]) yield* readChunk(join(shard.dir, 'index', `${hash}.pf_index`));
}

/** Joins the entries of one word from several shards (in shard order) into the merged entry. */
function joinEntries(word: string, parts: ReadonlyArray<{ entry: WordEntry; offset: number }>): WordEntry {
  const postings = joinPostings(parts.map(({ entry, offset }) => ({ postings: entry[1], offset })));
  const variants = new Map<string, Array<{ postings: Posting[]; offset: number }>>();
  for (const { entry, offset } of parts) {
    for (const [variant, list] of entry[2]) variants.set(variant, [...(variants.get(variant) ?? []), { postings: list, offset }]);
  }
  return [word, postings, [...variants].map(([variant, lists]) => [variant, joinPostings(lists)])];
}

interface Cursor {
  shard: Shard;
  words: Generator<WordEntry>;
  current: WordEntry;
}

/**
 * Every word of every shard in byte order, each once with its postings joined: a k-way merge over
 * a binary heap of the shards' next words (an archive of 50,000 minutes has 100 shards and millions
 * of words, so the next word is never found by looking at every shard). Equal words pop in shard order.
 */
function* mergedWords(shards: readonly Shard[]): Generator<WordEntry> {
  const before = (a: Cursor, b: Cursor) => {
    const order = compareBytes(a.current[0], b.current[0]);
    return order < 0 || (order === 0 && a.shard.offset < b.shard.offset);
  };
  const heap: Cursor[] = [];
  const push = (cursor: Cursor) => {
    heap.push(cursor);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as Cursor, heap[parent] as Cursor)) break;
      [heap[i], heap[parent]] = [heap[parent] as Cursor, heap[i] as Cursor];
      i = parent;
    }
  };
  const pop = (): Cursor => {
    const top = heap[0] as Cursor;
    const last = heap.pop() as Cursor;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < heap.length && before(heap[left] as Cursor, heap[least] as Cursor)) least = left;
        if (right < heap.length && before(heap[right] as Cursor, heap[least] as Cursor)) least = right;
        if (least === i) break;
        [heap[i], heap[least]] = [heap[least] as Cursor, heap[i] as Cursor];
        i = least;
      }
    }
    return top;
  };
  const advance = (cursor: Cursor) => {
    const next = cursor.words.next();
    if (next.done) return;
    cursor.current = next.value;
    push(cursor);
  };
  for (const shard of shards) {
    const words = shardWords(shard);
    const first = words.next();
    if (!first.done) push({ shard, words, current: first.value });
  }
  while (heap.length > 0) {
    const parts = [pop()];
    const word = (parts[0] as Cursor).current[0];
    while (heap.length > 0 && (heap[0] as Cursor).current[0] === word) parts.push(pop());
    yield joinEntries(word, parts.map((cursor) => ({ entry: cursor.current, offset: cursor.shard.offset })));
    for (const cursor of parts) advance(cursor);
  }
}

/** The folder of a set of index files (fragments or chunks), from the hash of the whole set: seven hex digits, as Pagefind names a file. */
function setFolder(set: Hash): string {
  return set.digest('hex').slice(0, 7);
}

/** A chunk's upper bound: the last word's distinguishing prefix, lengthened while it sorts before the chunk's lower bound (as Pagefind does). */
function chunkTo(prefix: string, last: string, from: string): string {
  const chars = [...last];
  let to = prefix;
  for (let length = [...prefix].length; compareBytes(to, from) < 0 && length < chars.length; length += 1) to = chars.slice(0, length + 1).join('');
  return to;
}

/**
 * Writes the merged words as chunks of about `chunkSize`, returning their bounds as the metadata
 * lists them. Chunks are compressed in the background while the next are merged, and named once
 * all are done: `<set>/<n in base 36>`, where `<set>` hashes every chunk, so a changed chunk gives
 * every chunk a new address. The metadata every search loads lists every chunk: with Pagefind's
 * names (a content hash each) the list was 30.3 KB at 10,000 minutes (2,200 chunks, gzip), with
 * these 22.8 KB.
 */
async function writeChunks(shards: readonly Shard[], outDir: string, options: MergeOptions): Promise<MetaChunk[]> {
  const compressing: Array<{ first: string; last: string; bytes: Promise<Buffer> }> = [];
  let pending: WordEntry[] = [];
  let weight = 0;
  const flush = () => {
    compressing.push({ first: (pending[0] as WordEntry)[0], last: (pending[pending.length - 1] as WordEntry)[0], bytes: encodeDataInBackground([pending]) });
    pending = [];
    weight = 0;
  };
  for (const entry of mergedWords(shards)) {
    pending.push(entry);
    weight += entryWeight(entry);
    if (weight >= options.chunkSize) flush();
  }
  if (pending.length > 0) flush();
  const written = await Promise.all(compressing.map(async ({ first, last, bytes }) => ({ first, last, data: await bytes })));
  // Named as the fragments are (writeFragments): the set of every chunk, then the chunk's number.
  const set = createHash('sha256');
  for (const { data } of written) set.update(data);
  const folder = setFolder(set);
  mkdirSync(join(outDir, 'index', folder), { recursive: true });
  const chunks = written.map(({ first, last, data }, number): MetaChunk => {
    const name = numberedName(folder, number);
    writeFileSync(join(outDir, 'index', `${name}.pf_index`), data);
    return [first, last, name];
  });
  for (let i = 0; i + 1 < chunks.length; i += 1) {
    const chunk = chunks[i] as MetaChunk;
    const next = chunks[i + 1] as MetaChunk;
    const [to, from] = boundPrefixes(chunk[1], next[0]);
    chunk[1] = chunkTo(to, chunk[1], chunk[0]);
    next[0] = from;
  }
  return chunks;
}

/** Every filter's values over all shards, written as one file per filter. */
function writeFilters(shards: readonly Shard[], outDir: string, language: string): MetaIndex[3] {
  const filters = new Map<string, Map<string, number[]>>();
  for (const shard of shards) {
    for (const [name, hash] of shard.meta[3]) {
      const [, values] = readFilter(join(shard.dir, 'filter', `${hash}.pf_filter`));
      const merged = filters.get(name) ?? new Map<string, number[]>();
      for (const [value, pages] of values) {
        const list = merged.get(value) ?? [];
        for (const page of pages) list.push(page + shard.offset);
        merged.set(value, list);
      }
      filters.set(name, merged);
    }
  }
  const taken = new Set<string>();
  return [...filters].map(([name, values]) => {
    const filter: FilterIndex = [name, [...values].sort(([a], [b]) => compareBytes(a, b))];
    const bytes = encodeData(filter);
    const hash = hashName(language, bytes, taken);
    taken.add(hash);
    writeFileSync(join(outDir, 'filter', `${hash}.pf_filter`), bytes);
    return [name, hash];
  });
}

/**
 * Copies every shard's fragments under short names and returns the merged page list. Pagefind
 * names a fragment by seven hex digits of its content hash, which the metadata lists for every
 * page (47 of its 141 KB at 10,000 minutes, gzip); here page n is `<set>/<n in base 36>`, where
 * `<set>` hashes the names of all the fragments, so a changed fragment gives every fragment a new
 * address and a cached file is never read for another page.
 */
function writeFragments(shards: readonly Shard[], outDir: string, wordCounts: MergeOptions['wordCounts']): MetaPage[] {
  const set = createHash('sha256');
  for (const shard of shards) {
    for (const [hash, , group] of shard.meta[1]) {
      // Pagefind writes fragment groups only when asked to; their keys would need renaming too.
      if (typeof group === 'string' && group !== '') throw new Error(`${shard.dir}: the page ${hash} is in a fragment group, which the index merge does not handle`);
      set.update(`${hash}\n`);
    }
  }
  const folder = setFolder(set);
  mkdirSync(join(outDir, 'fragment', folder), { recursive: true });
  let page = 0;
  return shards.flatMap((shard) =>
    shard.meta[1].map(([hash, wordCount, ...rest]): MetaPage => {
      const name = numberedName(folder, page);
      page += 1;
      copyFileSync(join(shard.dir, 'fragment', `${hash}.pf_fragment`), join(outDir, 'fragment', `${name}.pf_fragment`));
      return [name, wordCounts === 'keep' ? wordCount : 1, ...rest];
    }),
  );
}

/** Merges the Pagefind bundles in `shardDirs` (records in order, shard after shard) into `outDir`. */
export async function mergeBundles(shardDirs: readonly string[], outDir: string, options: MergeOptions): Promise<void> {
  const { language } = options;
  const entries = shardDirs.map((dir) => entrySchema.parse(JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'))));
  let offset = 0;
  const shards: Shard[] = shardDirs.map((dir, i) => {
    const hash = entries[i]?.languages[language]?.hash;
    if (!hash || Object.keys(entries[i]?.languages ?? {}).length !== 1) throw new Error(`${dir}: the shard's index is not in ${language} alone`);
    const meta = readMeta(join(dir, `pagefind.${hash}.pf_meta`));
    const shard = { dir, meta, offset };
    offset += meta[1].length;
    return shard;
  });
  const first = shards[0];
  if (!first) throw new Error('no search index shard to merge');
  for (const shard of shards) {
    if (shard.meta[0] !== first.meta[0] || shard.meta[5].join('\0') !== first.meta[5].join('\0')) throw new Error(`${shard.dir}: another version or other metadata fields than ${first.dir}`);
    // The browser puts pages in a sort's order itself (page-order.ts), so records carry no sorts.
    if (shard.meta[4].length > 0) throw new Error(`${shard.dir}: the shard has sorts, which the index merge does not carry over`);
  }
  for (const folder of ['index', 'filter', 'fragment']) mkdirSync(join(outDir, folder), { recursive: true });
  // The script, wasm and UI files are the same in every shard.
  for (const name of readdirSync(first.dir)) {
    if (statSync(join(first.dir, name)).isFile() && !name.endsWith('.pf_meta') && name !== 'pagefind-entry.json') copyFileSync(join(first.dir, name), join(outDir, name));
  }
  const pages = writeFragments(shards, outDir, options.wordCounts);
  const chunks = await writeChunks(shards, outDir, options);
  const filters = writeFilters(shards, outDir, language);
  const meta: MetaIndex = [first.meta[0], pages, chunks, filters, [], first.meta[5]];
  const bytes = encodeData(meta);
  // Eleven digits, as Pagefind names the metadata file.
  const hash = hashName(language, bytes, new Set(), 11);
  writeFileSync(join(outDir, `pagefind.${hash}.pf_meta`), bytes);
  const entry = entries[0] as z.infer<typeof entrySchema>;
  const languageEntry = entry.languages[language] as z.infer<typeof entrySchema>['languages'][string];
  writeFileSync(join(outDir, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages: { [language]: { ...languageEntry, hash, page_count: pages.length } } }));
}
