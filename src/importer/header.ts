import { knownDocumentTypes } from '../schemas/minutes';
import type { OrganisationIndex } from '../utils/organisations';
import type { Findings } from './findings';
import { DATE_LINE } from './markers';
import { organisationName } from './organisations';
import { chineseDate, withoutSpaces, type ParsedParagraph } from './text';

/** The header fields of a 纪要: who issues it, its type and number, the issuing office and the date. */
export interface Header {
  issuer?: string;
  documentType?: string;
  documentNumber?: string;
  issuingOffice?: string;
  dateIssued?: Date;
  /** A meeting named in the title line (市政府第51次常务会议纪要): not the issuer, but it gives the session. */
  meetingInTitle?: string;
}

/** 第51次, 十七届: words of a meeting's name, never of an issuer's. */
const MEETING_WORDS = /第?\s*[\d一二三四五六七八九十百]+\s*(?:次|届)/u;

/** Where the 机关代字 of a 文号 glued to a title line starts: after the title's last 会议 or 纪要, at most 5 characters before the bracket (宜政纪[2011]1号). */
function agencyCodeStart(beforeNumber: string): number {
  const after = (word: string) => (beforeNumber.lastIndexOf(word) >= 0 ? beforeNumber.lastIndexOf(word) + word.length : 0);
  return Math.max(after('会议'), after('纪要'), beforeNumber.length - 5, 0);
}

/** The first `length` characters of a paragraph as a paragraph of its own (a title part kept in the body). */
function head(paragraph: ParsedParagraph, printed: string, simple: string, length: number): ParsedParagraph {
  return { ...paragraph, text: printed.slice(0, length), simple: simple.slice(0, length) };
}

/** 第 5 号, or 常务会议纪要〔2023〕4号 / [2023] / ［2023］. */
const NUMBER_ONLY = /^第\s*\d+\s*号$/u;
const BRACKETED_NUMBER = /[〔[［]\s*\d{4}\s*[〕\]］]\s*(?:第\s*)?\d+\s*号$/u;

/** The 文种 a line ends with: a known one (常务会议纪要…), else whatever ends in 纪要. */
function documentTypeAtEnd(text: string): string | undefined {
  const known = [...knownDocumentTypes].sort((a, b) => b.length - a.length).find((type) => text.endsWith(type));
  return known ?? /(\p{Script=Han}{0,8}?纪要)$/u.exec(text)?.[1];
}

/**
 * Reads the header lines printed above the opening paragraph. Each line is one field: a date
 * line is the 成文日期, 第N号 or …〔2023〕4号 the number, a line ending in 纪要 the type (with the
 * issuer when both are on one line), and organisation names the issuer, then the issuing office.
 */
export function readHeader(paragraphs: readonly ParsedParagraph[], organisations: OrganisationIndex, findings: Findings): Header {
  const header: Header = {};
  const set = <K extends keyof Header>(field: K, value: Header[K], paragraph: ParsedParagraph) => {
    header[field] = value;
    findings.find(field, value, paragraph);
  };
  for (const paragraph of paragraphs) {
    const simple = withoutSpaces(paragraph.simple);
    const printed = withoutSpaces(paragraph.text);
    if (DATE_LINE.test(paragraph.simple) && !header.dateIssued) {
      const date = chineseDate(paragraph.simple);
      if (date) {
        set('dateIssued', date, paragraph);
        continue;
      }
    }
    if (!header.documentNumber && (NUMBER_ONLY.test(simple) || BRACKETED_NUMBER.test(simple))) {
      // 常务会议纪要〔2023〕4号 names the type too.
      const beforeNumber = simple.replace(BRACKETED_NUMBER, '');
      const type = BRACKETED_NUMBER.test(simple) ? documentTypeAtEnd(beforeNumber) : undefined;
      const issuerLength = type ? beforeNumber.length - type.length : 0;
      if (type && issuerLength > 0 && !header.issuer) {
        // 太仓市人民政府常务会议纪要〔2023〕6号: issuer, then the number with its type.
        set('issuer', organisationName(organisations, printed.slice(0, issuerLength), simple.slice(0, issuerLength)).name, paragraph);
      }
      if (type && !header.documentType) set('documentType', printed.slice(issuerLength, issuerLength + type.length), paragraph);
      // 政府常务会议宜政纪[2011]1号: a title glued before the number stays in the body; the number starts at its 机关代字.
      const numberStart = type || !BRACKETED_NUMBER.test(simple) ? issuerLength : agencyCodeStart(beforeNumber);
      if (numberStart > issuerLength) {
        findings.unplaced.push(head(paragraph, printed, simple, numberStart));
        findings.doubt(paragraph, { key: 'beforeNumber', text: printed.slice(0, numberStart) });
      }
      set('documentNumber', printed.slice(numberStart), paragraph);
      continue;
    }
    const type = documentTypeAtEnd(simple);
    if (type && !header.documentType) {
      const issuer = simple.slice(0, -type.length);
      set('documentType', printed.slice(-type.length), paragraph);
      if (issuer && MEETING_WORDS.test(issuer)) {
        // 市政府第51次常务会议纪要: the title names the meeting, so what precedes the type is no issuer.
        header.meetingInTitle = simple;
        findings.unplaced.push(head(paragraph, printed, simple, issuer.length));
        findings.doubt(paragraph, { key: 'meetingBeforeType', text: printed.slice(0, issuer.length) });
      } else if (issuer && !header.issuer) {
        const name = organisationName(organisations, printed.slice(0, issuer.length), issuer);
        set('issuer', name.name, paragraph);
        if (!name.known) findings.doubt(paragraph, { key: 'unknownOrganisation', field: 'issuer', name: issuer });
      }
      continue;
    }
    const organisation = organisations.resolve(printed) ?? organisations.resolve(simple);
    const looksLikeIssuer = /(?:人民政府|政府)$/u.test(simple);
    const looksLikeOffice = /办公室$/u.test(simple);
    if (organisation || looksLikeIssuer || looksLikeOffice) {
      const field = !header.issuer && !looksLikeOffice ? 'issuer' : !header.issuingOffice ? 'issuingOffice' : undefined;
      if (field) {
        set(field, organisationName(organisations, printed, simple).name, paragraph);
        if (!organisation) findings.doubt(paragraph, { key: 'unknownOrganisation', field, name: simple });
        continue;
      }
    }
    findings.unplaced.push(paragraph);
  }
  return header;
}
