/**
 * The scale benchmark still works end to end: `npm run bench` at a smoke size (200 generated
 * minutes, one run, the peer included, a few search queries) into a temporary folder, and its JSON
 * and markdown carry every figure, plausible against what is on disk. The full sizes are never
 * part of the suite (see bench/README.md).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchResults } from '../../bench/report';
import { cacheDirFor } from '../../src/config/project-paths';
import { filesBelow } from '../../src/utils/files';
import { repoRoot } from '../support/paths';

const DOCUMENTS = 200;
const scratch = mkdtempSync(join(tmpdir(), 'gongkai-bench-smoke-'));
const outDir = join(scratch, 'results');
const workDir = join(scratch, 'work');
const sizeDir = join(workDir, String(DOCUMENTS));
let results: BenchResults;
let report: string;

beforeAll(async () => {
  const args = ['run', 'bench', '--', '--sizes', String(DOCUMENTS), '--runs', '1', '--queries', '3', '--random-queries', '1', '--latency-passes', '1', '--out', outDir, '--work', workDir];
  await promisify(execFile)('npm', args, { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
  const json = readdirSync(outDir).find((name) => name.endsWith('.json'));
  results = JSON.parse(readFileSync(join(outDir, json ?? 'missing.json'), 'utf8')) as BenchResults;
  report = readFileSync(join(outDir, 'latest.md'), 'utf8');
}, 600_000);

afterAll(() => {
  rmSync(resolve(repoRoot, cacheDirFor(join(sizeDir, 'content'))), { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run bench at a smoke size', () => {
  it('measured one size over the generated corpus, whose files are on disk', () => {
    expect(results.sizes).toHaveLength(1);
    const size = results.sizes[0];
    expect(size?.documents).toBe(DOCUMENTS);
    expect(readdirSync(join(sizeDir, 'content/minutes')).filter((name) => name.endsWith('.md'))).toHaveLength(DOCUMENTS);
    expect(size?.corpus).toMatchObject({ documents: DOCUMENTS, years: { distinct: 20 } });
    expect(size?.corpus.issuers).toBeGreaterThan(1);
    expect(size?.corpus.agendaItemsPerDocument).toBeGreaterThan(4);
    expect(size?.corpus.bytesPerDocument).toBeGreaterThan(6000);
  });

  it('timed our cold build end to end and by phase', () => {
    const ours = results.sizes[0]?.cold[0]?.ours;
    expect(ours).toBeDefined();
    if (!ours) return;
    expect(ours.buildMs).toBeGreaterThan(0);
    expect(ours.indexMs).toBeGreaterThan(0);
    expect(ours.buildMs + ours.indexMs).toBeLessThanOrEqual(ours.wallMs);
    const phases = Object.values(ours.phases);
    expect(phases.every((ms) => ms >= 0)).toBe(true);
    expect(phases.reduce((sum, ms) => sum + ms, 0)).toBeCloseTo(ours.wallMs, 0);
  });

  it('built the generated corpus without a warning or an error: every document has its 发布日期 and a 索引号 of the configured form', () => {
    const ours = results.sizes[0]?.cold[0]?.ours;
    expect(ours?.log.some((line) => /内容有效：200 份纪要/u.test(line.text))).toBe(true);
    expect(ours?.warnings).toBe(0);
    expect(ours?.errors).toBe(0);
  });

  it("sampled the whole process tree: the peak exceeds the build's own Node process and Pagefind's binary was seen", () => {
    const ours = results.sizes[0]?.cold[0]?.ours;
    // `npm run build` starts node_modules/.bin/astro under Node.
    const node = ours?.peakByCommand['node astro'] ?? 0;
    const pagefind = Object.entries(ours?.peakByCommand ?? {}).find(([command]) => command.startsWith('pagefind'))?.[1] ?? 0;
    expect(node).toBeGreaterThan(100e6);
    expect(pagefind).toBeGreaterThan(0);
    expect(ours?.peakTreeBytes).toBeGreaterThan(node);
    expect(ours?.samples).toBeGreaterThan(10);
  });

  it("counted our site as it is on disk: files, one page per document, the index and its metadata", () => {
    const output = results.sizes[0]?.cold[0]?.ours.output;
    const siteDir = join(sizeDir, 'site');
    // The search evaluation added a .gz beside each text file; the warm rebuild then replaced the site with the same files.
    expect(output?.files).toBe(filesBelow(siteDir).length);
    const minutesPages = readdirSync(join(siteDir, 'minutes')).filter((id) => id.startsWith('bench-') && existsSync(join(siteDir, 'minutes', id, 'index.html')));
    expect(minutesPages).toHaveLength(DOCUMENTS);
    expect(output?.htmlPages).toBeGreaterThan(DOCUMENTS);
    expect(output?.largestHtml.bytes).toBeGreaterThan(0);
    expect(output?.largestHtml.path).toMatch(/^\//u);
    expect(output?.index.files).toBeGreaterThan(DOCUMENTS);
    expect(output?.index.metadataBytes).toBeGreaterThan(0);
    expect(output?.index.bytes).toBeLessThan(output?.bytes ?? 0);
  });

  it('built the peer: a page per document plus the list page, indexed by the Pagefind CLI', () => {
    const summary = results.sizes[0]?.summary;
    const peer = results.sizes[0]?.cold[0]?.peer;
    expect(peer?.hugo.wallMs).toBeGreaterThan(0);
    expect(peer?.pagefind.wallMs).toBeGreaterThan(0);
    expect(peer?.pagefind.peakTreeBytes).toBeGreaterThan(0);
    expect(peer?.output.htmlPages).toBe(DOCUMENTS + 1);
    expect(readFileSync(join(sizeDir, 'hugo-public/index.html'), 'utf8')).toContain('<html lang="zh-CN">');
    expect(peer?.output.index.metadataBytes).toBeGreaterThan(0);
    expect(summary?.ratio?.time).toBeCloseTo((summary?.ours.wallMs ?? 0) / (summary?.peer?.wallMs ?? 1), 1);
    expect(summary?.ratio?.memory).toBeGreaterThan(0);
  });

  it('rebuilt warm after editing one minutes file, and evaluated search', () => {
    const size = results.sizes[0];
    expect(size?.warm?.ours.wallMs).toBeGreaterThan(0);
    expect(readFileSync(join(sizeDir, size?.warm?.editedFile ?? 'missing'), 'utf8')).toContain('会议经讨论，议定以下意见：');
    expect(size?.summary.warm?.ratioToColdMedian).toBeGreaterThan(0);
    expect(size?.search?.summary.queries).toBe(3);
    expect(size?.search?.summary.recall.mean).toBeGreaterThanOrEqual(0);
    expect(size?.search?.summary.recall.mean).toBeLessThanOrEqual(1);
    expect(size?.search?.summary.bytesToFirstResultsKB.median).toBeGreaterThan(10);
    expect(size?.search?.summary.firstResultsMs.median).toBeGreaterThan(0);
  });

  it('wrote a markdown table that names both sides and the size', () => {
    expect(report).toContain('Gongkai');
    expect(report).toContain('Hugo + Pagefind');
    expect(report).toMatch(/^\| 200 \| \d+\.\d s \(/mu);
  });
});
