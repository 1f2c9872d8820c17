/**
 * `npm run bench`: generates synthetic minutes, builds and indexes them, serves the site locally and
 * measures search in Chromium: recall and precision of the shown results against literal-substring
 * ground truth, the ranking criterion, bytes transferred until the first results appear (counted on
 * the server, since Pagefind's worker requests are invisible to page network events) and time to
 * first results, each query in a fresh browser context (cold cache), in BENCH_LATENCY_PASSES passes
 * over the list (default 3; a query's time is its median). Results go to bench/results/.
 * BENCH_DOCS (default 5000), BENCH_SEED, BENCH_RANDOM_QUERIES (default 200) and BENCH_SKIP_BUILD=1
 * (reuse the last build) adjust a run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { it } from 'vitest';
import sirv from 'sirv';
import { launchChromium } from '../tests/support/browser';
import { repoRoot } from '../tests/support/paths';
import { candidateUrls, openSearch, randomQueries, scoreQuery, showResults, siteSearchUnits, type QueryScore } from '../tests/support/search-eval';
import { siteFiles } from '../tests/support/site-files';
import { generateCorpus } from './generate';

const DOCS = Number(process.env['BENCH_DOCS'] ?? 5000);
const SEED = Number(process.env['BENCH_SEED'] ?? 6);
const RANDOM_QUERIES = Number(process.env['BENCH_RANDOM_QUERIES'] ?? 200);
/**
 * Cold loads of each query for its time to first results: the first with the evaluation, the others
 * in later passes over the whole list, so that a query's time (the median of its loads) does not
 * hang on one slow spell of the machine.
 */
const LATENCY_PASSES = Number(process.env['BENCH_LATENCY_PASSES'] ?? 3);
/** Results the evaluation pages through per query ("more" clicks) to measure recall. */
const MAX_SHOWN = 50;
/** Candidate meetings the evaluation checks through "more" clicks before it measures recall over the candidates instead. */
const MAX_CHECKED = 100;
/** Beyond the shown results, recall is measured over Pagefind's candidates when there are at most this many. */
const CANDIDATE_LIMIT = 3000;
const workDir = join(repoRoot, 'bench/.work');
const contentDir = join(workDir, 'content');
const siteDir = join(workDir, 'site');
const resultsDir = join(repoRoot, 'bench/results');

/** The query list: short, long, across word boundaries, names, document numbers, mixed, Latin, variants. */
function fixedQueries(names: readonly string[]): string[] {
  return [
    '的', '气', '燃', '德合', '燃气', '作方', '安全', '内燃气', '领域内燃气', '水生态环境', '疫情防控', '知识产权', '对德合作',
    '安全生产重点工作', '原则同意', '会后由市住建局根据会议讨论意见修改完善', '进一步加强相关工作的通知',
    '第22次', '第5号', '2023 年', '〔2021〕', '太政发〔2021〕12号', '〔2019〕3', '12号',
    'PPP', '5G', 'GDP', 'PM2.5', 'app',
    '（一）', '(一)', '燃氣', '環境', 'ＰＰＰ',
    ...names.slice(0, 4),
    // Spaced otherwise than printed, and Latin spaces that count.
    '2021年', '第 7 次', '第7次常务会议', '安全生产 重点工作', 'PM 2.5', 'P PP',
    // Header fields as printed.
    `常务副市长${names[0] ?? ''}`, '基准测试市人民政府办公室 整理', '主送：各镇人民政府', '（此件公开发布）',
  ];
}

interface BuildStats {
  seconds: number;
  peakNodeMB: number;
  peakPagefindMB: number;
  indexFiles: number;
  indexMB: number;
}

