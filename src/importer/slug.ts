import { slugSchema } from '../schemas/slug';
import type { OrganisationIndex } from '../utils/organisations';
import type { ImportedMinutes } from './import-minutes';

/** Slugs of the 文种 in file names, as in taicang-changwu-2023-05. */
const DOCUMENT_TYPE_SLUGS: Record<string, string> = {
  常务会议纪要: 'changwu',
  专题会议纪要: 'zhuanti',
  市长办公会议纪要: 'shizhang-bangong',
  全体会议纪要: 'quanti',
  办公会议纪要: 'bangong',
};

/**
 * The default file name: <issuer>-<type>-<year>-<number>, e.g. taicang-changwu-2023-05 for
 * 太仓市人民政府常务会议纪要 第5号 of 2023. The issuer part is the organisation's id without its
 * -government suffix; the year is the year issued; the number is the document number's last
 * number, two digits. When a part is unknown, the source file's own name is used if it is a
 * valid slug (lower-cased, other characters turned into -), else imported-minutes.
 */
export function defaultSlug(imported: ImportedMinutes, organisations: OrganisationIndex, sourceName: string): string {
  const { issuer, documentType, documentNumber, dateIssued } = imported.header;
  const issuerId = issuer ? organisations.resolve(issuer)?.id.replace(/-government$/u, '') : undefined;
  const type = documentType ? DOCUMENT_TYPE_SLUGS[documentType] : undefined;
  const number = documentNumber ? /(\d+)\D*$/u.exec(documentNumber)?.[1] : undefined;
  const year = (dateIssued ?? imported.meeting.date)?.getUTCFullYear();
  if (issuerId && type && number && year) return `${issuerId}-${type}-${year}-${number.padStart(2, '0')}`;
  return ownSlug(sourceName) ?? 'imported-minutes';
}

/** The source file's own name as a slug (CN_Doumen_2024.txt → cn-doumen-2024), when it has ASCII words. */
export function ownSlug(sourceName: string): string | undefined {
  const own = sourceName.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  return slugSchema.safeParse(own).success ? own : undefined;
}
