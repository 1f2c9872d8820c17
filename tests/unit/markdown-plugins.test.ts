import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import { rehypeAgendaAnchors } from '../../src/markdown/rehype-agenda-anchors';
import { rehypeNumberedPoints } from '../../src/markdown/rehype-numbered-points';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/markdown/${name}`, import.meta.url), 'utf8');

/** Renders markdown through the same unified processor the site is built with. */
async function render(markdown: string, rehypePlugins: Parameters<typeof unified>[0] extends infer O ? O extends { rehypePlugins?: infer P } ? P : never : never) {
  const renderer = await unified({ smartypants: false, rehypePlugins }).createRenderer({});
  return (await renderer.render(markdown)).code;
}

describe('rehype-agenda-anchors', () => {
  it('gives each agenda heading an id from its ordinal and leaves other headings alone', async () => {
    const html = await render(fixture('agenda.md'), [rehypeAgendaAnchors]);
    expect(html).toContain('<h2 id="item-1" class="agenda-heading">一、听取全市疫情防控工作情况汇报</h2>');
    expect(html).toContain('<h2 id="item-11" class="agenda-heading">十一. 审议《方案》</h2>');
    expect(html).toContain('<h2 id="附件">附件</h2>');
  });

  it('takes the heading element and class from its options', async () => {
    const html = await render('### 二、研究事项', [[rehypeAgendaAnchors, { tagName: 'h3', className: 'item' }]]);
    expect(html).toBe('<h3 id="item-2" class="item">二、研究事项</h3>');
  });
});

describe('rehype-numbered-points', () => {
  it('marks paragraphs that open with a full-width or ASCII numbered point', async () => {
    const html = await render(fixture('agenda.md'), [rehypeNumberedPoints]);
    expect(html).toContain('<p class="point">（一）会议听取了市卫健委的汇报。</p>');
    expect(html).toContain('<p class="point">(二) 各地各部门要加强统筹协调。</p>');
    expect(html).toContain('<p>一般段落不是编号要点。</p>');
    expect(html).toContain('<p>会议议定以下意见：</p>');
  });
});
