import { toSimplified } from '../../src/importer/chinese';
import { readMinutesSource } from '../../src/validation/source';

/**
 * The text of an imported file read back in the order a printed 纪要 has it: header, body,
 * 出席, 请假, 列席, other attendees, 整理 line and date, release line, 主送, 抄送. Dates are written
 * the Chinese way again (2023年4月18日) and labels put back, so it can be compared with the source.
 */
export function readBack(path: string): string {
  const source = readMinutesSource(path, process.cwd());
  const data = (source.document.toJS() ?? {}) as Record<string, any>;
  const date = (value: unknown) => (value instanceof Date ? `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日` : '');
  const list = (label: string, values: unknown[] | undefined) => (values?.length ? `${label}：${values.join('、')}` : '');
  // A meeting report's attendance is read from sentences that stay in its body: a copy, not moved text.
  const attendance = data['documentKind'] === '会议报道' ? {} : (data['attendance'] ?? {});
  return [
    data['issuer'],
    // A number printed with its type (常务会议纪要〔2023〕6号) already holds the type.
    String(data['documentNumber'] ?? '').startsWith(data['documentType'] ?? '\u0000') ? '' : data['documentType'],
    data['documentNumber'],
    data['issuingOffice'],
    date(data['dateIssued']),
    source.body,
    list('出席', attendance.present),
    list('请假', attendance.absent?.map((absence: { name: string; reason?: string }) => `${absence.name}${absence.reason ? `（${absence.reason}）` : ''}`)),
    list('列席', attendance.observers?.map((group: { organisation: string; people: string[] }) => `${group.organisation}${group.people.join('、')}`)),
    ...(attendance.others ?? []),
    data['compiled']?.by ? `${data['compiled'].by}整理` : '',
    date(data['compiled']?.date),
    data['disclosure']?.release ?? '',
    list('主送', data['recipients']),
    list('抄送', data['copies']),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The characters that carry content (letters, including Han, and digits), simplified, in order. */
export function contentCharacters(text: string): string {
  return (toSimplified(text).match(/[\p{L}\p{N}]/gu) ?? []).join('');
}

/** Source lines the report says were removed on purpose as page furniture: `页码，第 2 页第 40 行：- 2 -` (or `page number, page 2, line 40: - 2 -` in English). */
export function removedLines(report: string): Set<number> {
  const lines = /^ {2}(?:(?:page number|repeated header or footer), page \d+, line (\d+): |(?:页码|重复的页眉页脚)，第 \d+ 页第 (\d+) 行：)/gmu;
  return new Set([...report.matchAll(lines)].map((match) => Number(match[1] ?? match[2])));
}
