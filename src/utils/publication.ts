import type { Disclosure } from '../schemas/disclosure';

/** Only documents released by an editor and published on the office's initiative ever reach the site. */
export function isPublic(disclosure: Disclosure): boolean {
  return disclosure.status === 'published' && disclosure.access === '主动公开';
}
