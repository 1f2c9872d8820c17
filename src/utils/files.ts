import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir`, as sorted paths relative to it with / separators. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}
