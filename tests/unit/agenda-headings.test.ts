import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaHeadings, parsedAgendaHeadings, quickAgendaHeadings } from '../../src/validation/body';
import { fixtureContentDir, repoRoot } from '../support/paths';

/** The body of every minutes file the repository carries, valid or not. */
function bodies(): string[] {
  const dirs = [join(repoRoot, 'content/minutes'), join(fixtureContentDir, 'minutes'), join(repoRoot, 'tests/fixtures/invalid')];
  return dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(dir, name), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/u, '')),
  );
}

describe('agenda headings without a full parse', () => {
  it('finds the same headings, titles and lines as the full markdown parse in every minutes file here', () => {
    const all = bodies();
    expect(all.length).toBeGreaterThan(5);
    for (const body of all) expect(agendaHeadings({ body, bodyLine: 7 })).toEqual(parsedAgendaHeadings({ body, bodyLine: 7 }));
    // The quick path is what these bodies take.
    expect(all.filter((body) => quickAgendaHeadings({ body, bodyLine: 1 }) !== undefined).length).toBeGreaterThan(all.length / 2);
  });

  it('reads inline markup, entities, closing hashes and line endings in a heading the way the parser does', () => {
    const body = '开头。\r\n\r\n## 一、关于**燃气**安全 ##\r\n\r\n内容。\n## 二、听取&amp;审议\\*方案\n\n###  三、不是二级\n\n## 三、研究`代码`事项\n';
    expect(quickAgendaHeadings({ body, bodyLine: 5 })).toEqual(parsedAgendaHeadings({ body, bodyLine: 5 }));
    expect(parsedAgendaHeadings({ body, bodyLine: 5 }).map((heading) => heading.line)).toEqual([7, 10, 14]);
  });

  it('leaves to the full parse every body whose block structure could hide or make a heading', () => {
    const hazards = [
      '```\n## 一、代码里的\n```\n\n## 一、真的\n',
      '~~~\n## 一、代码里的\n~~~\n',
      '<div>\n## 一、HTML 里的\n</div>\n',
      '> 引文\n## 一、引文之后\n',
      '一、上面一行\n---\n',
      '一、上面一行\n===\n',
      '  ## 一、缩进的\n',
      '## 一、[引用][r]\n\n[r]: https://example.gov.cn\n',
    ];
    for (const body of hazards) {
      expect(quickAgendaHeadings({ body, bodyLine: 1 }), body).toBeUndefined();
      expect(agendaHeadings({ body, bodyLine: 1 }), body).toEqual(parsedAgendaHeadings({ body, bodyLine: 1 }));
    }
    // What the full parse makes of them, so the fallback is seen doing its job.
    expect(agendaHeadings({ body: hazards[0]!, bodyLine: 1 }).map((heading) => heading.line)).toEqual([5]);
    expect(agendaHeadings({ body: hazards[4]!, bodyLine: 1 })).toEqual([{ ordinal: '一', title: '上面一行', line: 1 }]);
  });
});
