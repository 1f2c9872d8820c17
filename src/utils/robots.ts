/** A robots.txt that lets every crawler read the whole site and, when there is one, points at the sitemap. */
export function robotsTxt(sitemap: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(sitemap ? [`Sitemap: ${sitemap}`] : []), ''].join('\n');
}
