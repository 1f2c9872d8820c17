/**
 * The schemas' own rules, each with the English sentence zod reports where no locale applies
 * (Astro's content errors). src/validation/schema-issues.ts recognises these sentences and gives
 * editors the sentence of their site's language instead (src/locales/editor/validation.*.ts `rule`).
 */
export const schemaRules = {
  chineseNumeral: 'must be a Chinese numeral such as 一 or 十二',
  ordinal: 'must be an ordinal as printed: 一 or 十二 (Chinese), 1, 38 or S-56 (numbers), A (letters) or IV (Roman numerals)',
  sha256Hex: 'must be 64 lower-case hex digits (run: sha256sum <file>)',
  slug: 'must be lower-case ASCII words joined by -, e.g. work-safety',
  organisationCode: 'must be a 9-character 组织机构代码 such as 014145300',
  patternYear: 'must contain YYYY, the year',
  timeZone: 'must be an IANA time zone such as Asia/Shanghai',
  basePath: 'must start with /, e.g. /jiyao',
  siteCode: 'must be the 10-character 网站标识码',
  policeFilingCode: 'must be the 14 digits of the 公安机关备案号',
} as const;

export type SchemaRule = keyof typeof schemaRules;

const ruleByMessage = new Map(Object.entries(schemaRules).map(([rule, message]) => [message as string, rule as SchemaRule]));

/** The rule a zod issue's message states, when it is one of ours. */
export function schemaRuleOf(message: string): SchemaRule | undefined {
  return ruleByMessage.get(message);
}
