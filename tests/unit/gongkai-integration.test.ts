import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, InjectedRoute } from 'astro';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/config/site-config';
import { gongkai } from '../../src/integrations/gongkai';
import { assertPartOrder, gongkaiParts } from '../../src/integrations/gongkai-parts';
import { fixtureContentDir, repoRoot } from '../support/paths';

/** The order the build needs, written out here rather than read from the code under test. */
const EXPECTED_ORDER = [
  'gongkai:content-validation',
  'gongkai:dev-server',
  '@astrojs/sitemap',
  'gongkai:pagefind-index',
  'gongkai:security-headers',
  'gongkai:elder-mode-pages',
  'gongkai:publication-count',
  'gongkai:atomic-output',
];

/** A copy of the fixture content whose site.json is changed by `edit`. */
function contentWith(edit: (site: Record<string, unknown>) => Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-integration-'));
  cpSync(fixtureContentDir, dir, { recursive: true });
  const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'site.json'), JSON.stringify(edit(site), null, 2));
  return dir;
}

/** Runs the integration's astro:config:setup the way Astro does, recording what it asks for. */
function setUp(integration: AstroIntegration) {
  const updates: Array<Record<string, unknown>> = [];
  const routes: InjectedRoute[] = [];
  const hook = integration.hooks['astro:config:setup'] as unknown as (params: Record<string, unknown>) => void;
  hook({
    config: { root: pathToFileURL(`${repoRoot}/`), outDir: pathToFileURL(`${repoRoot}/dist/`) },
    command: 'build',
    updateConfig: (update: Record<string, unknown>) => updates.push(update),
    injectRoute: (route: InjectedRoute) => routes.push(route),
  });
  const update = Object.assign({}, ...updates) as { integrations: AstroIntegration[]; site?: string; base: string; vite: { plugins: Array<{ name: string }> } };
  return { update, routes };
}

describe('the gongkai() integration', () => {
  it('adds the parts of the build in their required order, the sitemap only when site.json gives an address', () => {
    const withSite = setUp(gongkai({ contentDir: fixtureContentDir })).update;
    expect(withSite.integrations.map((part) => part.name)).toEqual(EXPECTED_ORDER);
    expect(withSite.site).toBe('https://jiyao.example.gov.cn');
    const withoutSite = setUp(gongkai({ contentDir: contentWith(({ site: _site, ...rest }) => rest) })).update;
    expect(withoutSite.integrations.map((part) => part.name)).toEqual(EXPECTED_ORDER.filter((name) => name !== '@astrojs/sitemap'));
    expect(withoutSite.site).toBeUndefined();
  });

  it('serves the configuration it loaded as virtual:gongkai/config', async () => {
    const { update } = setUp(gongkai({ contentDir: fixtureContentDir, searchBundle: 'suche' }));
    const plugin = update.vite.plugins.find((candidate) => candidate.name === 'gongkai:virtual-config') as unknown as {
      resolveId: (id: string) => string | undefined;
      load: (id: string) => string | undefined;
    };
    const id = plugin.resolveId('virtual:gongkai/config');
    expect(id).toBeDefined();
    expect(plugin.resolveId('virtual:other')).toBeUndefined();
    const file = join(mkdtempSync(join(tmpdir(), 'gongkai-virtual-')), 'config.mjs');
    writeFileSync(file, plugin.load(id!)!);
    const served = await import(file);
    expect(served.site).toEqual(loadSiteConfig(fixtureContentDir));
    expect(served.searchBundle).toBe('suche');
    expect(served.contentDir).toBe(fixtureContentDir.replace(/\/$/u, ''));
  });

  it('adds the statistics and people pages only when their switches are on', () => {
    const patterns = (dir: string) => setUp(gongkai({ contentDir: dir })).routes.map((route) => route.pattern);
    expect(patterns(fixtureContentDir)).toEqual(['/stats', '/people', '/people/[person]/[...page]']);
    expect(patterns(contentWith((site) => ({ ...site, features: { people: false } })))).toEqual(['/stats']);
    expect(patterns(contentWith((site) => ({ ...site, features: { statistics: false, people: false } })))).toEqual([]);
  });

  it('refuses an invalid site.json before adding anything, naming the file and field', () => {
    const dir = contentWith((site) => ({ ...site, features: { peple: false } }));
    const line = readFileSync(join(dir, 'site.json'), 'utf8').split('\n').findIndex((text) => text.includes('"peple"')) + 1;
    expect(() => setUp(gongkai({ contentDir: dir }))).toThrow(
      `${join(dir, 'site.json')}:${line}: features.peple: "peple" 不是已知的字段 — 请删除或改正字段名 — 是否应为 people？`,
    );
  });
});

describe('the order of the build parts', () => {
  const site = loadSiteConfig(fixtureContentDir);

  it('is checked when the parts are made', () => {
    expect(gongkaiParts({ site, contentDir: fixtureContentDir, searchBundle: 'pagefind', searchRecordsFile: null }, join(tmpdir(), 'gongkai-parts-out')).map((part) => part.name)).toEqual(EXPECTED_ORDER);
  });

  it('refuses the swap before the count, a missing validation and an unknown part', () => {
    const swapped = [...EXPECTED_ORDER.slice(0, 6), 'gongkai:atomic-output', 'gongkai:publication-count'];
    expect(() => assertPartOrder(swapped)).toThrow('gongkai(): gongkai:atomic-output comes before gongkai:publication-count');
    expect(() => assertPartOrder(EXPECTED_ORDER.slice(1))).toThrow('gongkai(): the build lacks gongkai:content-validation');
    expect(() => assertPartOrder([...EXPECTED_ORDER, 'other'])).toThrow('gongkai(): unknown build parts other');
    expect(() => assertPartOrder([...EXPECTED_ORDER.slice(0, 2), ...EXPECTED_ORDER.slice(1)])).toThrow(/comes before/u);
    expect(() => assertPartOrder(EXPECTED_ORDER)).not.toThrow();
  });
});