/** Resident memory (MB) of running processes whose command line contains one of `names`. */
function rssByName(names: readonly string[]): Record<string, number> {
  const found: Record<string, number> = {};
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024;
      const name = names.find((part) => command.includes(part));
      if (name) found[name] = Math.max(found[name] ?? 0, rss);
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

/** A real `astro build` of the generated content, sampling the memory of Node and of Pagefind's binary. */
async function build(): Promise<BuildStats> {
  const started = Date.now();
  const peak = { node: 0, pagefind: 0 };
  const child = spawn(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: repoRoot,
    env: { ...process.env, GONGKAI_CONTENT: contentDir, GONGKAI_OUT: siteDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const sampler = setInterval(() => {
    const rss = rssByName(['pagefind_extended', 'astro.mjs']);
    peak.pagefind = Math.max(peak.pagefind, rss['pagefind_extended'] ?? 0);
    peak.node = Math.max(peak.node, rss['astro.mjs'] ?? 0);
  }, 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (status !== 0) throw new Error(`astro build of the generated content failed:\n${output.slice(-4000)}`);
  const index = siteFiles(siteDir).filter((file) => file.startsWith('pagefind/'));
  const bytes = index.reduce((sum, file) => sum + readFileSync(join(siteDir, file)).length, 0);
  return {
    seconds: (Date.now() - started) / 1000,
    peakNodeMB: Math.round(peak.node),
    peakPagefindMB: Math.round(peak.pagefind),
    indexFiles: index.length,
    indexMB: Math.round((bytes / 1e6) * 10) / 10,
  };
}

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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

interface QueryRun extends QueryScore {
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

it(`search over ${DOCS} generated minutes`, async () => {
  const generationStart = Date.now();
  let names: string[] = [];
  let buildStats: BuildStats | null = null;
  if (process.env['BENCH_SKIP_BUILD'] !== '1') {
    names = generateCorpus(contentDir, DOCS, SEED).names;
    console.log(`generated ${DOCS} minutes in ${(Date.now() - generationStart) / 1000} s`);
    buildStats = await build();
    console.log('build', buildStats);
  } else {
    names = generateCorpus(join(workDir, 'names-only'), 0, SEED).names;
  }
  const items = siteSearchUnits(siteDir);
  const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  console.log(`${items.length} search units (agenda items and headers) on ${DOCS} pages; index records: ${JSON.stringify(entry.languages)}`);
  const presentNames = names.filter((name) => items.some((item) => item.text.includes(name)));
  const queries: Array<{ query: string; kind: QueryRun['kind'] }> = [
    ...fixedQueries(presentNames).map((query) => ({ query, kind: 'fixed' as const })),
    ...randomQueries(items, RANDOM_QUERIES, SEED * 7919).map((query) => ({ query, kind: 'random' as const })),
  ];

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
      if (runs.length % 25 === 0) console.log(`${runs.length}/${queries.length} queries measured`);
      const last = runs[runs.length - 1] as QueryRun;
      if (last.recall < 1 || last.precision < 1 || last.badExcerpts.length > 0) console.log('FAILED', JSON.stringify(last));
    }
    for (let pass = 1; pass < LATENCY_PASSES; pass += 1) {
      for (const [index, { query }] of queries.entries()) {
        const context = await browser.newContext();
        const ms = await openSearch(await context.newPage(), server.origin, query);
        await context.close();
        (runs[index] as QueryRun).firstResultsSamples.push(Math.round(ms));
      }
      console.log(`latency pass ${pass + 1}/${LATENCY_PASSES} done`);
    }
    for (const run of runs) run.firstResultsMs = median(run.firstResultsSamples);
  } finally {
    await browser.close();
    await server.close();
  }

  const ranked = runs.filter((run) => run.bestFirst !== null);
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  const summary = {
    docs: DOCS,
    seed: SEED,
    searchUnits: items.length,
    build: buildStats,
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
      passes: LATENCY_PASSES,
      medianOfEachPass: Array.from({ length: LATENCY_PASSES }, (_, pass) => median(runs.map((run) => run.firstResultsSamples[pass] as number))),
      medianOfAllLoads: median(runs.flatMap((run) => run.firstResultsSamples)),
    },
    failures: runs.filter((run) => run.recall < 1 || run.precision < 1).map((run) => run.query),
  };
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `search-${DOCS}-docs-seed-${SEED}.json`);
  writeFileSync(file, JSON.stringify({ summary, runs }, null, 2));
  console.log(JSON.stringify(summary, null, 2));
  console.log(`per-query results: ${file}`);
});
