/**
 * The benchmark's results: medians, ratios to the peer and linearity over the sizes, written as
 * JSON (every run's raw numbers with the medians) and as a markdown table. Sizes are in bytes in
 * the JSON; the table prints KB/MB/GB as powers of ten.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SizeMeasurement } from './measure-size';
import { median, rounded } from './statistics';

export interface SizeSummary {
  documents: number;
  ours: { wallMs: number; buildMs: number; indexMs: number; pagesMs: number; peakTreeBytes: number; perDocumentMs: number };
  peer: { hugoMs: number; pagefindMs: number; wallMs: number; peakTreeBytes: number; perDocumentMs: number } | null;
  /** Ours divided by the peer's medians: above 1 means slower or heavier. */
  ratio: { time: number; memory: number } | null;
  warm: { wallMs: number; ratioToColdMedian: number } | null;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  command: string;
  environment: Record<string, unknown>;
  sizes: Array<SizeMeasurement & { summary: SizeSummary }>;
  /** Time per document of our cold build at the largest size divided by that at the smallest. */
  linearity: { smallest: number; largest: number; ratio: number } | null;
}

export function summarise(size: SizeMeasurement): SizeSummary {
  const ours = size.cold.map((run) => run.ours);
  const peers = size.cold.flatMap((run) => (run.peer ? [run.peer] : []));
  const wallMs = median(ours.map((run) => run.wallMs));
  const peakTreeBytes = median(ours.map((run) => run.peakTreeBytes));
  const peer =
    peers.length > 0
      ? {
          hugoMs: median(peers.map((run) => run.hugo.wallMs)),
          pagefindMs: median(peers.map((run) => run.pagefind.wallMs)),
          wallMs: median(peers.map((run) => run.wallMs)),
          peakTreeBytes: median(peers.map((run) => run.peakTreeBytes)),
          perDocumentMs: median(peers.map((run) => run.wallMs)) / size.documents,
        }
      : null;
  return {
    documents: size.documents,
    ours: {
      wallMs,
      buildMs: median(ours.map((run) => run.buildMs)),
      indexMs: median(ours.map((run) => run.indexMs)),
      pagesMs: median(ours.map((run) => run.phases.pagesMs)),
      peakTreeBytes,
      perDocumentMs: wallMs / size.documents,
    },
    peer,
    ratio: peer ? { time: rounded(wallMs / peer.wallMs), memory: rounded(peakTreeBytes / peer.peakTreeBytes) } : null,
    warm: size.warm ? { wallMs: size.warm.ours.wallMs, ratioToColdMedian: rounded(size.warm.ours.wallMs / wallMs) } : null,
  };
}

