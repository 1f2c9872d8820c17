/**
 * The search evaluation of one built site: serves it locally and measures search in Chromium over
 * the bench query list (tests/support/search-eval.ts) plus seeded random substrings of the corpus:
 * recall and precision of the shown results against literal-substring ground truth, the ranking
 * criterion, bytes transferred until the first results appear (counted on the server, since
 * Pagefind's worker requests are invisible to page network events; compressed as a static host
 * serves them) and time to first results, each query in a fresh browser context (cold cache), in
 * several passes over the list (a query's time is the median of its passes).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { launchChromium } from '../tests/support/browser';
import { benchQueries, candidateUrls, openSearch, randomQueries, scoreQuery, showResults, siteSearchUnits, type QueryScore } from '../tests/support/search-eval';
import { siteFiles } from '../tests/support/site-files';
import { median } from './statistics';

export interface SearchOptions {
  /** People of the corpus, some of whom are queried by name. */
  names: readonly string[];
  seed: number;
  /** Random substrings of the corpus added to the fixed list. */
  randomQueries: number;
  /**
   * Cold loads of each query for its time to first results: the first with the evaluation, the
   * others in later passes over the whole list, so that a query's time (the median of its loads)
   * does not hang on one slow spell of the machine.
   */
  latencyPasses: number;
  /** Measure only the first this many queries of the list (a quick check); all by default. */
  maxQueries?: number;
  log?: (line: string) => void;
}

/** Results the evaluation pages through per query ("more" clicks) to measure recall. */
const MAX_SHOWN = 50;
/** Candidate meetings the evaluation checks through "more" clicks before it measures recall over the candidates instead. */
const MAX_CHECKED = 100;
/** Beyond the shown results, recall is measured over Pagefind's candidates when there are at most this many. */
const CANDIDATE_LIMIT = 3000;

interface Served {
  url: string;
  /** Bytes sent: gzip-compressed where a static host would compress. */
  bytes: number;
  /** Size of the file itself, uncompressed. */
  raw: number;
  at: number;
}

/** Text files a static host sends gzip-compressed; Pagefind's index files are compressed already. */
const COMPRESSIBLE = /\.(html|css|js|json|pagefind)$/;

/** Writes a .gz beside each compressible file, the way a host compresses them on the fly. */
function precompress(root: string): void {
  for (const file of siteFiles(root)) {
    if (COMPRESSIBLE.test(file)) writeFileSync(join(root, `${file}.gz`), gzipSync(readFileSync(join(root, file)), { level: 6 }));
  }
}

function fileSize(root: string, url: string): number {
  const path = decodeURIComponent(url.split('?')[0] ?? '');
  try {
    return statSync(join(root, path.endsWith('/') ? `${path}index.html` : path)).size;
  } catch {
    return 0;
  }
}

