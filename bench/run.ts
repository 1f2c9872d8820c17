/**
 * `npm run bench -- [options]`: the scale benchmark (see bench/README.md). For each size it
 * generates the corpus, builds it cold with `npm run build` and with the peer (Hugo + Pagefind CLI)
 * in alternating runs, evaluates search on our site, rebuilds warm after one edit, and writes the
 * results as JSON and markdown.
 */
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gitCommit, wholeNumber as wholeNumberOption } from './command-line';
import { measureSize } from './measure-size';
import { hugoVersion } from './peer';
import { linearity, summarise, writeResults, type BenchResults } from './report';

const USAGE = `npm run bench -- [options]
  --sizes 1000,10000     corpus sizes in documents (default 1000)
  --runs 3               cold runs per size, ours and the peer alternating (default 3)
  --seed 6               corpus seed (default 6)
  --no-peer              skip Hugo + Pagefind CLI
  --no-search            skip the search evaluation
  --no-warm              skip the warm rebuild after one edit
  --random-queries 200   random corpus substrings added to the fixed query list (default 200)
  --latency-passes 3     cold loads of each query for its time to first results (default 3)
  --queries N            evaluate only the first N queries (a quick check)
  --out bench/results    folder for the results (JSON, markdown, latest.md)
  --no-latest            leave latest.md as it is (a partial run)
  --work bench/.work/scale  folder for corpora and built sites`;

const wholeNumber = (name: string, text: string, least = 1) => wholeNumberOption(name, text, least, USAGE);

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    allowNegative: true,
    options: {
      sizes: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '6' },
      peer: { type: 'boolean', default: true },
      search: { type: 'boolean', default: true },
      warm: { type: 'boolean', default: true },
      'random-queries': { type: 'string', default: '200' },
      'latency-passes': { type: 'string', default: '3' },
      queries: { type: 'string' },
      out: { type: 'string', default: 'bench/results' },
      latest: { type: 'boolean', default: true },
      work: { type: 'string', default: 'bench/.work/scale' },
      help: { type: 'boolean', default: false },
    },
  });
  return {
    help: values.help,
    sizes: values.sizes.split(',').map((size) => wholeNumber('sizes', size.trim())),
    runs: wholeNumber('runs', values.runs),
    seed: wholeNumber('seed', values.seed, 0),
    peer: values.peer,
    warm: values.warm,
    search: values.search
      ? {
          randomQueries: wholeNumber('random-queries', values['random-queries'], 0),
          latencyPasses: wholeNumber('latency-passes', values['latency-passes']),
          ...(values.queries ? { maxQueries: wholeNumber('queries', values.queries) } : {}),
        }
      : (false as const),
    outDir: resolve(process.cwd(), values.out),
    latest: values.latest,
    workDir: resolve(process.cwd(), values.work),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const startedAt = new Date().toISOString();
  const environment = {
    machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    hugo: options.peer ? hugoVersion() : 'not run',
    commit: gitCommit(),
  };
  const sizes: BenchResults['sizes'] = [];
  for (const documents of options.sizes) {
    const measured = await measureSize({
      documents,
      seed: options.seed,
      runs: options.runs,
      peer: options.peer,
      warm: options.warm,
      search: options.search,
      workDir: resolve(options.workDir, String(documents)),
      log: (line) => console.log(line),
    });
    sizes.push({ ...measured, summary: summarise(measured) });
  }
  const results: BenchResults = {
    startedAt,
    finishedAt: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    environment,
    sizes,
    linearity: linearity(sizes.map((size) => size.summary)),
  };
  const name = `scale-${startedAt.slice(0, 16).replace(/[T:]/gu, (character) => (character === 'T' ? '-' : ''))}-${options.sizes.join('+')}`;
  const written = writeResults(options.outDir, name, results, options.latest);
  console.log(`results: ${written.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
