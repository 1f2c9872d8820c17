import type { ValidationLocale } from '../locales/editor';
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

/**
 * What the disclosure rules ask of a published document that the build can do without: a
 * 发布日期, a 索引号, and publication within the deadline (or a recorded reason). These are
 * warnings: the document is still published.
 */
export function disclosureWarnings({ source, data }: ValidMinutes, form: IndexNumberConfig, { disclosure: m, locale }: ValidationLocale): ContentError[] {
  if (!isPublic(data.disclosure)) return [];
  const day = (date: Date) => formatDate(date, locale);
  // A missing field is reported on the line of 成文日期, beside which it belongs.
  const at = (field: string) => ({ file: source.file, line: lineOf(source, [source.document.has(field) ? field : source.document.has('dateIssued') ? 'dateIssued' : 'issuer']), field });
  // A meeting report may have no 成文日期: its year and the deadline then count from the meeting.
  const issued = data.dateIssued ?? data.meeting.date;
  const warnings: ContentError[] = [];
  if (!data.indexNumber) {
    const example = indexNumberForm(form.pattern, form.organisationCode).example(issued.getUTCFullYear());
    warnings.push({ ...at('indexNumber'), message: m.noIndexNumber({ example }) });
  }
  if (!data.datePublished) {
    warnings.push({ ...at('datePublished'), message: m.noDatePublished() });
    return warnings;
  }
  if (data.publicationDelayReason) return warnings;
  const { count, uncoveredYears } = workingDaysAfter(issued, data.datePublished);
  if (uncoveredYears.length > 0) {
    warnings.push({ ...at('datePublished'), message: m.calendarMissing({ years: uncoveredYears }) });
  } else if (count > PUBLICATION_DEADLINE_WORKING_DAYS) {
    warnings.push({
      ...at('datePublished'),
      message: m.lateDisclosure({
        published: day(data.datePublished),
        issued: day(issued),
        from: data.dateIssued ? 'issued' : 'meeting',
        count,
        limit: PUBLICATION_DEADLINE_WORKING_DAYS,
      }),
    });
  }
  return warnings;
}

/** A published document's 索引号 must take the site's form (site.json `indexNumber`). */
export function indexNumberFormErrors({ source, data }: ValidMinutes, config: IndexNumberConfig, { disclosure: m }: ValidationLocale): ContentError[] {
  if (!data.indexNumber || !isPublic(data.disclosure)) return [];
  const form = indexNumberForm(config.pattern, config.organisationCode);
  if (form.regex.test(data.indexNumber)) return [];
  return [
    {
      file: source.file,
      line: lineOf(source, ['indexNumber']),
      field: 'indexNumber',
      message: m.indexNumberForm({ indexNumber: data.indexNumber, readable: form.readable, example: form.example((data.dateIssued ?? data.meeting.date).getUTCFullYear()) }),
    },
  ];
}
