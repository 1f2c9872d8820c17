import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { contentDirFor, projectPaths } from '../../src/config/project-paths';
import { SITE_JSON_SCHEMA_FILE, siteJsonSchemaText } from '../../src/config/site-json-schema';
import { loadSiteConfig, readSiteConfig, SiteConfigError } from '../../src/config/site-config';
import { virtualConfigSource } from '../../src/config/virtual-config';
import { gongkaiOptionsSchema } from '../../src/schemas/gongkai-options';
import { fixtureContentDir, repoRoot } from '../support/paths';

/** A content folder holding only a site.json with `text`. */
function siteFolder(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-site-'));
  writeFileSync(join(dir, 'site.json'), text);
  return dir;
}

const valid = { lang: 'zh-CN', title: '示例市人民政府会议纪要', publisher: '示例市人民政府', description: '示例。' };

/** site.json as an editor writes it: one field a line, so a field's line number is known in advance. */
const pretty = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

describe('project paths', () => {
  it('default to content/ and dist/, and take other folders from GONGKAI_CONTENT and GONGKAI_OUT', () => {
    expect(projectPaths({}, repoRoot)).toEqual({ contentDir: join(repoRoot, 'content'), outDir: join(repoRoot, 'dist') });
    expect(projectPaths({ GONGKAI_CONTENT: 'tests/fixtures/content', GONGKAI_OUT: '/tmp/out' }, repoRoot)).toEqual({
      contentDir: join(repoRoot, 'tests/fixtures/content'),
      outDir: '/tmp/out',
    });
  });

  it("give a command's --content flag precedence over the environment", () => {
    expect(contentDirFor('other', { GONGKAI_CONTENT: 'tests/fixtures/content' }, repoRoot)).toBe(join(repoRoot, 'other'));
    expect(contentDirFor(undefined, { GONGKAI_CONTENT: 'tests/fixtures/content' }, repoRoot)).toBe(join(repoRoot, 'tests/fixtures/content'));
  });
});