/** Serves the site and logs every response's size and start time: the byte count the page cannot see. */
async function countingServer(root: string): Promise<{ origin: string; log: Served[]; close(): Promise<void> }> {
  precompress(root);
  const files = sirv(root, { dev: false, etag: false, gzip: true });
  const log: Served[] = [];
  const server: Server = createServer((req, res) => {
    const entry: Served = { url: req.url ?? '', bytes: 0, raw: fileSize(root, req.url ?? ''), at: Date.now() };
    log.push(entry);
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = ((chunk: unknown, ...rest: never[]) => {
      if (chunk) entry.bytes += Buffer.byteLength(chunk as Buffer);
      return write(chunk as Buffer, ...rest);
    }) as typeof res.write;
    res.end = ((chunk: unknown, ...rest: never[]) => {
      if (chunk && typeof chunk !== 'function') entry.bytes += Buffer.byteLength(chunk as Buffer);
      return end(chunk as Buffer, ...rest);
    }) as typeof res.end;
    files(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface QueryRun extends QueryScore {
  kind: 'fixed' | 'random';
  /** The median of firstResultsSamples. */
  firstResultsMs: number;
  /** Time to first results of each pass, in pass order. */
  firstResultsSamples: number[];
  bytesToFirstResults: number;
  rawBytesToFirstResults: number;
  bytesWithFilters: number;
  requests: number;
}

/** Evaluates search on the built site in `siteDir`; returns the summary and every query's figures. */
export async function evaluateSearch(siteDir: string, options: SearchOptions) {
  const log = options.log ?? ((line: string) => console.log(line));
  const latencyPasses = options.latencyPasses;
  const items = siteSearchUnits(siteDir);
  const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  log(`${items.length} agenda items; index records: ${JSON.stringify(entry.languages)}`);
  const presentNames = options.names.filter((name) => items.some((item) => item.text.includes(name)));
  const queries: Array<{ query: string; kind: QueryRun['kind'] }> = [
    ...benchQueries(presentNames).map((query) => ({ query, kind: 'fixed' as const })),
    ...randomQueries(items, options.randomQueries, options.seed * 7919).map((query) => ({ query, kind: 'random' as const })),
  ].slice(0, options.maxQueries ?? Infinity);

  const server = await countingServer(siteDir);
  const browser = await launchChromium();
  const runs: QueryRun[] = [];
  try {
    for (const { query, kind } of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      server.log.length = 0;
      let bytesToFirstResults = 0;
      let rawBytesToFirstResults = 0;
      let bytesWithFilters = 0;
      let requests = 0;
      const onFirstResults = async () => {
        const firstResultsAt = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByName('gongkai:search-results')[0]?.startTime ?? performance.now()));
        const before = server.log.filter((served) => served.at <= firstResultsAt);
        bytesToFirstResults = before.reduce((sum, served) => sum + served.bytes, 0);
        rawBytesToFirstResults = before.reduce((sum, served) => sum + served.raw, 0);
        requests = before.length;
        // The filter counts are fetched after the first results; counted apart.
        await page.locator('.search-results[data-filters="ready"]').waitFor({ timeout: 60_000 }).catch(() => undefined);
        bytesWithFilters = server.log.reduce((sum, served) => sum + served.bytes, 0);
      };
      const shown = await showResults(page, server.origin, query, { maxShown: MAX_SHOWN, maxChecked: MAX_CHECKED, onFirstResults });
      const candidates = shown.exhausted ? null : await candidateUrls(page, query, CANDIDATE_LIMIT);
      await context.close();
      runs.push({
        ...scoreQuery(items, shown, candidates?.urls ?? null),
        kind,
        firstResultsMs: Math.round(shown.firstResultsMs),
        firstResultsSamples: [Math.round(shown.firstResultsMs)],
        bytesToFirstResults,
        rawBytesToFirstResults,
        bytesWithFilters,
        requests,
      });
      if (runs.length % 25 === 0) log(`${runs.length}/${queries.length} queries measured`);
      const last = runs[runs.length - 1] as QueryRun;
      if (last.recall < 1 || last.precision < 1 || last.badExcerpts.length > 0) log(`FAILED ${JSON.stringify(last)}`);
    }
    for (let pass = 1; pass < latencyPasses; pass += 1) {
      for (const [index, { query }] of queries.entries()) {
        const context = await browser.newContext();
        const ms = await openSearch(await context.newPage(), server.origin, query);
        await context.close();
        (runs[index] as QueryRun).firstResultsSamples.push(Math.round(ms));
      }
      log(`latency pass ${pass + 1}/${latencyPasses} done`);
    }
    for (const run of runs) run.firstResultsMs = median(run.firstResultsSamples);
  } finally {
    await browser.close();
    await server.close();
  }

  const ranked = runs.filter((run) => run.bestFirst !== null);
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  const summary = {
    searchUnits: items.length,
    queries: runs.length,
    randomQueries: runs.filter((run) => run.kind === 'random').length,
    recallBasis: Object.fromEntries(['shown', 'candidates', 'first-page'].map((basis) => [basis, runs.filter((run) => run.recallBasis === basis).length])),
    recall: { mean: runs.reduce((sum, run) => sum + run.recall, 0) / runs.length, worst: Math.min(...runs.map((run) => run.recall)) },
    shownPrecision: { mean: runs.reduce((sum, run) => sum + run.precision, 0) / runs.length, worst: Math.min(...runs.map((run) => run.precision)) },
    bestFirstShare: ranked.filter((run) => run.bestFirst).length / ranked.length,
    bestFirstMisses: ranked.filter((run) => !run.bestFirst).map((run) => run.query),
    badExcerpts: runs.flatMap((run) => run.badExcerpts),
    bytesToFirstResultsKB: { median: kb(median(runs.map((run) => run.bytesToFirstResults))), worst: kb(Math.max(...runs.map((run) => run.bytesToFirstResults))) },
    uncompressedBytesToFirstResultsKB: { median: kb(median(runs.map((run) => run.rawBytesToFirstResults))), worst: kb(Math.max(...runs.map((run) => run.rawBytesToFirstResults))) },
    bytesWithFilterCountsKB: { median: kb(median(runs.map((run) => run.bytesWithFilters))), worst: kb(Math.max(...runs.map((run) => run.bytesWithFilters))) },
    firstResultsMs: {
      median: median(runs.map((run) => run.firstResultsMs)),
      worst: Math.max(...runs.map((run) => run.firstResultsMs)),
      passes: latencyPasses,
      medianOfEachPass: Array.from({ length: latencyPasses }, (_, pass) => median(runs.map((run) => run.firstResultsSamples[pass] as number))),
      medianOfAllLoads: median(runs.flatMap((run) => run.firstResultsSamples)),
    },
    failures: runs.filter((run) => run.recall < 1 || run.precision < 1).map((run) => run.query),
  };
  return { summary, runs };
}

export type SearchEvaluation = Awaited<ReturnType<typeof evaluateSearch>>;
