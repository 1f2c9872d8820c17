import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { minutesDataSchema } from '../../src/schemas/data-minutes';
import { astroBuild } from '../support/astro-build';
import { fixtureContentDir, repoRoot } from '../support/paths';
import { pageHtml } from '../support/site-files';

// The fixture content and one published meeting report, built for real in a folder of its own.
const content = join(mkdtempSync(join(tmpdir(), 'gongkai-report-content-')), 'content');
const out = join(repoRoot, 'tests/.output/report-site');
const id = 'taicang-report-2023-08';

describe('a meeting report (documentKind: 会议报道) published beside the 纪要', () => {
  let output = '';
  beforeAll(() => {
    cpSync(fixtureContentDir, content, { recursive: true });
    cpSync(join(repoRoot, 'tests/fixtures/report', `${id}.md`), join(content, 'minutes', `${id}.md`));
    rmSync(out, { recursive: true, force: true });
    const result = astroBuild(content, out);
    output = result.output;
    expect(result.status, output).toBe(0);
  }, 600_000);

  it('is labelled 会议报道, not 纪要: no red 版头, no 文号, no 纪要 in its title', () => {
    const $ = load(pageHtml(`/minutes/${id}/`, out));
    expect($('h1').text()).toBe('市政府第29次常务会议报道');
    expect($('title').text().startsWith('市政府第29次常务会议报道 - ')).toBe(true);
    expect($('.minutes-header .document-kind').text()).toBe('会议报道');
    expect($('.minutes-header').hasClass('report')).toBe(true);
    expect($('.document-title, .document-number')).toHaveLength(0);
    expect($('.meeting-facts').text()).toContain('会议报道');
    // No 成文日期, 文号, 整理 or 出席 it does not have; its 列席 as printed.
    expect($('.disclosure').text()).not.toMatch(/文号|成文日期/u);
    expect($('.distribution')).toHaveLength(0);
    expect($('.attendance').text()).toContain('列席');
    expect($('.attendance').text()).not.toContain('出席');
  });

  it('lists its items with the ids topic pages link to, and keeps its text as printed, without headings', () => {
    const $ = load(pageHtml(`/minutes/${id}/`, out));
    expect($('.report-agenda li').map((_, li) => $(li).attr('id')).get()).toEqual(['item-1', 'item-2']);
    expect($('.report-agenda li').first().text()).toContain('一、听取全市安全生产工作情况汇报');
    expect($('.minutes-body h2:not(.visually-hidden)')).toHaveLength(0);
    expect($('.minutes-body').text()).toContain('会议审议并原则通过了《太仓市城镇燃气安全专项整治方案》');
    const topic = load(pageHtml('/topics/gas-safety/', out));
    expect(topic(`a[href="/minutes/${id}/#item-2"]`)).toHaveLength(1);
  });

  it('is in the open data as a 会议报道, held to its schema, and in the listings by its kind', () => {
    const data = JSON.parse(readFileSync(join(out, 'data/minutes', `${id}.json`), 'utf8')) as Record<string, unknown>;
    expect(data).toMatchObject({ documentKind: '会议报道', title: '市政府第29次常务会议报道' });
    expect(data).not.toHaveProperty('documentNumber');
    expect(minutesDataSchema.safeParse(data).success).toBe(true);
    // A 纪要's data file without its 文号 is still refused.
    expect(minutesDataSchema.safeParse({ ...data, documentKind: '纪要' }).success).toBe(false);
    expect(load(pageHtml('/minutes/2023/', out))(`a[href="/minutes/${id}/"]`).closest('article').find('.summary-facts').text()).toContain('会议报道');
  });
});