describe('the site configuration', () => {
  it('reads the fixture site.json with its defaults filled in: every feature on, base /, 50 entries a page', () => {
    const site = loadSiteConfig(fixtureContentDir);
    expect(site.title).toBe('测试市人民政府会议纪要');
    expect(loadSiteConfig(siteFolder(JSON.stringify(valid)))).toMatchObject({ base: '/', listPageSize: 50, timeZone: 'Asia/Shanghai', features: { statistics: true, people: true } });
  });

  it('names the file, the line, the field and the fix of every bad field at once, in the site\'s language', () => {
    const dir = siteFolder(pretty({ ...valid, title: '', base: 'jiyao', features: { people: 'no' }, feedEntry: 5 }));
    const { site, errors } = readSiteConfig(dir, dir);
    expect(site).toBeUndefined();
    // Lines: 1 {, 2 lang, 3 title, 4 publisher, 5 description, 6 base, 7 features, 8 people, 9 }, 10 feedEntry.
    expect(errors).toEqual([
      { file: 'site.json', line: 3, field: 'title', message: '不能为空' },
      { file: 'site.json', line: 6, field: 'base', message: '应以 / 开头，如 /jiyao，而不是 "jiyao"' },
      { file: 'site.json', line: 8, field: 'features.people', message: '应为true 或 false，而不是 "no"' },
      { file: 'site.json', line: 10, field: 'feedEntry', message: '"feedEntry" 不是已知的字段 — 请删除或改正字段名 — 是否应为 feedEntries？' },
    ]);
  });

  it('throws one error without a stack trace whose lines an editor can follow', () => {
    const dir = siteFolder(pretty({ ...valid, lang: 'fr' }));
    let thrown: unknown;
    try {
      loadSiteConfig(dir, dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SiteConfigError);
    expect((thrown as Error).stack).toBe('');
    expect((thrown as Error).message).toBe(
      'site.json:2: lang: 应为 zh-CN、en 之一，而不是 "fr"\n网站配置有 1 个问题；请改正 site.json（每个字段的说明见 src/schemas/site.ts 和 site.schema.json）后重新构建',
    );
  });

  it('gives the absolute path of a site.json outside the working directory', () => {
    const dir = siteFolder(pretty({ ...valid, timeZone: 'Mars/Olympus' }));
    expect(readSiteConfig(dir, repoRoot).errors).toEqual([
      { file: join(dir, 'site.json'), line: 6, field: 'timeZone', message: '应为 IANA 时区名，如 Asia/Shanghai，而不是 "Mars/Olympus"' },
    ]);
  });

  it('says where JSON that cannot be read breaks, and when the file is missing', () => {
    const broken = siteFolder('{\n  "lang": "zh-CN",\n  "title": "x",,\n}\n');
    const [syntax] = readSiteConfig(broken, broken).errors;
    expect(syntax).toMatchObject({ file: 'site.json', line: 3, field: '' });
    expect(syntax?.message).toMatch(/^不是有效的 JSON（.+）— 请检查这里的引号和逗号$/u);
    const empty = mkdtempSync(join(tmpdir(), 'gongkai-site-'));
    expect(readSiteConfig(empty, empty).errors).toEqual([
      { file: 'site.json', field: '', message: '缺少此文件；每个内容文件夹都要有网站配置（可复制 content/site.json 后修改）' },
    ]);
  });
});

describe('gongkai() options', () => {
  it('default the search bundle to pagefind/ and refuse a folder that is not one plain name or that pages use', () => {
    expect(gongkaiOptionsSchema.parse({})).toEqual({ contentDir: 'content', searchBundle: 'pagefind' });
    expect(gongkaiOptionsSchema.safeParse({ searchBundle: 'a/b' }).error?.issues[0]?.message).toMatch(/one folder name/u);
    expect(gongkaiOptionsSchema.safeParse({ searchBundle: 'minutes' }).error?.issues[0]?.message).toMatch(/must not be a folder the site's pages use/u);
  });
});

describe('virtual:gongkai/config', () => {
  it('exports the loaded configuration as plain data, read back as the same values', async () => {
    const config = { site: loadSiteConfig(fixtureContentDir), contentDir: fixtureContentDir, searchBundle: 'suche', searchRecordsFile: null };
    const file = join(mkdtempSync(join(tmpdir(), 'gongkai-virtual-')), 'config.mjs');
    writeFileSync(file, virtualConfigSource(config));
    expect({ ...(await import(file)) }).toEqual(config);
  });
});

describe('the repository content', () => {
  it('has a site.json that points editors at the committed JSON Schema', () => {
    const raw = JSON.parse(readFileSync(join(repoRoot, 'content/site.json'), 'utf8')) as { $schema?: string };
    expect(raw.$schema).toBe('../site.schema.json');
    expect(readSiteConfig(join(repoRoot, 'content')).errors).toEqual([]);
  });
});

describe('site.schema.json', () => {
  it('is the committed JSON Schema generated from src/schemas/site.ts (rewrite it with npx tsx src/cli/site-schema.ts)', () => {
    expect(readFileSync(join(repoRoot, SITE_JSON_SCHEMA_FILE), 'utf8')).toBe(siteJsonSchemaText());
  });

  it('accepts the repository and fixture site.json and refuses a misspelt field, as read by a JSON Schema validator', () => {
    // zod writes `startsWith` as format "starts_with" beside its pattern; the pattern is what checks it.
    const ajv = new Ajv2020({ allErrors: true, formats: { starts_with: true } });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(repoRoot, SITE_JSON_SCHEMA_FILE), 'utf8')));
    for (const dir of [join(repoRoot, 'content'), fixtureContentDir]) expect(validate(JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')))).toBe(true);
    expect(validate({ ...valid, features: { stats: false } })).toBe(false);
    expect(validate({ ...valid, features: { statistics: false, people: false } })).toBe(true);
  });
});
