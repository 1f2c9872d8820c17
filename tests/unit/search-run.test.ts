import { describe, expect, it } from 'vitest';
import { CHECK_LIMIT, PAGE_SIZE, runProgress, showNextPage, startRun, verify, type Candidate, type Meeting } from '../../src/search/candidate-run';
import { createFolder } from '../../src/search/folding';
import { readSearchState } from '../../src/search/state';

/** A meeting with one agenda item per text; item filters from `topics` (same index). */
function meeting(n: number, texts: readonly string[], { date = '2023-01-01', published = undefined as string | undefined, topics = [] as string[][], header = '会议纪要', simplified = '' } = {}): Meeting {
  return {
    url: `/minutes/m${n}/`,
    title: `第${n}次会议纪要`,
    date,
    published: published ?? date,
    dateText: date,
    simplified,
    parts: [{ id: '', text: header, filters: {} }, ...texts.map((text, i) => ({ id: `item-${i + 1}`, text, filters: { topic: topics[i] ?? [] } }))],
  };
}

/** Candidates that count their loads, as the index would hand them over. */
function candidates(meetings: readonly Meeting[]): { list: Candidate[]; loads: number[] } {
  const loads: number[] = [];
  return { list: meetings.map((m, i) => ({ load: async () => (loads.push(i), m) })), loads };
}

const state = (params: string) => readSearchState(new URLSearchParams(params));

describe('the candidate run', () => {
  it('confirms only the parts whose folded text holds the query, headers included, spacing and script aside', async () => {
    const folder = createFolder();
    const found = verify(folder, meeting(1, ['一、燃 气方案', '二、其他事项'], { header: '主送：健雄学院。' }), folder.foldQuery('燃气'), {}, 0);
    expect(found.map((hit) => hit.url)).toEqual(['/minutes/m1/#item-1']);
    expect(verify(folder, meeting(1, ['x'], { header: '主送：健雄 学院。' }), folder.foldQuery('健雄学院'), {}, 0).map((hit) => [hit.url, hit.title])).toEqual([['/minutes/m1/', '第1次会议纪要']]);
    const counted = verify(folder, meeting(2, ['燃气燃气，燃气'], {}), '燃气', {}, 3)[0];
    expect(counted).toMatchObject({ count: 3, titleCount: 3, order: 3, meetingUrl: '/minutes/m2/' });
  });

  it('checks at most CHECK_LIMIT candidates per page and shows PAGE_SIZE hits at a time, best first', async () => {
    const folder = createFolder();
    const meetings = Array.from({ length: 25 }, (_, i) => meeting(i, i % 2 === 0 ? ['燃气'.repeat(1 + (i % 5)), '燃气'] : ['无关']));
    const { list, loads } = candidates(meetings);
    const run = startRun(state('q=燃气'), '燃气', list);
    await showNextPage(run, folder);
    expect(loads).toHaveLength(CHECK_LIMIT);
    expect(run.hits).toHaveLength(10);
    expect(run.shown).toBe(PAGE_SIZE);
    expect(run.hits.map((hit) => hit.count)).toEqual([...run.hits.map((hit) => hit.count)].sort((a, b) => b - a));
    expect(runProgress(run)).toEqual({ checkedAll: false, exhausted: false, meetings: 5, remaining: 15 });
    await showNextPage(run, folder);
    expect(loads).toHaveLength(20);
    expect(run.shown).toBe(20);
    await showNextPage(run, folder);
    expect(loads).toHaveLength(25);
    expect(run.hits).toHaveLength(26);
    expect(run.shown).toBe(26);
    expect(runProgress(run)).toMatchObject({ checkedAll: true, exhausted: true, meetings: 13, remaining: 0 });
  });

  it('shows waiting hits before it loads more candidates', async () => {
    const folder = createFolder();
    const { list, loads } = candidates(Array.from({ length: 12 }, (_, i) => meeting(i, ['燃气', '燃气', '燃气'])));
    const run = startRun(state('q=燃气'), '燃气', list);
    await showNextPage(run, folder);
    expect([loads.length, run.hits.length, run.shown]).toEqual([10, 30, 10]);
    await showNextPage(run, folder);
    expect([loads.length, run.shown]).toEqual([10, 20]);
  });

  it('keeps only the items of a chosen topic, which drops the header', async () => {
    const folder = createFolder();
    const { list } = candidates([meeting(1, ['燃气安全', '燃气管网'], { topics: [['城镇燃气'], ['其他']], header: '燃气' })]);
    const run = startRun(state('q=燃气&topic=城镇燃气'), '燃气', list);
    await showNextPage(run, folder);
    expect(run.hits.map((hit) => hit.url)).toEqual(['/minutes/m1/#item-1']);
  });

  it('orders by meeting date when asked', async () => {
    const folder = createFolder();
    const { list } = candidates([meeting(1, ['燃气燃气'], { date: '2021-01-01' }), meeting(2, ['燃气'], { date: '2023-01-01' })]);
    const run = startRun(state('q=燃气&sort=date'), '燃气', list);
    await showNextPage(run, folder);
    expect(run.hits.map((hit) => hit.url)).toEqual(['/minutes/m2/#item-1', '/minutes/m1/#item-1']);
  });

  it('orders by 发布日期 when asked, meeting date among documents published the same day', async () => {
    const folder = createFolder();
    const { list } = candidates([
      meeting(1, ['燃气燃气'], { date: '2023-03-01', published: '2023-03-20' }),
      meeting(2, ['燃气'], { date: '2023-01-01', published: '2023-04-02' }),
      meeting(3, ['燃气'], { date: '2023-03-05', published: '2023-03-20' }),
    ]);
    const run = startRun(state('q=燃气&sort=published'), '燃气', list);
    await showNextPage(run, folder);
    expect(run.hits.map((hit) => hit.url)).toEqual(['/minutes/m2/#item-1', '/minutes/m3/#item-1', '/minutes/m1/#item-1']);
  });

  it('folds traditional records from the pairs they carry, without the dictionary', async () => {
    const folder = createFolder();
    const loaded: string[] = [];
    const original = folder.loadDictionary.bind(folder);
    folder.loadDictionary = async () => {
      loaded.push('dictionary');
      return original();
    };
    const { list } = candidates([meeting(1, ['燃氣管網'], { simplified: '氣气網网' })]);
    const run = startRun(state('q=燃气管网'), '燃气管网', list);
    await showNextPage(run, folder);
    expect(run.hits.map((hit) => hit.url)).toEqual(['/minutes/m1/#item-1']);
    expect(loaded).toEqual([]);
  });

  it('reports an empty run as checked and exhausted', async () => {
    const run = startRun(state('q=zz'), 'zz', []);
    await showNextPage(run, createFolder());
    expect(runProgress(run)).toEqual({ checkedAll: true, exhausted: true, meetings: 0, remaining: 0 });
  });
});