export function linearity(summaries: readonly SizeSummary[]): BenchResults['linearity'] {
  if (summaries.length < 2) return null;
  const bySize = [...summaries].sort((a, b) => a.documents - b.documents);
  const smallest = bySize[0] as SizeSummary;
  const largest = bySize[bySize.length - 1] as SizeSummary;
  return { smallest: smallest.documents, largest: largest.documents, ratio: rounded(largest.ours.perDocumentMs / smallest.ours.perDocumentMs) };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} KB`;
const count = (value: number) => value.toLocaleString('en-US');
const percent = (share: number) => `${rounded(share * 100, 1)}%`;

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

/** The markdown report: headline table, then output, search, corpus and every run. */
export function markdown(results: BenchResults): string {
  const sizes = results.sizes;
  const lines = [
    `# Scale benchmark, ${results.startedAt.slice(0, 10)}`,
    '',
    `\`${results.command}\` · ${results.sizes[0]?.cold.length ?? 0} cold run(s) per size, medians · ${String(results.environment['machine'])}`,
    '',
    ...table(
      ['documents', 'Gongkai `npm run build` (build + index)', 'peak memory, process tree', 'Hugo + Pagefind CLI defaults (peer)', 'peer peak', 'ours / peer: time, memory', 'warm rebuild (share of cold)', 'ms per document (ours, peer)'],
      sizes.map(({ summary: sum }) => [
        count(sum.documents),
        `${s(sum.ours.wallMs)} (${s(sum.ours.buildMs)} + ${s(sum.ours.indexMs)})`,
        gb(sum.ours.peakTreeBytes),
        sum.peer ? `${s(sum.peer.hugoMs)} + ${s(sum.peer.pagefindMs)} = ${s(sum.peer.wallMs)}` : 'not run',
        sum.peer ? gb(sum.peer.peakTreeBytes) : '–',
        sum.ratio ? `${sum.ratio.time}×, ${sum.ratio.memory}×` : '–',
        sum.warm ? `${s(sum.warm.wallMs)} (${percent(sum.warm.ratioToColdMedian)})` : 'not run',
        `${sum.ours.perDocumentMs.toFixed(1)}${sum.peer ? `, ${sum.peer.perDocumentMs.toFixed(1)}` : ''}`,
      ]),
    ),
    '',
    results.linearity
      ? `Linearity: time per document at ${count(results.linearity.largest)} is ${results.linearity.ratio}× that at ${count(results.linearity.smallest)}.`
      : 'Linearity: one size only.',
    '',
    '## Output (last cold run)',
    '',
    ...table(
      ['documents', 'side', 'site', 'files', 'largest HTML page', 'index', 'index files', 'Pagefind metadata'],
      sizes.flatMap((size) => {
        const last = size.cold[size.cold.length - 1];
        if (!last) return [];
        return [
          { side: 'Gongkai', output: last.ours.output },
          ...(last.peer ? [{ side: 'peer', output: last.peer.output }] : []),
        ].map(({ side, output }) => [count(size.documents), side, mb(output.bytes), count(output.files), `${output.largestHtml.path} ${kb(output.largestHtml.bytes)}`, mb(output.index.bytes), count(output.index.files), kb(output.index.metadataBytes)]);
      }),
    ),
    '',
    '## Search (Gongkai, last cold build)',
    '',
    ...table(
      ['documents', 'queries', 'recall mean / worst', 'shown precision mean / worst', 'bytes to first results, gzip: median / worst', 'first results: median / worst'],
      sizes.map(({ documents, search }) =>
        search
          ? [
              count(documents),
              String(search.summary.queries),
              `${percent(search.summary.recall.mean)} / ${percent(search.summary.recall.worst)}`,
              `${percent(search.summary.shownPrecision.mean)} / ${percent(search.summary.shownPrecision.worst)}`,
              `${search.summary.bytesToFirstResultsKB.median} / ${search.summary.bytesToFirstResultsKB.worst} KiB`,
              `${search.summary.firstResultsMs.median} / ${search.summary.firstResultsMs.worst} ms`,
            ]
          : [count(documents), 'not run', '–', '–', '–', '–'],
      ),
    ),
    '',
    '## Corpus (`bench/generate.ts`)',
    '',
    ...table(
      ['documents', 'bytes per document', 'agenda items per document', 'attendees', '列席 groups', 'years', 'issuing bodies'],
      sizes.map(({ corpus: c }) => [count(c.documents), count(c.bytesPerDocument), String(c.agendaItemsPerDocument), String(c.attendeesPerDocument), String(c.observerGroupsPerDocument), `${c.years.distinct} (${c.years.first}–${c.years.last})`, String(c.issuers)]),
    ),
    '',
    '## Every run',
    '',
    ...table(
      ['documents', 'run', 'order', 'load average', 'Gongkai: total, startup + sync, pages, index, finish', 'Gongkai peak', 'log warnings, errors', 'peer: Hugo, Pagefind', 'peer peak'],
      sizes.flatMap((size) => [
        ...size.cold.map((run) => [
          count(size.documents),
          String(run.run),
          run.order.join(' then '),
          run.loadAverage.join(' '),
          `${s(run.ours.wallMs)}: ${s(run.ours.phases.startupAndSyncMs)}, ${s(run.ours.phases.pagesMs)}, ${s(run.ours.phases.indexMs)}, ${s(run.ours.phases.finishMs)}`,
          gb(run.ours.peakTreeBytes),
          `${run.ours.warnings}, ${run.ours.errors}`,
          run.peer ? `${s(run.peer.hugo.wallMs)}, ${s(run.peer.pagefind.wallMs)}` : '–',
          run.peer ? gb(run.peer.peakTreeBytes) : '–',
        ]),
        ...(size.warm
          ? [[count(size.documents), 'warm', `after editing ${size.warm.editedFile}`, '', `${s(size.warm.ours.wallMs)}: ${s(size.warm.ours.phases.startupAndSyncMs)}, ${s(size.warm.ours.phases.pagesMs)}, ${s(size.warm.ours.phases.indexMs)}, ${s(size.warm.ours.phases.finishMs)}`, gb(size.warm.ours.peakTreeBytes), `${size.warm.ours.warnings}, ${size.warm.ours.errors}`, '–', '–']]
          : []),
      ]),
    ),
    '',
    `Environment: ${Object.entries(results.environment).map(([key, value]) => `${key} ${String(value)}`).join(' · ')}.`,
    '',
  ];
  return lines.join('\n');
}

/** Writes `<name>.json`, `<name>.md` and (unless told not to) `latest.md` into `outDir`; returns the paths written. */
export function writeResults(outDir: string, name: string, results: BenchResults, latest = true): string[] {
  mkdirSync(outDir, { recursive: true });
  const text = markdown(results);
  const written = [join(outDir, `${name}.json`), join(outDir, `${name}.md`), ...(latest ? [join(outDir, 'latest.md')] : [])];
  writeFileSync(written[0] as string, `${JSON.stringify(results, null, 2)}\n`);
  for (const file of written.slice(1)) writeFileSync(file, text);
  return written;
}
