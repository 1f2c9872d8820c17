/**
 * `npm run bench:search -- --size 50000 [--queries N] [--latency-passes N]`: the search evaluation
 * of bench/search.ts alone, on the site an earlier `npm run bench` built for that size in the work
 * folder. At 50,000 documents the build takes half an hour; this measures its search again without
 * building it again. The results name the commit the evaluation ran at and when the site was built.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gitCommit, wholeNumber } from './command-line';
import { generateCorpus } from './generate';
import { evaluateSearch } from './search';

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    seed: { type: 'string', default: '6' },
    queries: { type: 'string' },
    'random-queries': { type: 'string', default: '200' },
    'latency-passes': { type: 'string', default: '1' },
    work: { type: 'string', default: 'bench/.work/scale' },
    out: { type: 'string', default: 'bench/results' },
  },
});
const size = wholeNumber('size', values.size);
const seed = wholeNumber('seed', values.seed, 0);
const siteDir = resolve(process.cwd(), values.work, String(size), 'site');
const entry = join(siteDir, 'pagefind/pagefind-entry.json');
const builtAt = statSync(entry, { throwIfNoEntry: false })?.mtime;
if (!builtAt) throw new Error(`${siteDir} has no built site with a search index; run npm run bench -- --sizes ${size} first`);

// The corpus's people are drawn first from the seed, so a corpus of no documents gives the same names.
const scratch = mkdtempSync(join(tmpdir(), 'gongkai-names-'));
const { names } = generateCorpus(scratch, 0, seed);
rmSync(scratch, { recursive: true, force: true });

const search = await evaluateSearch(siteDir, {
  names,
  seed,
  randomQueries: wholeNumber('random-queries', values['random-queries'], 0),
  latencyPasses: wholeNumber('latency-passes', values['latency-passes']),
  ...(values.queries ? { maxQueries: wholeNumber('queries', values.queries) } : {}),
});
const commit = gitCommit();
const stamp = new Date().toISOString().slice(0, 16).replace('T', '-').replace(':', '');
const outDir = resolve(process.cwd(), values.out);
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `search-${stamp}-${size}.json`);
writeFileSync(file, `${JSON.stringify({ documents: size, seed, commit, siteBuiltAt: builtAt.toISOString(), ...search }, null, 2)}\n`);
const { summary } = search;
console.log(
  `${size} documents, ${summary.queries} queries: recall ${(summary.recall.mean * 100).toFixed(1)}% mean, ${(summary.recall.worst * 100).toFixed(1)}% worst; ` +
    `shown precision ${(summary.shownPrecision.mean * 100).toFixed(1)}% / ${(summary.shownPrecision.worst * 100).toFixed(1)}%; ` +
    `bytes to first results ${summary.bytesToFirstResultsKB.median} / ${summary.bytesToFirstResultsKB.worst} KiB; first results ${summary.firstResultsMs.median} / ${summary.firstResultsMs.worst} ms → ${file}`,
);
