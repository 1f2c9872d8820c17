import type { SiteFooter } from '../schemas/site-footer';

/** The MIIT's ICP filing site, where an ICP备案号 is looked up. */
export const ICP_FILING_SITE = 'https://beian.miit.gov.cn/';

/** The public-security filing site's record page for a 公安机关备案号 (its 14 digits). */
export function publicSecurityRecordUrl(code: string): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;
}

/** The footer labels, from the locale. */
export interface FooterLabels {
  footerSponsor: string;
  footerOperator: string;
  footerContact: string;
  footerSiteCode: string;
  footerIcp: string;
  footerPublicSecurity: string;
}

/** One identifier line of the footer: a label, its value, and where the value links. */
export interface FooterIdentifier {
  label: string;
  text: string;
  href?: string | undefined;
}

/** The identifiers site.json gives, in the order government sites print them; the absent ones are left out. */
export function footerIdentifiers(footer: SiteFooter, labels: FooterLabels): FooterIdentifier[] {
  const lines: Array<FooterIdentifier | undefined> = [
    footer.sponsor ? { label: labels.footerSponsor, text: footer.sponsor } : undefined,
    footer.operator ? { label: labels.footerOperator, text: footer.operator } : undefined,
    footer.contact ? { label: labels.footerContact, text: footer.contact } : undefined,
    footer.siteCode ? { label: labels.footerSiteCode, text: footer.siteCode } : undefined,
    footer.icp ? { label: labels.footerIcp, text: footer.icp, href: ICP_FILING_SITE } : undefined,
    footer.publicSecurity
      ? { label: labels.footerPublicSecurity, text: footer.publicSecurity.label, href: publicSecurityRecordUrl(footer.publicSecurity.code) }
      : undefined,
  ];
  return lines.filter((line) => line !== undefined);
}
