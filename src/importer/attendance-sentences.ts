import type { Attendance } from '../schemas/attendance';
import type { Findings } from './findings';
import type { ParsedParagraph } from './text';

/**
 * Attendance printed in sentences, as meeting reports print it: 副县长李可可、曹静竹出席会议,
 * 县政协副主席曹凤娥列席会议, 郭秋香、汪旭霞等区领导参加会议. Only lists that read as people
 * (title and name, or a name alone) are taken; anything else (市直有关部门负责同志) is left in the text.
 */

/** A clause that ends with who attended: group 1 the people, group 2 the verb. */
const ATTENDED = /([^。；;！？]*?)(?:等)?(?:应邀)?(出席|列席|参加)了?会议$/u;
/** Words a title ends with: 副县长, 区委书记, 副主任, 常委, 党组成员, 区领导, 政委. */
const TITLE_END = /(?:长|书记|主任|主席|常委|委员|领导|成员|政委|调研员|秘书)$/u;
/** Characters a name is made of: two or three Han characters, none of the words of a title or a body. */
const NAME = /^\p{Script=Han}{2,3}$/u;
const NOT_A_NAME = /(?:长|书记|主任|主席|常委|委员|领导|成员|政委|同志|代表|负责|部门|单位|有关|相关|政府|人大|政协|[市县区镇乡街村局委办处科部等和及的])$|^(?:各|市|县|区|省)/u;

/** One 、-separated entry: a title and a name, a name alone, or a title alone (the first of two titles: 市委常委、副市长X). */
function entry(text: string): { title?: string; name?: string } | undefined {
  if (NAME.test(text) && !NOT_A_NAME.test(text)) return { name: text };
  const splits: Array<{ title: string; name: string }> = [];
  for (const length of [2, 3]) {
    const title = text.slice(0, -length);
    const name = text.slice(-length);
    if (title && TITLE_END.test(title) && NAME.test(name) && !NOT_A_NAME.test(name)) splits.push({ title, name });
  }
  if (splits.length === 1) return splits[0];
  if (splits.length === 0 && TITLE_END.test(text)) return { title: text };
  return undefined;
}

/** Where each name of one comma-separated group stands (区领导张元波、刘永胜), or undefined when any entry is not a person. */
function groupNames(group: string, at: number): Array<[number, number]> | undefined {
  const entries: Array<{ read: ReturnType<typeof entry>; start: number; length: number }> = [];
  let start = at;
  for (const text of group.split('、')) {
    entries.push({ read: entry(text), start, length: text.length });
    start += text.length + 1;
  }
  if (entries.some(({ read }) => !read) || !entries.at(-1)?.read?.name) return undefined;
  // A title alone must be followed by a titled name (市委常委、副市长贾云亮), not by a bare name.
  if (entries.some(({ read }, index) => read?.name === undefined && !entries[index + 1]?.read?.title)) return undefined;
  return entries.flatMap(({ read, start: from, length }) => (read?.name ? [[from + length - read.name.length, from + length] as [number, number]] : []));
}

/**
 * The people of a clause, taking comma-separated groups from its end back while each reads as
 * people (市委常委、常务副市长宋飞雄，副市长侯华锋、张荣海出席会议); names before 等 and a title
 * (郭秋香、段昊等区领导) are taken too. Returns where each group and each name stands in the clause.
 */
function peopleOf(clause: string): { groups: Array<[number, number]>; names: Array<[number, number]> } | undefined {
  const namesFirst = /^(.+)等(\p{Script=Han}{1,12})$/u.exec(clause);
  if (namesFirst?.[1] && namesFirst[2] && TITLE_END.test(namesFirst[2]) && !/[，,]/u.test(namesFirst[1])) {
    const names = groupNames(namesFirst[1], 0);
    return names ? { groups: [[0, clause.length]], names } : undefined;
  }
  const groups: Array<[number, number]> = [];
  const names: Array<[number, number]> = [];
  let end = clause.length;
  for (const group of clause.split(/[，,]/u).reverse()) {
    const start = end - group.length;
    const read = groupNames(group, start);
    if (!read || group.trim() !== group) break;
    groups.unshift([start, end]);
    names.unshift(...read);
    end = start - 1;
  }
  return names.length > 0 ? { groups, names } : undefined;
}

/**
 * Attendance from the sentences of a meeting report: …出席会议 and …参加会议 give attendance.present
 * (names, in printed order), …列席会议 gives attendance.others (each group as printed, title and
 * name, since a report does not say which organisation each person stands for). A sentence whose
 * list does not read as people is reported to check and left as it is.
 */
export function attendanceFromSentences(paragraphs: readonly ParsedParagraph[], findings: Findings): Pick<Attendance, 'present' | 'others'> {
  const result: Pick<Attendance, 'present' | 'others'> = { present: [], others: [] };
  for (const paragraph of paragraphs) {
    let offset = 0;
    // A sentence may say both: …出席会议，…列席会议。
    for (const sentence of paragraph.simple.split(/(?<=[。；;！？]|(?:出席|列席|参加)了?会议[，,])/u)) {
      const at = offset;
      offset += sentence.length;
      const match = ATTENDED.exec(sentence.replace(/[。；;！？，,\s]+$/u, ''));
      if (!match?.[2]) continue;
      const clause = match[1] ?? '';
      const people = peopleOf(clause);
      if (!people) {
        findings.doubt(paragraph, { key: 'attendanceSentence', sentence: paragraph.text.slice(at, at + sentence.length).trim() });
        continue;
      }
      // Read in the simplified text; the printed names stand at the same offsets.
      const base = at + (match.index ?? 0);
      const printed = (range: [number, number]) => paragraph.text.slice(base + range[0], base + range[1]);
      if (match[2] === '列席') {
        const groups = people.groups.map(printed);
        result.others.push(...groups);
        findings.find('attendance.others', groups, paragraph, { key: 'fromObserverSentence' });
      } else {
        const names = people.names.map(printed);
        result.present.push(...names);
        findings.find('attendance.present', names, paragraph, { key: 'fromAttendanceSentence', verb: match[2] ?? '' });
      }
      if (match[0].slice(people.groups[0]?.[0] ?? 0).includes('等')) findings.doubt(paragraph, { key: 'attendanceEtc' });
    }
  }
  return result;
}
