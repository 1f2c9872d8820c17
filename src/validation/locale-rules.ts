import type { SiteConfig } from '../schemas/site';
import { isChineseOrdinal } from '../utils/agenda';
import type { ContentError } from './content-error';
import type { ValidMinutes } from './references';
import { lineOf } from './source';

/**
 * What a site's language asks of its minutes beyond the schema, which is shared by every language.
 * A Chinese site's minutes are official documents (GB/T 9704): they carry a 文号, a session number,
 * an 整理 line and agenda items numbered 一、二、三…; English minutes print none of these reliably
 * and number their items as they please (1, A, IV, Item 38), so an English site asks nothing more.
 */
export function localeRuleErrors({ source, data }: ValidMinutes, lang: SiteConfig['lang']): ContentError[] {
  if (lang !== 'zh-CN') return [];
  const errors: ContentError[] = [];
  const at = (path: Array<string | number>, field: string, message: string) => errors.push({ file: source.file, line: lineOf(source, path), field, message });
  if (!data.documentNumber) at(['documentType'], 'documentNumber', '缺少文号 — 请照原件填写，如 documentNumber: 第5号');
  if (data.meeting.session === undefined) at(['meeting'], 'meeting.session', '缺少会议次序 — 请写会议是本系列的第几次，如“第22次常务会议”写 session: 22');
  if (!data.compiled) at(['meeting'], 'compiled', '缺少整理行 — 请照原件填写 compiled 的 by（整理单位）和 date（整理日期）');
  data.agenda.forEach((item, index) => {
    if (!isChineseOrdinal(item.ordinal)) {
      at(['agenda', index, 'ordinal'], `agenda.${index}.ordinal`, `议题序号“${item.ordinal}”不是中文数字 — 中文站点的议题按 一、二、三…… 编号，正文标题写作“## 一、……”`);
    }
  });
  return errors;
}
