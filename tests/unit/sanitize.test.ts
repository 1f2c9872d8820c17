import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { minutesMarkdownOptions, minutesMarkdownSettings } from '../../src/markdown/pipeline';
import { unsafeMarkup } from '../support/unsafe-markup';

/** The injection corpus is the body of a fixture minutes file, so the built site shows the same payloads. */
const corpusFile = new URL('../fixtures/content/minutes/markup-injection-2023-07.md', import.meta.url);
const { content: corpusBody } = parseFrontmatter(readFileSync(corpusFile, 'utf8'));
/** One payload per blank-line-separated block after the agenda heading, the closing line excluded. */
const payloads = corpusBody
  .split(/^## .*$/mu)[1]!
  .split(/\n\s*\n/u)
  .map((block) => block.trim())
  .filter((block) => block.length > 0 && block !== '（样本结束）');

/** Renders markdown through the site's own processor and options. */
async function render(markdown: string): Promise<string> {
  const renderer = await unified(minutesMarkdownOptions).createRenderer(minutesMarkdownSettings);
  return (await renderer.render(markdown)).code;
}

describe('the markup injection corpus', () => {
  it('has at least 40 payloads', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(40);
  });

  it.each(payloads)('renders %s without anything that could run', async (payload) => {
    const html = await render(payload);
    expect(unsafeMarkup(html)).toEqual([]);
  });

  it('renders the whole corpus as one document without anything that could run, through to its last line', async () => {
    const html = await render(corpusBody);
    expect(unsafeMarkup(html)).toEqual([]);
    expect(load(html)('p').last().text()).toBe('（样本结束）');
  });
});

describe('rehype-safe-html', () => {
  it('keeps the structure minutes use: headings, points, lists, tables, emphasis and web links', async () => {
    const html = await render(
      [
        '## 一、审议《方案》',
        '（一）原则同意<strong>方案</strong>，<sup>注1</sup>详见[公告](https://example.gov.cn/a?b=1)或[本站](/minutes/)。',
        '- 甲\n- 乙',
        '| 单位 | 人数 |\n| :-- | --: |\n| 市住建局 | 3 |',
        '<abbr title="太仓港经济技术开发区">港区</abbr>与<a href="mailto:gk@example.gov.cn">邮箱</a>',
      ].join('\n\n'),
    );
    expect(html).toContain('<h2 id="item-1" class="agenda-heading">一、审议《方案》</h2>');
    expect(html).toContain('<p class="point">（一）原则同意<strong>方案</strong>，<sup>注1</sup>详见<a href="https://example.gov.cn/a?b=1">公告</a>或<a href="/minutes/">本站</a>。</p>');
    expect(html).toContain('<ul>\n<li>甲</li>\n<li>乙</li>\n</ul>');
    expect(html).toContain('<th align="left">单位</th>');
    expect(html).toContain('<td align="right">3</td>');
    expect(html).toContain('<abbr title="太仓港经济技术开发区">港区</abbr>与<a href="mailto:gk@example.gov.cn">邮箱</a>');
  });

  it('keeps the text of unwrapped elements and drops the content of script-like ones', async () => {
    const html = await render('<div onclick="alert(1)">事件</div>\n\n<script>alert("隐藏")</script>\n\n<style>p{}</style>');
    expect(html).toContain('事件');
    expect(html).not.toContain('隐藏');
    expect(html).not.toContain('p{}');
  });

  it('does not let content take over the ids, classes or data attributes the site relies on', async () => {
    const html = await render('<p id="main" class="skip-link" data-pagefind-body>正文</p>');
    expect(html).toBe('<p>正文</p>');
  });
});
