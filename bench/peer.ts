/**
 * The peer the issue compares us with: Debian's `hugo` with a minimal layout this file writes (a
 * list page and one page per document showing its frontmatter fields and its body, in
 * `<html lang="zh-CN">`), over the same markdown files, then the Pagefind CLI with its default
 * settings on Hugo's output (`npx pagefind --site …`, the project's pinned pagefind package).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../tests/support/paths';
import { outputStats, type OutputStats } from './output-stats';
import { runSampled, type SampledRun } from './tree-sampler';

export interface PeerStep {
  wallMs: number;
  peakTreeBytes: number;
}

export interface PeerBuild {
  hugo: PeerStep;
  pagefind: PeerStep;
  /** Hugo then Pagefind. */
  wallMs: number;
  /** The higher of the two steps' peaks (they run one after the other). */
  peakTreeBytes: number;
  output: OutputStats;
}

const CONFIG = `baseURL = "http://localhost/"
languageCode = "zh-CN"
title = "会议纪要"
hasCJKLanguage = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

const LIST = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ site.Title }}</title></head>
<body>
<h1>{{ site.Title }}</h1>
<ul>
{{ range site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Params.issuer }}{{ .Params.documentType }} {{ .Params.documentNumber }}</a></li>
{{ end }}</ul>
</body>
</html>
`;

const SINGLE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ .Params.issuer }}{{ .Params.documentType }} {{ .Params.documentNumber }}</title></head>
<body>
<main>
<h1>{{ .Params.issuer }}{{ .Params.documentType }} {{ .Params.documentNumber }}</h1>
<dl>
{{ range $key, $value := .Params }}<dt>{{ $key }}</dt><dd>{{ jsonify $value }}</dd>
{{ end }}</dl>
{{ .Content }}
</main>
</body>
</html>
`;

/** Writes the Hugo project (configuration and layouts) into `projectDir`; the content is read from `minutesDir` in place. */
export function writePeerProject(projectDir: string, minutesDir: string): void {
  rmSync(projectDir, { recursive: true, force: true });
  mkdirSync(join(projectDir, 'layouts/_default'), { recursive: true });
  writeFileSync(join(projectDir, 'hugo.toml'), `${CONFIG}contentDir = ${JSON.stringify(minutesDir)}\n`);
  writeFileSync(join(projectDir, 'layouts/index.html'), LIST);
  writeFileSync(join(projectDir, 'layouts/_default/single.html'), SINGLE);
}

/** Hugo's version line, for the results. */
export function hugoVersion(): string {
  try {
    return execFileSync('hugo', ['version'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('hugo is not installed: run "bash .ci/setup" (installs Debian\'s hugo package)');
  }
}

function checked(step: string, run: SampledRun): PeerStep {
  if (run.exitCode !== 0) throw new Error(`${step} failed (exit ${run.exitCode}):\n${run.lines.slice(-30).map((line) => line.text).join('\n')}`);
  return { wallMs: run.wallMs, peakTreeBytes: run.peakTreeBytes };
}

/** One cold peer build: Hugo's output (and its resource cache) are removed first. */
export async function runPeerBuild(projectDir: string, publicDir: string): Promise<PeerBuild> {
  rmSync(publicDir, { recursive: true, force: true });
  rmSync(join(projectDir, 'resources'), { recursive: true, force: true });
  const hugo = checked('hugo', await runSampled('hugo', ['--source', projectDir, '--destination', publicDir, '--quiet'], { cwd: projectDir }));
  const pagefind = checked('pagefind', await runSampled('npx', ['pagefind', '--site', publicDir], { cwd: repoRoot }));
  return {
    hugo,
    pagefind,
    wallMs: hugo.wallMs + pagefind.wallMs,
    peakTreeBytes: Math.max(hugo.peakTreeBytes, pagefind.peakTreeBytes),
    output: outputStats(publicDir),
  };
}
