/** A 索引号 form compiled for checking. */
export interface IndexNumberForm {
  /** The form as editors read it, with the organisation code filled in. */
  readable: string;
  /** Matches a whole 索引号; group 1 is the year. */
  regex: RegExp;
  /** A made-up 索引号 of this form for a year, for messages (the code spelt out when the site gives none). */
  example: (year: number) => string;
}

/** Any 组织机构代码: eight digits or capitals and a check character. */
const ANY_ORGANISATION_CODE = '[0-9A-Z]{8}[0-9X]';

/**
 * Compiles a pattern such as `{code}/YYYY-NNNNN`: `{code}` is the organisation code (any code when the
 * site does not give one), `YYYY` the year, each `N` a digit; every other character is literal.
 */
export function indexNumberForm(pattern: string, organisationCode: string | undefined): IndexNumberForm {
  const tokens = pattern.split(/(\{code\}|YYYY|N)/u).filter((token) => token !== '');
  const source = tokens
    .map((token) => {
      if (token === '{code}') return organisationCode ? escapeRegExp(organisationCode) : ANY_ORGANISATION_CODE;
      if (token === 'YYYY') return '(\\d{4})';
      if (token === 'N') return '\\d';
      return escapeRegExp(token);
    })
    .join('');
  const code = organisationCode ?? '组织机构代码';
  return {
    readable: pattern.replaceAll('{code}', code),
    regex: new RegExp(`^${source}$`, 'u'),
    example: (year) =>
      tokens
        .map((token, index) => (token === '{code}' ? code : token === 'YYYY' ? String(year) : token === 'N' ? (tokens[index + 1] === 'N' ? '0' : '1') : token))
        .join(''),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}
