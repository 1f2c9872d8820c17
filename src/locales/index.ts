import type { SiteConfig } from '../schemas/site';
import type { UiStrings } from '../schemas/locale';
import { en } from './en';
import { zhCN } from './zh-CN';

/** Interface strings for every language a site may choose; each is checked against the locale schema by the tests. */
export const locales: Record<SiteConfig['lang'], UiStrings> = {
  'zh-CN': zhCN,
  en,
};
