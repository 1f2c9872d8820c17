import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { minutesSchema, type Minutes } from '../../src/schemas/minutes';
import type { MinutesDoc } from '../../src/utils/minutes';

export interface SourceMinutes extends MinutesDoc {
  /** The markdown body, without frontmatter. */
  body: string;
  data: Minutes;
}

/** Reads and validates every minutes file of a content folder the way Astro does (same frontmatter parser, same schema). */
export function readMinutes(contentDir: string): SourceMinutes[] {
  const dir = join(contentDir, 'minutes');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
      return { id: basename(name, '.md'), data: minutesSchema.parse(frontmatter), body: content };
    });
}
