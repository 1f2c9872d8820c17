/**
 * The importer's notes, in Chinese: why a field is missing, how a found value was read, what to
 * check. The importer records each note as a key and its values (src/importer/notes.ts); the
 * report says it in the site's language. Field names (meeting.date) stay as the editor types them.
 */

/** Fields whose missing-note says where a 纪要 prints them. */
export type PrintedField =
  | 'issuer'
  | 'documentType'
  | 'documentNumber'
  | 'issuingOffice'
  | 'dateIssued'
  | 'meeting.name'
  | 'meeting.session'
  | 'meeting.date'
  | 'meeting.chair'
  | 'meeting.timeOfDay'
  | 'meeting.place'
  | 'compiled.by'
  | 'compiled.date'
  | 'attendance.present'
  | 'attendance.absent'
  | 'attendance.observers'
  | 'recipients'
  | 'copies'
  | 'disclosure.release';

const PRINTED_AT: Record<PrintedField, string> = {
  issuer: '文号上方的发文机关行',
  documentType: '文种行，如 常务会议纪要',
  documentNumber: '第N号 或 〔YYYY〕N号',
  issuingOffice: '文号下方印的办公室',
  dateIssued: '版头的日期行',
  'meeting.name': '开头段的 …召开X会议',
  'meeting.session': '会议名称中的 第N次',
  'meeting.date': '开头段起首的日期',
  'meeting.chair': '开头段的 X主持召开',
  'meeting.timeOfDay': '日期后的 上午/下午（可选）',
  'meeting.place': '在…主持召开（可选）',
  'compiled.by': '…整理 行',
  'compiled.date': '整理行下方的日期',
  'attendance.present': '出席： 行',
  'attendance.absent': '请假： 行（可选）',
  'attendance.observers': '列席： 行（可选）',
  recipients: '主送： 行（可选）',
  copies: '抄送： 行（可选）',
  'disclosure.release': '（此件公开发布）行；没有此行时须手工设置 disclosure.access',
};

/** Where a page's date came from: the label of its line (发布时间), or none when the date stood alone above the text. */
export interface PageSource {
  label?: string | undefined;
}

const page = ({ label }: PageSource) => (label ? `页面的${label}行` : '正文上方印的日期');

