import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaItemId, parseAgendaHeading } from '../../src/utils/agenda';
import { loadSiteConfig } from '../../src/config/site-config';
import { readMinutes } from '../support/content';
import { fixtureContentDir, repoRoot } from '../support/paths';

const contentDir = join(repoRoot, 'content');

describe('the repository content', () => {
  const minutes = readMinutes(contentDir);

  it('has a valid site configuration', () => {
    expect(loadSiteConfig(contentDir).lang).toBe('zh-CN');
  });

  it('holds the Taicang minutes with every field the original supports', () => {
    const taicang = minutes.find((doc) => doc.id === 'taicang-changwu-2023-05');
    expect(taicang?.data).toMatchObject({
      issuer: '太仓市人民政府',
      documentType: '常务会议纪要',
      documentNumber: '第5号',
      meeting: { name: '市政府第22次常务会议', session: 22, timeOfDay: '下午', chair: { name: '吴敬宇', title: '常务副市长' } },
      disclosure: { access: '主动公开', release: '此件公开发布', status: 'published' },
    });
    expect(taicang?.data.agenda).toHaveLength(9);
    expect(taicang?.data.attendance.present).toHaveLength(6);
    expect(taicang?.data.attendance.observers).toHaveLength(67);
    expect(taicang?.data.recipients).toHaveLength(7);
    expect(taicang?.data.copies).toHaveLength(6);
  });

  it('lists in frontmatter exactly the agenda headings of each body, in order', () => {
    for (const doc of minutes) {
      const headings = [...doc.body.matchAll(/^## (.+)$/gmu)].map((match) => parseAgendaHeading(match[1] ?? ''));
      expect(headings, doc.id).toEqual(doc.data.agenda.map(({ ordinal, title }) => ({ ordinal, title })));
      expect(new Set(doc.data.agenda.map((item) => agendaItemId(item.ordinal))).size, doc.id).toBe(doc.data.agenda.length);
    }
  });

  it('never breaks a line inside a sentence: every paragraph ends a sentence or a clause', () => {
    for (const doc of minutes) {
      const blocks = doc.body.split(/\n\s*\n/u).map((block) => block.trim()).filter(Boolean);
      const broken = blocks.filter((block) => block.includes('\n') || (!block.startsWith('## ') && !/[。：；]$/u.test(block)));
      expect(broken, doc.id).toEqual([]);
    }
  });

  it('names only topics that exist', () => {
    const topics = readFileSync(join(contentDir, 'topics.yaml'), 'utf8');
    for (const doc of minutes) {
      for (const topic of doc.data.agenda.flatMap((item) => item.topics)) expect(topics, doc.id).toContain(`- id: ${topic}\n`);
    }
  });

  it('is mirrored byte for byte by the fixture copy the build tests use', () => {
    const name = 'minutes/taicang-changwu-2023-05.md';
    expect(readFileSync(join(fixtureContentDir, name), 'utf8')).toBe(readFileSync(join(contentDir, name), 'utf8'));
  });
});
