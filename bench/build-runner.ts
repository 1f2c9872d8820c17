/**
 * Our side of the benchmark: `npm run build` of a content folder into a site folder, timed end to
 * end and by phase, with the peak memory of its whole process tree and what it wrote. The phases
 * come from the arrival times of the build's own log lines (Astro's content sync, the search
 * index integration's start and end), so the build is measured exactly as a user runs it.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../tests/support/paths';
import { cacheDirFor } from '../src/config/project-paths';
import { outputStats, type OutputStats } from './output-stats';
import { runSampled, type TimedLine } from './tree-sampler';

export interface BuildPhases {
  /** Start to content synced: npm, Astro's start, content validation, content sync. */
  startupAndSyncMs: number;
  /** Content synced to the pages written: bundling and rendering every page (the search index runs beside them). */
  pagesMs: number;
  /** From the pages written to the index written: what is left of the index (its shards, the merge). */
  indexMs: number;
  /** After the index: the remaining checks and the output swap, to the process's exit. */
  finishMs: number;
}

export interface OurBuild {
  wallMs: number;
  /** Start to the pages written: everything but what is left of the search index and what follows it. */
  buildMs: number;
  indexMs: number;
  phases: BuildPhases;
  peakTreeBytes: number;
  peakByCommand: Record<string, number>;
  samples: number;
  output: OutputStats;
  /** Warnings (content warnings by the validation's count, others by their [WARN] lines) and lines marked as errors. */
  warnings: number;
  errors: number;
  /**
   * The build's log without the per-route lines: each distinct message once, with its first arrival
   * and its count; the first LOG_LINES_KEPT of them, so a log with a line per document (a warning
   * each, say) does not make the results file grow with the corpus. `warnings` counts them all.
   */
  log: Array<TimedLine & { count: number }>;
}

/** Distinct log messages kept in the results per build. */
const LOG_LINES_KEPT = 100;

/** Log lines that mark the phases; a build whose log lacks one fails the run with its name. */
const MARKERS = {
  synced: /\[content\] Synced content/u,
  // The index starts with the build and runs beside the pages; this line says the pages are written.
  indexStart: /\[gongkai:pagefind-index\] pages written/u,
  indexEnd: /\[gongkai:pagefind-index\] indexed /u,
} as const;

/** Lines worth keeping: everything an integration or Astro's phases print, not the route list. */
const keepLine = (text: string): boolean => /\[[\w:-]+\]|error|warn/iu.test(text);

/** A logged message without its clock time and without a route name printed on the same line before it. */
const message = (text: string): string => text.replace(/^.*?\d\d:\d\d:\d\d /u, '').trim();

/** Each distinct message once, in order of first arrival, with how often it came. */
function distinctMessages(lines: readonly TimedLine[]): OurBuild['log'] {
  const byText = new Map<string, TimedLine & { count: number }>();
  for (const line of lines) {
    const text = message(line.text);
    const seen = byText.get(text);
    if (seen) seen.count += 1;
    else byText.set(text, { atMs: Math.round(line.atMs), text, count: 1 });
  }
  return [...byText.values()];
}

function markerTime(log: readonly TimedLine[], name: keyof typeof MARKERS): number {
  const line = log.find((entry) => MARKERS[name].test(entry.text));
  if (!line) throw new Error(`the build log has no line matching ${MARKERS[name]} (${name}); the phases cannot be measured`);
  return line.atMs;
}

/** The content validation's summary line, which gives the number of content warnings (the build prints only the first few). */
const CONTENT_WARNINGS = /\[gongkai:content-validation\] 内容有 (\d+) 条警告/u;

/** Warnings in the log: each [WARN] line, the content warnings by their count rather than their lines. */
function warningCount(lines: readonly TimedLine[]): number {
  const warnings = lines.filter((line) => /\[WARN\]/u.test(line.text));
  const summary = warnings.map((line) => CONTENT_WARNINGS.exec(line.text)).find(Boolean);
  if (!summary) return warnings.length;
  return Number(summary[1]) + warnings.filter((line) => !/\[gongkai:content-validation\]/u.test(line.text)).length;
}

/** Removes the site and Astro's cache for this content folder, so the next build is cold. */
export function forgetBuild(contentDir: string, siteDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(resolve(repoRoot, cacheDirFor(contentDir)), { recursive: true, force: true });
}

/** One `npm run build` of `contentDir` into `siteDir`; throws with the log's tail when it fails. */
export async function runOurBuild(contentDir: string, siteDir: string): Promise<OurBuild> {
  const run = await runSampled('npm', ['run', 'build'], {
    cwd: repoRoot,
    env: { ...process.env, GONGKAI_CONTENT: contentDir, GONGKAI_OUT: siteDir, ASTRO_TELEMETRY_DISABLED: '1' },
    keepLine,
  });
  if (run.exitCode !== 0) {
    throw new Error(`npm run build of ${contentDir} failed (exit ${run.exitCode}):\n${run.lines.slice(-40).map((line) => line.text).join('\n')}`);
  }
  const synced = markerTime(run.lines, 'synced');
  const indexStart = markerTime(run.lines, 'indexStart');
  const indexEnd = markerTime(run.lines, 'indexEnd');
  return {
    wallMs: run.wallMs,
    buildMs: indexStart,
    indexMs: indexEnd - indexStart,
    phases: { startupAndSyncMs: synced, pagesMs: indexStart - synced, indexMs: indexEnd - indexStart, finishMs: run.wallMs - indexEnd },
    peakTreeBytes: run.peakTreeBytes,
    peakByCommand: run.peakByCommand,
    samples: run.samples,
    output: outputStats(siteDir),
    warnings: warningCount(run.lines),
    errors: run.lines.filter((line) => /\[ERROR\]/u.test(line.text)).length,
    log: distinctMessages(run.lines).slice(0, LOG_LINES_KEPT),
  };
}
