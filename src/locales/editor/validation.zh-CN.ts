import { joinChoices } from './list';

/** What a message says about a value the editor wrote. */
export interface ValueParams {
  /** The value as the message shows it (see `describe`). */
  value: string;
}

/** Kinds of value a field may expect, as schema-issues.ts names them. */
export type ExpectedType = 'string' | 'number' | 'int' | 'array' | 'object' | 'boolean' | 'date' | 'other';

const typeNames: Record<ExpectedType, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  array: '列表',
  object: '一组字段',
  boolean: 'true 或 false',
  date: '日期',
  other: '另一种值',
};

/**
 * What one file gets wrong on its own, in Chinese: the sentences for zod's issues (type, enum,
 * length…), the schemas' own rules (by key, see src/schemas/messages.ts), YAML that cannot be
 * read and dates that do not exist. The English module must have the same keys and parameters.
 */
export const validationZhCN = {
  describe: {
    text: ({ text }: { text: string }) => `"${text}"`,
    list: () => '一个列表',
    empty: () => '空值',
    group: () => '一组字段',
  },
  required: ({ label }: { label: string | undefined }) => `缺少此必填项${label ? `（${label}）` : ''} — 请补上`,
  wrongType: ({ expected, value }: ValueParams & { expected: ExpectedType }) => `应为${typeNames[expected]}，而不是 ${value}`,
  notADate: ({ value }: ValueParams) => `应为写成 YYYY-MM-DD 的日期（如 2023-04-10），而不是 ${value}`,
  quotedDate: ({ written }: { written: string }) => `日期 ${written} 写在引号里，就成了文字 — 请去掉引号，写成 ${written}`,
  impossibleDate: ({ written, label, year, month, days }: { written: string; label: string | undefined; year: number; month: number; days: number }) =>
    `${label ?? '日期'} ${written} 不存在：${year}年${month}月只有 ${days} 天 — 请核对月份和日期`,
  oneOf: ({ allowed, value, suggestion }: ValueParams & { allowed: readonly string[]; suggestion: string }) =>
    `应为 ${allowed.join('、')} 之一，而不是 ${value}${suggestion}`,
  tooFewEntries: ({ minimum }: { minimum: number }) => `至少要列出 ${minimum} 项`,
  empty: () => '不能为空',
  tooSmall: ({ minimum, value }: ValueParams & { minimum: number }) => `不能小于 ${minimum}，而现在是 ${value}`,
  tooLong: ({ maximum, length }: { maximum: number; length: number }) => `最多 ${maximum} 个字符，现在有 ${length} 个`,
  tooManyEntries: ({ maximum }: { maximum: number }) => `最多列出 ${maximum} 项`,
  tooBig: ({ maximum, value }: ValueParams & { maximum: number }) => `不能大于 ${maximum}，而现在是 ${value}`,
  wrongForm: ({ value }: ValueParams) => `格式不对：${value}`,
  unknownField: ({ key, suggestion }: { key: string; suggestion: string }) => `"${key}" 不是已知的字段 — 请删除或改正字段名${suggestion}`,
  /** The schemas' own rules, keyed as in src/schemas/messages.ts. */
  rule: {
    chineseNumeral: ({ value }: ValueParams) => `应为“一”“十二”这样的汉字序号，而不是 ${value}`,
    ordinal: ({ value }: ValueParams) => `应为原件印的序号：一、十二（汉字），1、38、S-56（数字），A（字母）或 IV（罗马数字），而不是 ${value}`,
    sha256Hex: ({ value }: ValueParams) => `应为 64 位小写十六进制数字（运行 sha256sum <文件> 得到），而不是 ${value}`,
    slug: ({ value }: ValueParams) => `应为用 - 连接的小写英文字母或数字，如 work-safety，而不是 ${value}`,
    organisationCode: ({ value }: ValueParams) => `应为 9 位组织机构代码，如 014145300，而不是 ${value}`,
    patternYear: ({ value }: ValueParams) => `必须含有表示年份的 YYYY，而现在是 ${value}`,
    timeZone: ({ value }: ValueParams) => `应为 IANA 时区名，如 Asia/Shanghai，而不是 ${value}`,
    basePath: ({ value }: ValueParams) => `应以 / 开头，如 /jiyao，而不是 ${value}`,
    siteCode: ({ value }: ValueParams) => `应为 10 位网站标识码（字母或数字），而不是 ${value}`,
    policeFilingCode: ({ value }: ValueParams) => `应为 14 位数字的公安机关备案号，而不是 ${value}`,
  },
  didYouMean: ({ candidates }: { candidates: readonly string[] }) => (candidates.length ? ` — 是否应为 ${joinChoices(candidates, '、', ' 或 ')}？` : ''),
  agendaItem: ({ ordinal }: { ordinal: string }) => `（议题${ordinal}）`,
  yamlSyntax: ({ detail }: { detail: string }) => `YAML 无法读取：${detail} — 请检查这一行的缩进、冒号和引号`,
  /** What the common YAML errors mean, by the yaml library's error code; others keep the library's own text. */
  yamlProblems: {
    MISSING_CHAR: '引号或括号没有闭合',
    BAD_INDENT: '缩进不对',
    TAB_AS_INDENT: '用了制表符缩进，YAML 只能用空格',
    DUPLICATE_KEY: '同一个字段写了两次',
    MULTILINE_IMPLICIT_KEY: '字段名后缺少冒号，或一个值跨了多行',
    BLOCK_AS_IMPLICIT_KEY: '字段名后缺少冒号',
    UNEXPECTED_TOKEN: '这里有 YAML 不认识的字符',
    BAD_SCALAR_START: '值不能以这个字符开头 — 请给它加上引号',
    BAD_DQ_ESCAPE: '双引号里的反斜杠转义不对',
  } as Record<string, string>,
  missingFile: () => '缺少此文件；每个内容文件夹都要有它',
  notAList: () => '应为一个列表，每项以“- id:”开头',
  siteConfig: ({ detail }: { detail: string }) => `网站配置无法读取：${detail}`,
  siteConfigMissing: () => '缺少此文件；每个内容文件夹都要有网站配置（可复制 content/site.json 后修改）',
  invalidJson: ({ reason }: { reason: string }) => `不是有效的 JSON（${reason}）— 请检查这里的引号和逗号`,
  siteConfigFailed: ({ count, file }: { count: number; file: string }) =>
    `网站配置有 ${count} 个问题；请改正 ${file}（每个字段的说明见 src/schemas/site.ts 和 site.schema.json）后重新构建`,
  /** Fields named in the editor's terms, by dotted path with * for a list position. */
  fieldLabels: {
    indexNumber: '索引号',
    issuer: '发文机关',
    documentType: '文种',
    documentNumber: '文号',
    issuingOffice: '印发机关',
    dateIssued: '成文日期',
    datePublished: '发布日期',
    'meeting.name': '会议名称',
    'meeting.session': '会议次数',
    'meeting.date': '会议日期',
    'meeting.chair': '主持人',
    'compiled.by': '整理单位',
    'compiled.date': '整理日期',
    agenda: '议题',
    'agenda.*.title': '议题标题',
    'agenda.*.topics': '议题的主题分类',
    attendance: '出席情况',
    'attendance.present': '出席人员',
    disclosure: '公开属性',
    'disclosure.access': '公开方式',
    'disclosure.status': '发布状态',
    'revisions.*.date': '更正日期',
    'titles.*.from': '任职起始日期',
    'titles.*.to': '任职终止日期',
  } as Record<string, string>,
};

export type ValidationMessages = typeof validationZhCN;
