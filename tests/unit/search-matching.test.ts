import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { verify, type Meeting } from '../../src/search/candidate-run';
import { countIn, excerpt } from '../../src/search/excerpts';
import { createFolder } from '../../src/search/folding';
import { pagefindQuery } from '../../src/search/index-terms';
import { englishWordMatcher, queryMatcher, searchStrategyOf, substringMatcher } from '../../src/search/matching';
import { englishContentDir } from '../support/paths';

const folder = createFolder();
const english = (query: string) => queryMatcher('english-words', folder.foldQuery(query));
const marks = (text: string, query: string) => excerpt(folder, text, english(query), 200).filter((part) => part.mark).map((part) => part.text);

/** Every distinct word (run of ASCII letters, lower case) of the English example's minutes, read by this test. */
function exampleVocabulary(): string[] {
  const dir = join(englishContentDir, 'minutes');
  const text = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
  return [...new Set(text.toLowerCase().match(/[a-z]+/g) ?? [])].sort();
}

/** The documented rule, straight from the stemmer: a text word matches a query word that starts it, or whose stem starts its stem. */
function ruleAccepts(stems: ReadonlyMap<string, string>, query: string, word: string): boolean {
  return word.startsWith(query) || (stems.get(word) ?? stemmer(word)).startsWith(stems.get(query) ?? stemmer(query));
}

describe('the matching strategy', () => {
  it('is chosen from the page language: English word forms for en and its regions, substrings for everything else', () => {
    expect(['en', 'en-GB', 'EN-us'].map(searchStrategyOf)).toEqual(['english-words', 'english-words', 'english-words']);
    expect(['zh-CN', 'zh', 'fr', 'eng', ''].map(searchStrategyOf)).toEqual(['substring', 'substring', 'substring', 'substring', 'substring']);
  });

  it('keeps the substring rule as it was: the folded query itself, looked up as typed, found inside words', () => {
    const matcher = queryMatcher('substring', folder.foldQuery('eting'));
    expect(matcher.lookup).toBe('eting');
    expect(matcher.ranges('meeting meetings')).toEqual([[2, 7], [10, 15]]);
    expect(substringMatcher('的的').ranges('的的的')).toEqual([[0, 2], [1, 3]]);
  });
});

describe('English word forms', () => {
  const vocabulary = exampleVocabulary();
  const text = vocabulary.join(' ');
  const stems = new Map(vocabulary.map((word) => [word, stemmer(word)]));

  it(`finds exactly the words the stemmer's rule picks, for every word of the example as a query (${vocabulary.length} words)`, () => {
    expect(vocabulary.length).toBeGreaterThan(1000);
    const wrong: string[] = [];
    for (const query of vocabulary) {
      const matcher = englishWordMatcher(query);
      const found = matcher.ranges(text).map(([from, to]) => text.slice(from, to));
      const expected = vocabulary.filter((word) => ruleAccepts(stems, query, word));
      if (found.join(' ') !== expected.join(' ')) wrong.push(`${query}: found ${found.join(',')}; expected ${expected.join(',')}`);
      // The index is asked for the lookup: every match must contain it, or a page could be missed.
      for (const word of found) if (!word.includes(matcher.lookup)) wrong.push(`${query}: ${word} lacks the lookup ${matcher.lookup}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds the forms the example prints: meetings → meeting, approved → approve, approval, approving', () => {
    expect(marks('Minutes of the meeting. Meetings resume.', 'meetings')).toEqual(['meeting', 'Meetings']);
    expect(marks('Motion to approve the approval; approving it; approved.', 'approved')).toEqual(['approve', 'approval', 'approving', 'approved']);
    expect(marks('The county and its counties, not the country.', 'county')).toEqual(['county', 'counties']);
    expect(marks('The policy on police policies', 'policy')).toEqual(['policy', 'policies']);
  });

  it('matches whole words from their start, never inside a word, and a word begun as typed', () => {
    expect(countIn(folder, 'a meeting', english('eting'))).toBe(0);
    expect(countIn(folder, 'premeeting', english('meeting'))).toBe(0);
    expect(marks('The Council convened', 'counc')).toEqual(['Council']);
    expect(marks('meeting and meetinghouse', 'meetin')).toEqual(['meeting', 'meetinghouse']);
  });

  it('matches a phrase word by word with what lies between as typed, across lines and spaces', () => {
    expect(marks('A moment of silence\nin honour of the victim.', 'moments of silences in honour of the victims')).toEqual(['moment of silence\nin honour of the victim']);
    expect(countIn(folder, 'the harder, solid sample', english('hard, solid samples'))).toBe(1);
    expect(countIn(folder, 'the harder solid sample', english('hard, solid'))).toBe(0);
    expect(countIn(folder, 'meeting approved', english('approved meeting'))).toBe(0);
  });

  it('matches digits, punctuation and other scripts literally, and looks every word up by its prefix', () => {
    expect(countIn(folder, 'Resolution 36825 adopted', english('36825'))).toBe(1);
    expect(countIn(folder, 'PM2.5 levels', english('pm2.5 level'))).toBe(1);
    expect(countIn(folder, 'PM2.5 levels', english('pm 2.5'))).toBe(0);
    expect(countIn(folder, 'the 会议 meetings', english('会议 meeting'))).toBe(1);
    expect(english('Meetings approved 2012').lookup).toBe('meet approv 2012');
    expect(english('cities').lookup).toBe('cit');
    expect(pagefindQuery(english('meetings').lookup)).toBe(pagefindQuery('meet'));
  });

  it('confirms a candidate meeting part by part with the same rule', () => {
    const meeting: Meeting = {
      url: '/minutes/m/',
      title: 'Regular Meeting',
      date: '2012-12-18',
      published: '2012-12-18',
      dateText: 'December 18, 2012',
      simplified: '',
      parts: [
        { id: '', text: 'Regular Meeting', filters: {} },
        { id: 'item-1', text: 'A. Approval of the minutes\nApproved unanimously.', filters: {} },
        { id: 'item-2', text: 'B. Other business', filters: {} },
      ],
    };
    expect(verify(folder, meeting, english('approve'), {}, 0).map((hit) => [hit.url, hit.count, hit.titleCount])).toEqual([['/minutes/m/#item-1', 2, 1]]);
    expect(verify(folder, meeting, english('meetings'), {}, 0).map((hit) => hit.url)).toEqual(['/minutes/m/']);
  });
});
