import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/config/project-paths';
import { validateContent } from '../../src/validation/validate-content';
import { astroBuild } from '../support/astro-build';
import { fixtureContentDir, repoRoot } from '../support/paths';

/** Scratch space for the builds below; a fixed path, so Astro's caches for them do not pile up. */
const work = join(repoRoot, 'tests/.output/previous-build');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const out = join(work, 'site');
const minutes = (name: string) => join(content, 'minutes', `${name}.md`);
const edit = (name: string, change: (text: string) => string) => writeFileSync(minutes(name), change(readFileSync(minutes(name), 'utf8')));
const catalogueNumbers = (year: number) =>
  Object.fromEntries((JSON.parse(readFileSync(join(out, 'data/catalogue', `${year}.json`), 'utf8')).minutes as Array<{ id: string; indexNumber?: string }>).map((entry) => [entry.id, entry.indexNumber]));

// The fixture content with its warnings answered (a 发布日期 and 索引号 for each published document), so a strict build passes.
cpSync(fixtureContentDir, content, { recursive: true });
rmSync(join(repoRoot, cacheDirFor(content)), { recursive: true, force: true });
edit('markup-injection-2023-07', (text) => text.replace('dateIssued: 2023-07-20', 'indexNumber: 014145300/2023-00701\ndateIssued: 2023-07-20'));
edit('taicang-changwu-2023-05', (text) => text.replace('dateIssued: 2023-04-18', 'indexNumber: 014145300/2023-00702\ndateIssued: 2023-04-18\ndatePublished: 2023-04-20'));

describe('a build over the previous build in its output folder', () => {
  it('compares with nothing the first time', () => {
    const { status, output } = astroBuild(content, out, { GONGKAI_STRICT: '1' });
    expect(status, output).toBe(0);
    expect(output).not.toContain('警告');
    expect(output).not.toContain('已与上次构建的目录');
    expect(catalogueNumbers(2022)['taicang-changwu-2022-12']).toBe('014145300/2022-00412');
  });

  it('fails when a published 索引号 changed, naming the one published, and leaves the site as it was', () => {
    edit('taicang-changwu-2022-12', (text) => text.replace('indexNumber: 014145300/2022-00412', 'indexNumber: 014145300/2022-00499'));
    const { status, output } = astroBuild(content, out);
    edit('taicang-changwu-2022-12', (text) => text.replace('indexNumber: 014145300/2022-00499', 'indexNumber: 014145300/2022-00412'));
    expect(status, output).not.toBe(0);
    expect(output).toContain(`已与上次构建的目录 ${join(out, 'data/minutes.json')} 核对索引号和已发布的文件`);
    expect(output).toMatch(/minutes\/taicang-changwu-2022-12\.md:2: indexNumber: 上一版发布时的索引号是 "014145300\/2022-00412"，现在改成了 "014145300\/2022-00499"/u);
    expect(catalogueNumbers(2022)['taicang-changwu-2022-12']).toBe('014145300/2022-00412');
  });

  it('warns when a published document vanished: an error with GONGKAI_STRICT=1, accepted by a build without it', () => {
    rmSync(minutes('taicang-changwu-2023-09'));
    const vanished = /minutes\/taicang-changwu-2023-09\.md: 警告：上一版已公开发布（索引号 014145300\/2023-00957），本次内容中已没有这个文件，其页面 \/minutes\/taicang-changwu-2023-09\/ 将失效/u;
    const strict = astroBuild(content, out, { GONGKAI_STRICT: '1' });
    expect(strict.status, strict.output).not.toBe(0);
    expect(strict.output).toMatch(vanished);
    expect(strict.output).toMatch(/内容中有 0 个问题和 1 条警告（--strict）/u);
    expect(existsSync(join(out, 'minutes/taicang-changwu-2023-09/index.html'))).toBe(true);

    const lenient = astroBuild(content, out);
    expect(lenient.status, lenient.output).toBe(0);
    expect(lenient.output).toMatch(vanished);
    expect(existsSync(join(out, 'minutes/taicang-changwu-2023-09/index.html'))).toBe(false);
    // The next build compares with the catalogue just written, which no longer lists it.
    expect(validateContent(content, { cwd: repoRoot, previousCatalogue: out }).warnings).toEqual([]);
  });
});
