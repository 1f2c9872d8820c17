import type { ValidationLocale } from '../locales/editor';
import type { SiteConfig } from '../schemas/site';
import { isChineseOrdinal } from '../utils/agenda';
import { isMeetingReport } from '../utils/minutes';
import type { ContentError } from './content-error';
import type { ValidMinutes } from './references';
import { lineOf } from './source';

/**
 * What a site's language asks of its minutes beyond the schema, which is shared by every language.
 * A Chinese site's minutes are official documents (GB/T 9704): they carry a 文号, a session number,
 * an 整理 line and agenda items numbered 一、二、三…; English minutes print none of these reliably
 * and number their items as they please (1, A, IV, Item 38), so an English site asks nothing more.
 */
export function localeRuleErrors({ source, data }: ValidMinutes, lang: SiteConfig['lang'], { references: m }: ValidationLocale): ContentError[] {
  if (lang !== 'zh-CN') return [];
  const errors: ContentError[] = [];
  const at = (path: Array<string | number>, field: string, message: string) => errors.push({ file: source.file, line: lineOf(source, path), field, message });
  // A meeting report (会议报道) prints neither a 文号 nor an 整理 line.
  const report = isMeetingReport(data);
  if (!data.documentNumber && !report) at(['documentType'], 'documentNumber', m.missingDocumentNumber());
  if (data.meeting.session === undefined) at(['meeting'], 'meeting.session', m.missingSession());
  if (!data.compiled && !report) at(['meeting'], 'compiled', m.missingCompiled());
  data.agenda.forEach((item, index) => {
    if (!isChineseOrdinal(item.ordinal)) {
      at(['agenda', index, 'ordinal'], `agenda.${index}.ordinal`, m.notChineseOrdinal({ ordinal: item.ordinal }));
    }
  });
  return errors;
}