export const importerNotesZhCN = {
  // How a source was read (the Check section).
  decodedFrom: ({ encoding }: { encoding: string }) => `由 ${encoding} 编码解码`,
  wordNumbering: ({ lines }: { lines: readonly number[] }) => `第 ${lines.join('、')} 行：Word 的列表编号已写回为 1. 2. … — 请对照原文档的编号样式核对`,
  wordMessage: ({ message }: { message: string }) => `Word 文件：${message}`,
  scan: () => 'PDF 没有文字层：每一行都经 OCR 识别（Tesseract，chi_sim） — 请将"OCR 识别"下列出的每一行对照扫描件核对',
  traditional: ({ traditional, paragraphs }: { traditional: number; paragraphs: number }) =>
    `原文为繁体字（${paragraphs} 段中有 ${traditional} 段）：按简体识别，正文保留原样 — 请核对人名和标题`,
  // Why a field was not found (the Not found section).
  printedAt: ({ field }: { field: PrintedField }) => PRINTED_AT[field],
  noOpening: () => '没有开头段（日期，然后 …主持召开…会议） — 请填写 meeting.name、session、date 和 chair',
  noItemSentences: () => '没有宣布议题的段落（会议审议/听取/研究了…）；正文保持原样',
  noItemHeadings: () => '没有找到议题标题（一、…）；正文保持原样',
  notInReport: () => '会议报道不印此项（documentKind 为 会议报道 时可不填） — 机关公开此项的，请填上',
  reportIssuer: () => '会议报道不写发文机关 — 请填写发布它的机关（organisations.yaml 中的机关）',
  noRelease: () => '没有（此件公开发布）行 — 请手工设为 主动公开、依申请公开 或 不予公开',
  notPrinted: () => '纪要中不印此项 — 如已知，请从政府信息公开目录补上',
  noTopic: ({ ordinal }: { ordinal: string }) => `议题${ordinal}中没有出现任何主题的名称或关键词 — 请从 topics.yaml 中选择 id`,
  noLead: ({ ordinal }: { ordinal: string }) => `议题${ordinal}中没有"会后由…根据"的表述`,
  // How a found value was read (beside the field in the Found section).
  fromTitle: () => '据标题',
  fromReleaseLine: () => '据发布行',
  fromObserverSentence: () => '据 …列席会议',
  fromAttendanceSentence: ({ verb }: { verb: string }) => `据 …${verb}会议`,
  suggested: () => '建议',
  meetingReport: () => '无文号、文种或"纪要"：会议报道',
  headline: () => '标题，保留在正文开头',
  documentsReviewed: () => '开头段审议的文件',
  reportsHeard: () => '开头段听取的汇报',
  observerCount: ({ organisations, people }: { organisations: number; people: number }) => `${organisations} 个单位，${people} 人`,
  // What to check (the Check section).
  attendanceSentence: ({ sentence }: { sentence: string }) => `"${sentence}" 说明了谁出席，但不是人员名单 — 如需要，请手工填写 attendance`,
  attendanceEtc: () => '出席名单中有"等"：可能只列了部分人员 — 请核对 attendance',
  observerUnsplit: ({ group }: { group: string }) => `列席 "${group}"：分不出单位和人名，已作为自由文本放入 attendance.others`,
  observerByLength: ({ printed, organisation, person }: { printed: string; organisation: string; person: string }) =>
    `列席 "${printed}" 按人名长度规则拆分为 ${organisation} | ${person}；"${organisation}" 不在 organisations.yaml 中`,
  observerNames: ({ group }: { group: string }) => `列席 "${group}" — 请核对人名`,
  unknownOrganisation: ({ field, name }: { field: string; name: string }) => `${field} "${name}" 不在 organisations.yaml 中 — 请添加，或改正名称`,
  compiledDateAlone: () => '正文后的日期前没有整理行：已作为整理日期',
  beforeNumber: ({ text }: { text: string }) => `"${text}" 与文号印在同一行、文号之前；保留在正文中`,
  meetingBeforeType: ({ text }: { text: string }) => `文种之前的 "${text}" 是会议名称，不是发文机关；保留在正文中 — 请填写 issuer`,
  chairUnclear: ({ printed }: { printed: string }) => `无法从 "${printed}" 分清主持人的姓名和职务 — 请填写 meeting.chair`,
  // A meeting date printed without its year or month (the Check section), and dates that cannot be completed.
  monthAndYearFromPage: ({ printed, page: from }: { printed: string; page: PageSource }) => `meeting.date：原文为 "${printed}"，月份和年份取自${page(from)} — 请核对`,
  yearFromNumber: ({ printed }: { printed: string }) => `meeting.date：原文为 "${printed}"，年份取自文号 — 请核对`,
  yearFromPage: ({ printed, page: from }: { printed: string; page: PageSource }) => `meeting.date：原文为 "${printed}"，年份取自${page(from)} — 请核对`,
  yearBeforePage: ({ printed, page: from }: { printed: string; page: PageSource }) => `meeting.date：原文为 "${printed}"，年份为${page(from)}的上一年 — 请核对`,
  yearFromFileName: ({ printed }: { printed: string }) => `meeting.date：原文为 "${printed}"，年份取自文件名 — 请核对`,
  impossibleDate: ({ printed }: { printed: string }) => `meeting.date：原文日期 "${printed}" 不存在 — 请按原件填写 meeting.date`,
  noMonth: ({ day }: { day: number }) => `meeting.date：日期 "${day}日" 没有月份，页面上也没有可参照的日期 — 请填写 meeting.date`,
  dayNotInPageMonth: ({ day, page: from }: { day: number; page: PageSource }) => `meeting.date："${day}日" 与${page(from)}对不上 — 请填写 meeting.date`,
  afterPage: ({ month, day, page: from }: { month: number; day: number; page: PageSource }) => `meeting.date：${month}月${day}日 晚于${page(from)} — 请核对日期并填写 meeting.date`,
  noYear: ({ month, day }: { month: number; day: number }) => `meeting.date：日期 ${month}月${day}日 没有年份，文号、页面日期和文件名都没有给出 — 请填写 meeting.date`,
};

export type ImporterNotes = typeof importerNotesZhCN;
