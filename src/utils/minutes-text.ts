import { toText } from 'hast-util-to-text';
import type { Minutes } from '../schemas/minutes';
import type { UiStrings } from '../schemas/locale';
import { bodyTree, type RenderedBody } from './agenda-sections';
import { formatOf, type LocaleFormat } from './locale-format';
import { documentTitle, documentTypeLabel, isMeetingReport, minutesPageTitle } from './minutes';
import { fillTemplate } from './text';

/**
 * The document as plain text, for the 下载 list: what its printed page shows (header, the
 * catalogue fields, the body, attendance, the 整理 line and distribution), one paragraph a
 * line with blank lines between blocks. The body comes from the same rendered HTML the page
 * shows, read the way a browser's innerText reads it.
 */
export function minutesPlainText(data: Minutes, body: RenderedBody, ui: UiStrings, lang: string | LocaleFormat): string {
  const { labelSeparator: colon, listSeparator: list, groupSeparator: group, sentenceEnd: end } = ui;
  const { day } = formatOf(lang);
  const field = (label: string, value: string | undefined) => (value === undefined ? [] : [`${label}${colon}${value}`]);
  const { present, absent, observers, others } = data.attendance;
  const blocks: string[][] = [
    [...(isMeetingReport(data) ? [documentTypeLabel(data)] : [documentTitle(data)]), ...(data.documentNumber ? [data.documentNumber] : []), minutesPageTitle(data, ui)],
    [
      ...field(ui.fieldIndexNumber, data.indexNumber),
      ...field(ui.fieldPublisher, data.issuingOffice),
      ...field(ui.fieldDateIssued, data.dateIssued && day(data.dateIssued)),
      ...field(ui.fieldDatePublished, data.datePublished ? day(data.datePublished) : ui.datePublishedUnknown),
      ...field(ui.fieldAccess, ui.accessNames[data.disclosure.access]),
      ...field(ui.fieldSource, data.source),
    ],
    [toText(bodyTree(body)).replace(/\n{2,}/gu, '\n').trim()],
    [
      ...(present.length ? [`${ui.present}${colon}${present.join(list)}${end}`] : []),
      ...(absent.length ? [`${ui.absent}${colon}${absent.map(({ name, reason }) => (reason ? `${name}${ui.bracketOpen}${reason}${ui.bracketClose}` : name)).join(list)}${end}`] : []),
      ...(observers.length ? [`${ui.observers}${colon}${observers.map((o) => `${o.organisation}${o.people.join(list)}`).join(group)}${end}`] : []),
      ...(others.length ? [others.join(list)] : []),
    ],
    [
      ...(data.compiled ? [`${fillTemplate(ui.compiledBy, { by: data.compiled.by })} ${day(data.compiled.date)}`] : []),
      ...(data.disclosure.release ? [`${ui.bracketOpen}${data.disclosure.release}${ui.bracketClose}`] : []),
      ...(data.recipients.length ? [`${ui.recipients}${colon}${data.recipients.join(group)}${end}`] : []),
      ...(data.copies.length ? [`${ui.copies}${colon}${data.copies.join(group)}${end}`] : []),
    ],
  ];
  return `${blocks.filter((lines) => lines.length > 0).map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
