import { disclosureEn } from './disclosure.en';
import { importerEn } from './importer.en';
import { importerZhCN, type ImporterMessages } from './importer.zh-CN';
import { disclosureZhCN } from './disclosure.zh-CN';
import { referencesEn } from './references.en';
import { referencesZhCN } from './references.zh-CN';
import { reportEn } from './report.en';
import { reportZhCN } from './report.zh-CN';
import { scaffoldEn } from './scaffold.en';
import { scaffoldZhCN } from './scaffold.zh-CN';
import { validationEn } from './validation.en';
import { validationZhCN } from './validation.zh-CN';

/** The languages editors' messages are written in; a site's `lang` picks one. */
export type EditorLocale = 'zh-CN' | 'en';

/** Every message of the validation (check and build), by area. */
export interface ValidationLocale {
  locale: EditorLocale;
  validation: typeof validationZhCN;
  references: typeof referencesZhCN;
  disclosure: typeof disclosureZhCN;
  report: typeof reportZhCN;
}

const validationLocales: Record<EditorLocale, ValidationLocale> = {
  'zh-CN': { locale: 'zh-CN', validation: validationZhCN, references: referencesZhCN, disclosure: disclosureZhCN, report: reportZhCN },
  en: { locale: 'en', validation: validationEn, references: referencesEn, disclosure: disclosureEn, report: reportEn },
};

const scaffoldLocales: Record<EditorLocale, typeof scaffoldZhCN> = { 'zh-CN': scaffoldZhCN, en: scaffoldEn };

/** The editor locale for a site's `lang` (en, en-GB… → en); anything else, or none, is Chinese, the project's first language. */
export function editorLocaleOf(lang: unknown): EditorLocale {
  return typeof lang === 'string' && /^en(?:-|$)/iu.test(lang) ? 'en' : 'zh-CN';
}

/** The messages of `npm run check` and the build's validation in `locale`. */
export function validationMessages(locale: EditorLocale): ValidationLocale {
  return validationLocales[locale];
}

/** The messages and the draft of `npm run new` in `locale`. */
export function scaffoldMessages(locale: EditorLocale): typeof scaffoldZhCN {
  return scaffoldLocales[locale];
}

const importerLocales: Record<EditorLocale, ImporterMessages> = { 'zh-CN': importerZhCN, en: importerEn };

/** The report and folder summary of `npm run import` in `locale`. */
export function importerMessages(locale: EditorLocale): ImporterMessages {
  return importerLocales[locale];
}
