import type { IndexNumberConfig } from '../schemas/index-number';
import { formatDate } from '../utils/dates';
import { indexNumberForm } from '../utils/index-number';
import { isPublic } from '../utils/publication';
import { workingDaysAfter } from '../utils/working-days';
import type { ContentError } from './content-error';
import type { ValidMinutes } from './references';
import { lineOf } from './source';

/** 政府信息公开条例 Art. 26: information is published within 20 working days of being made. */
export const PUBLICATION_DEADLINE_WORKING_DAYS = 20;

const day = (date: Date) => formatDate(date, 'zh-CN');

/**
 * What the disclosure rules ask of a published document that the build can do without: a
 * 发布日期, a 索引号, and publication within the deadline (or a recorded reason). These are
 * warnings: the document is still published.
 */
export function disclosureWarnings({ source, data }: ValidMinutes, form: IndexNumberConfig): ContentError[] {
  if (!isPublic(data.disclosure)) return [];
  // A missing field is reported on the line of 成文日期, beside which it belongs.
  const at = (field: string) => ({ file: source.file, line: lineOf(source, [source.document.has(field) ? field : source.document.has('dateIssued') ? 'dateIssued' : 'issuer']), field });
  // A meeting report may have no 成文日期: its year and the deadline then count from the meeting.
  const issued = data.dateIssued ?? data.meeting.date;
  const warnings: ContentError[] = [];
  if (!data.indexNumber) {
    const example = indexNumberForm(form.pattern, form.organisationCode).example(issued.getUTCFullYear());
    warnings.push({ ...at('indexNumber'), message: `已公开发布的纪要没有索引号 — 请按政府信息公开目录填写，如 indexNumber: ${example}` });
  }
  if (!data.datePublished) {
    warnings.push({
      ...at('datePublished'),
      message: '已公开发布的纪要没有发布日期，页面将显示“未注明”，网站检查会把它算作未更新 — 请在 dateIssued 下一行写上 datePublished: YYYY-MM-DD（在政府信息公开平台发布的日期）',
    });
    return warnings;
  }
  if (data.publicationDelayReason) return warnings;
  const { count, uncoveredYears } = workingDaysAfter(issued, data.datePublished);
  if (uncoveredYears.length > 0) {
    warnings.push({
      ...at('datePublished'),
      message: `无法核对公开时限：节假日日历没有 ${uncoveredYears.join('、')} 年的安排 — 请把 chinese-days 更新到包含该年国务院放假通知的版本`,
    });
  } else if (count > PUBLICATION_DEADLINE_WORKING_DAYS) {
    warnings.push({
      ...at('datePublished'),
      message: `发布日期 ${day(data.datePublished)} 是${data.dateIssued ? '成文日期' : '会议日期'} ${day(issued)} 之后的第 ${count} 个工作日，超过《政府信息公开条例》第二十六条规定的 ${PUBLICATION_DEADLINE_WORKING_DAYS} 个工作日 — 请核对两个日期；确属延期公开的，把理由写在 publicationDelayReason 中`,
    });
  }
  return warnings;
}

/** A published document's 索引号 must take the site's form (site.json `indexNumber`). */
export function indexNumberFormErrors({ source, data }: ValidMinutes, config: IndexNumberConfig): ContentError[] {
  if (!data.indexNumber || !isPublic(data.disclosure)) return [];
  const form = indexNumberForm(config.pattern, config.organisationCode);
  if (form.regex.test(data.indexNumber)) return [];
  return [
    {
      file: source.file,
      line: lineOf(source, ['indexNumber']),
      field: 'indexNumber',
      message: `索引号 "${data.indexNumber}" 不符合本站的格式 ${form.readable} — 请照政府信息公开目录改为如 ${form.example((data.dateIssued ?? data.meeting.date).getUTCFullYear())} 的形式（格式在 site.json 的 indexNumber 中设置）`,
    },
  ];
}
