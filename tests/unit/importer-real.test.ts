import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCollections, readAndImport } from '../../src/importer/import-file';
import { frontmatterOf, minutesMarkdown } from '../../src/importer/render';
import { repoRoot } from '../support/paths';
import { contentCharacters, readBack } from '../support/read-back';
import { withoutListedRemovals } from '../support/removals';

const folder = join(repoRoot, 'tests/fixtures/import/real');
const facts: Record<string, Record<string, unknown>> = parse(readFileSync(join(folder, 'facts.yaml'), 'utf8'), { schema: 'core' });
const collections = loadCollections(join(repoRoot, 'content'));

/** The facts as the import reports them; a fact not reported is undefined. */
async function reportedFacts(file: string) {
  const { imported } = await readAndImport(join(folder, file), collections);
  const data = frontmatterOf(imported) as Record<string, any>;
  const meeting = data['meeting'] ?? {};
  const term = imported.findings.found.find((found) => found.field.startsWith('meeting.term'))?.value;
  const reported: Record<string, unknown> = {
    kind: data['documentKind'] === '会议报道' ? '会议报道' : '纪要',
    script: imported.findings.unsure.some((doubt) => doubt.note.key === 'traditional') ? 'traditional' : 'simplified',
    date: meeting.date,
    timeOfDay: meeting.timeOfDay,
    chair: meeting.chair,
    place: meeting.place,
    session: meeting.session,
    term: term === undefined ? undefined : Number(term),
    items: data['agenda']?.length || undefined,
    present: data['attendance']?.present,
    others: data['attendance']?.others,
  };
  return { imported, reported };
}

const isoDay = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

describe('real documents of other bodies: every expected fact is found or reported missing, never wrong', async () => {
  const files = Object.keys(facts);
  const tally = { found: 0, missing: 0, wrong: 0, absentAsExpected: 0 };
  const results = await Promise.all(files.map(async (file) => ({ file, ...(await reportedFacts(file)) })));

  it('has at least 12 fixtures, formal and reports, simplified and traditional, each with its facts', () => {
    expect(readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()).toEqual([...files].sort());
    expect(files.length).toBeGreaterThanOrEqual(12);
    const kinds = new Set(files.map((file) => `${facts[file]?.['kind']} ${facts[file]?.['script']}`));
    expect(kinds).toEqual(new Set(['纪要 traditional', '会议报道 simplified', '会议报道 traditional']));
  });

  for (const { file, reported } of results) {
    it(file, () => {
      const wrong: string[] = [];
      for (const [fact, expected] of Object.entries(facts[file] ?? {})) {
        const value = isoDay(reported[fact]);
        if (expected === null) {
          // Nothing in the document can be trusted for this fact: it must be reported missing.
          if (value === undefined) tally.absentAsExpected++;
          else wrong.push(`${fact}: ${JSON.stringify(value)} reported, but the document gives no value to trust`);
        } else if (value === undefined) {
          tally.missing++;
        } else if (isDeepStrictEqual(value, isoDay(expected))) {
          tally.found++;
        } else {
          wrong.push(`${fact}: ${JSON.stringify(value)} reported, ${JSON.stringify(isoDay(expected))} printed`);
        }
      }
      tally.wrong += wrong.length;
      expect(wrong).toEqual([]);
    });
  }

  it('finds most of the facts (found / missing / wrong over all fixtures)', () => {
    const judged = tally.found + tally.missing + tally.wrong;
    console.log(`real fixtures: ${judged} facts with a value: ${tally.found} found, ${tally.missing} reported missing, ${tally.wrong} wrong; ${tally.absentAsExpected} without one, all reported missing`);
    expect(tally.wrong).toBe(0);
    expect(tally.found / judged).toBeGreaterThanOrEqual(0.9);
  });
});

describe('lose nothing on the real documents: every content character is in the output, in order, but what the report lists as removed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-import-real-'));
  for (const file of Object.keys(facts)) {
    it(file, async () => {
      const { imported } = await readAndImport(join(folder, file), collections);
      const out = join(dir, file.replace(/\.txt$/u, '.md'));
      writeFileSync(out, minutesMarkdown(imported));
      const source = withoutListedRemovals(readFileSync(join(folder, file), 'utf8'), imported.findings.removed);
      expect(contentCharacters(readBack(out))).toBe(contentCharacters(source));
    });
  }
});
