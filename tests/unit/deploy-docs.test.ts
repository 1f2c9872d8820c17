import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { headersFile, sitePolicy } from '../../src/utils/content-security-policy';
import { projectPaths } from '../../src/config/project-paths';
import { repoRoot } from '../support/paths';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

/** The headers a `_headers` file sends, as name → value (the build writes it with headersFile()). */
function headersOf(file: string): Map<string, string> {
  const lines = file.split('\n').filter((line) => /^\s+\S+: /u.test(line));
  return new Map(lines.map((line) => line.trim().split(/: (.*)/su).slice(0, 2) as [string, string]));
}

/** Each `location` block of an nginx configuration with the headers its add_header lines send. */
function nginxLocations(config: string): Array<{ location: string; headers: Map<string, string> }> {
  const withoutComments = config.replace(/#.*$/gmu, '');
  return [...withoutComments.matchAll(/location\s+([^{]+)\{([^}]*)\}/gu)].map(([, location = '', body = '']) => ({
    location: location.trim(),
    headers: new Map([...body.matchAll(/add_header\s+(\S+)\s+"([^"]*)"/gu)].map(([, name = '', value = '']) => [name, value])),
  }));
}

describe('docs/nginx.conf', () => {
  const expected = headersOf(headersFile(sitePolicy));
  const locations = nginxLocations(read('docs/nginx.conf'));

  it('sends, in every location that adds headers, the security headers the build writes to _headers', () => {
    expect(expected.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    const adding = locations.filter(({ headers }) => headers.size > 0);
    expect(adding.map(({ location }) => location)).toEqual(expect.arrayContaining(['/', '/_astro/', '/pagefind/']));
    for (const { location, headers } of adding) {
      for (const [name, value] of expected) expect(headers.get(name), `${location}: ${name}`).toBe(value);
    }
  });

  it('parses what it checks: a changed policy would not match', () => {
    const changed = headersOf(headersFile({ ...sitePolicy, 'img-src': ["'self'", 'data:'] }));
    expect(locations[0]?.headers.get('Content-Security-Policy')).not.toBe(changed.get('Content-Security-Policy'));
  });
});

describe('.github/workflows/deploy-pages.yml', () => {
  const workflow = parse(read('.github/workflows/deploy-pages.yml')) as {
    jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it("builds with Node 24 and the README's commands, and uploads the folder the build writes", () => {
    const outDir = basename(projectPaths({}, repoRoot).outDir);
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
    expect(steps.map((step) => step.run?.split(' ').slice(0, 2).join(' ')).filter(Boolean)).toEqual(['npm ci', 'npm run']);
    expect(steps.some((step) => step.run === 'npm run build')).toBe(true);
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe(outDir);
    expect(steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
