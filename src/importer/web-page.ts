import { toSimplified } from './chinese';
import type { PageSource } from '../locales/editor/importer-notes.zh-CN';
import type { Removal, SourceLine } from './source-line';

/**
 * Page furniture of a text copied from a government web page: navigation, the 来源/发布时间/浏览量
 * line, the 索引号 table, bylines, 【时政新闻】 and 本报讯 prefixes, 上一篇/下一篇, the site footer.
 * None of it is the document's text; each piece removed is reported, and the publication date it
 * states is kept as a source for a meeting date printed without its year.
 */

/** Labels of the catalogue table (索引号 table) printed above a disclosed document. */
const CATALOGUE_LABELS = ['索引号', '组配分类', '发布机构', '主题分类', '体裁分类', '服务对象', '关键词', '名称', '文号', '生成日期', '发布日期', '成文日期', '有效性'];
const CATALOGUE_LINE = new RegExp(`^(?:${CATALOGUE_LABELS.join('|')})\\s*[:：]`, 'u');
const CATALOGUE_HEADINGS = new RegExp(`(?:${CATALOGUE_LABELS.join('|')})`, 'gu');

/** A date the page states: 发布时间:2023-10-25 14:40, 日期: 2019-12-26, 发布日期:2024-03-04. Group 1 the label, 2–4 the date. */
const PAGE_DATE = /(发布时间|发布日期|更新时间|生成日期|日期)\s*[:：]\s*(\d{4})-(\d{1,2})-(\d{1,2})/u;
/** A line that is only a date, as pages print above the text: 2022-04-08. */
const DATE_ONLY = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/u;

const WHOLE_LINE: RegExp[] = [
  // 来源:黄石日报 / 信息来源 / 作者: … 日期: … 浏览量: …
  /^(?:来源|信息来源|文章来源|作者|编辑|责任编辑|审核|审稿|校对|摄影)\s*[:：]/u,
  /(?:浏览量|浏览次数|点击次数|访问量|阅读量)\s*[:：]/u,
  // Breadcrumbs: 您现在所在的位置: 网站首页> … > 会议开放
  /^(?:您现在所在的位置|您的位置|当前位置)|[^>]+>[^>]+>/u,
  // Menus and lists of links: • 无障碍, • 2018
  /^\s*[•·]/u,
  /^\s*[|｜]+\s*$/u,
  /^(?:上一篇|下一篇)/u,
  /^(?:相关文章|相关链接|相关阅读|扫一扫|打印本页|关闭窗口)\s*$/u,
  /^(?:相关解读|会议解读|媒体报道|图片解读|视频解读)\s*[:：]/u,
  /^【附件下载】/u,
  // The site footer.
  /版权所有|网站标识码|备案号|ICP备|违法和不良信息举报/u,
  // (本报记者 李天舒), (记者 余勤), (付清) on a line of its own.
  /^[(（]\s*(?:本报记者|记者|通讯员|撰稿人|撰稿|作者)[^)）]*[)）]\s*$/u,
  /^[(（]\s*(?:\p{Script=Han}{2,3}|[\p{Script=Han}\s]{2,8}(?:文\/图|摄))\s*[)）]\s*$/u,
];

/** Bylines at the end of the last paragraph: …其他事项。(撰稿人:江婷婷 审稿人:郑李平), (记者:徐 虹), (王若梦), (任天能文/图). */
const TRAILING_BYLINE = /(?<=[。！？”])\s*[(（]\s*(?:(?:本报记者|记者|通讯员|撰稿人|撰稿|作者)[^)）]*|\p{Script=Han}{2,3}|[\p{Script=Han}\s]{2,8}(?:文\/图|摄|文))[)）]\s*$/u;
/** Prefixes of a news item: 【时政新闻】, 本报讯. */
const LEADING_PREFIX = /^\s*(?:【[^】]{2,8}】|本报讯\s*)/u;

export interface WebPageFurniture {
  lines: SourceLine[];
  removed: Removal[];
  /** The date the page says it was published (or generated), with the label it came with. */
  pageDate?: { date: Date; line: number } & PageSource;
}

function isCatalogueLine(simple: string): boolean {
  const labels = simple.match(CATALOGUE_HEADINGS)?.length ?? 0;
  return CATALOGUE_LINE.test(simple) || (labels >= 2 && simple.replace(CATALOGUE_HEADINGS, '').replace(/[\s\d年区市县政府常务会议]/gu, '').length <= 4);
}

function utcDate(year: string, month: string, day: string): Date | undefined {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1 ? date : undefined;
}

/** Takes the web page's furniture out of the lines; every removal is reported. */
export function removeWebPageFurniture(lines: readonly SourceLine[]): WebPageFurniture {
  const result: WebPageFurniture = { lines: [], removed: [] };
  const remove = (line: SourceLine, text: string) => result.removed.push({ kind: 'web page furniture', line: line.line, page: line.page, text: text.trim() });
  for (const line of lines) {
    const simple = toSimplified(line.text.trim());
    if (simple === '') {
      result.lines.push(line);
      continue;
    }
    const dated = PAGE_DATE.exec(simple) ?? DATE_ONLY.exec(simple);
    const isDateLine = DATE_ONLY.test(simple);
    if (WHOLE_LINE.some((pattern) => pattern.test(simple)) || isCatalogueLine(simple) || isDateLine || (PAGE_DATE.test(simple) && simple.length <= 80)) {
      if (dated && !result.pageDate) {
        const [year, month, day] = isDateLine ? dated.slice(1, 4) : dated.slice(2, 5);
        const date = utcDate(year as string, month as string, day as string);
        if (date) result.pageDate = { date, line: line.line, ...(isDateLine ? {} : { label: dated[1] }) };
      }
      remove(line, line.text);
      continue;
    }
    let text = line.text;
    const prefix = LEADING_PREFIX.exec(toSimplified(text));
    if (prefix) {
      remove(line, text.slice(0, prefix[0].length));
      text = text.slice(prefix[0].length);
    }
    const byline = TRAILING_BYLINE.exec(toSimplified(text));
    if (byline) {
      remove(line, text.slice(byline.index));
      text = text.slice(0, byline.index);
    }
    result.lines.push(text === line.text ? line : { ...line, text });
  }
  return result;
}
