import { describe, expect, it } from 'vitest';
import type { Minutes } from '../../src/schemas/minutes';
import type { Organisation } from '../../src/schemas/organisation';
import { splitAgendaSections } from '../../src/utils/agenda-sections';
import { adjacentMeetings, compareRecentlyPublishedFirst, documentTopics, meetingNeighbours } from '../../src/utils/minutes';
import { OrganisationIndex, organisationRecords } from '../../src/utils/organisations';
import { meetingCount, personRecords, personSlug } from '../../src/utils/people';
import { barPercentages, countPerMonth, largestFirst } from '../../src/utils/stats';
import { formatFileSize } from '../../src/utils/text';
import { AgendaThreads, agendaThread } from '../../src/utils/threads';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A minimal valid document; `overrides` replace whole top-level fields. */
function doc(id: string, date: string, overrides: Partial<Minutes> = {}): { id: string; data: Minutes } {
  return {
    id,
    data: {
      documentKind: '纪要',
      issuer: '太仓市人民政府',
      documentType: '常务会议纪要',
      documentNumber: '第1号',
      issuingOffice: '太仓市人民政府办公室',
      dateIssued: day(date),
      meeting: { name: `会议${id}`, session: 1, date: day(date), chair: { name: '吴敬宇', title: '常务副市长' } },
      compiled: { by: '太仓市人民政府办公室', date: day(date) },
      agenda: [{ ordinal: '一', kind: '审议', title: '审议方案', topics: ['gas-safety'], leadDepartments: [] }],
      attendance: { present: ['郑丙华'], absent: [], observers: [], others: [] },
      recipients: [],
      copies: [],
      disclosure: { access: '主动公开', status: 'published' },
      attachments: [],
      revisions: [],
      ...overrides,
    },
  };
}

const housing: Organisation = { id: 'housing-construction', name: '太仓市住房和城乡建设局', shortNames: ['市住建局'], kind: 'government-department' };
const cppcc: Organisation = { id: 'cppcc', name: '中国人民政治协商会议太仓市委员会', shortNames: ['市政协'], kind: 'cppcc' };
const index = new OrganisationIndex([housing, cppcc]);

describe('organisation records', () => {
  it('resolves full and short names to one organisation and leaves collective names alone', () => {
    expect(index.resolve('市住建局')).toBe(housing);
    expect(index.resolve('太仓市住房和城乡建设局')).toBe(housing);
    expect(index.resolve('各镇人民政府')).toBeUndefined();
  });

  it('collects assignments, 列席 and 主送/抄送 per organisation, counting a name printed twice once', () => {
    const a = doc('a', '2023-01-05', {
      agenda: [
        { ordinal: '一', kind: '审议', title: '甲', topics: ['x'], leadDepartments: ['市住建局', '太仓市住房和城乡建设局'] },
        { ordinal: '二', kind: '听取', title: '乙', topics: ['x'], leadDepartments: ['市政协'] },
      ],
      attendance: { present: ['郑丙华'], absent: [], observers: [{ organisation: '市住建局', people: ['陆江'] }], others: [] },
      recipients: ['各镇人民政府', '市住建局'],
      copies: ['市政协', '市住建局'],
    });
    const records = organisationRecords([a], index);
    expect(records.get('housing-construction')).toEqual({
      assignments: [{ doc: a, index: 0 }],
      observed: [{ doc: a, people: ['陆江'] }],
      received: [{ doc: a, delivery: 'recipient' }],
    });
    expect(records.get('cppcc')?.received).toEqual([{ doc: a, delivery: 'copy' }]);
    expect(records.get('cppcc')?.assignments).toEqual([{ doc: a, index: 1 }]);
  });
});

describe('agenda threads', () => {
  const first = doc('first', '2022-01-10');
  const second = doc('second', '2022-06-10', {
    agenda: [{ ordinal: '一', kind: '审议', title: '续一', topics: ['x'], leadDepartments: [], follows: { minutes: 'first', ordinal: '一' } }],
  });
  const third = doc('third', '2023-01-10', {
    agenda: [{ ordinal: '一', kind: '审议', title: '续二', topics: ['x'], leadDepartments: [], follows: { minutes: 'second', ordinal: '一' } }],
  });
  const docs = [third, first, second];

  it('walks back to the oldest item and forward to every later one', () => {
    expect(agendaThread(docs, second, '一')).toEqual({ earlier: [{ doc: first, ordinal: '一' }], later: [{ doc: third, ordinal: '一' }] });
    expect(agendaThread(docs, third, '一').earlier).toEqual([
      { doc: first, ordinal: '一' },
      { doc: second, ordinal: '一' },
    ]);
    expect(agendaThread(docs, first, '一').later.map(({ doc: d }) => d.id)).toEqual(['second', 'third']);
  });

  it('drops links to documents that are not published', () => {
    expect(agendaThread([second, third], second, '一').earlier).toEqual([]);
  });

  it('answers every item from one index the same as one item at a time', () => {
    const threads = new AgendaThreads(docs);
    for (const d of docs) expect(threads.of(d, '一'), d.id).toEqual(agendaThread(docs, d, '一'));
    // Several items following one item are all reached, earliest listed first.
    const branch = doc('branch', '2022-07-10', {
      agenda: [{ ordinal: '一', kind: '审议', title: '续一乙', topics: ['x'], leadDepartments: [], follows: { minutes: 'first', ordinal: '一' } }],
    });
    expect(new AgendaThreads([...docs, branch]).of(first, '一').later.map(({ doc: d }) => d.id)).toEqual(['second', 'branch', 'third']);
  });
});

describe('people', () => {
  it('records each printed name in every role, and counts a meeting once', () => {
    const a = doc('a', '2023-01-05', {
      attendance: { present: ['郑丙华', '吴敬宇'], absent: [{ name: '张展', reason: '公务' }], observers: [{ organisation: '市住建局', people: ['陆江'] }], others: [] },
    });
    const records = personRecords([a]);
    const wu = records.get('吴敬宇');
    expect(wu?.chaired).toEqual([{ doc: a, title: '常务副市长' }]);
    expect(wu && meetingCount(wu)).toBe(1);
    expect(records.get('张展')?.absent).toEqual([{ doc: a, reason: '公务' }]);
    expect(records.get('陆江')?.observed).toEqual([{ doc: a, organisation: '市住建局' }]);
    expect([...records.keys()].sort()).toEqual(['吴敬宇', '张展', '郑丙华', '陆江'].sort());
  });

  it('uses the people collection id as the slug when the name is listed', () => {
    const listed = new Map([['吴敬宇', { id: 'wu-jingyu' }]]);
    expect(personSlug('吴敬宇', listed)).toBe('wu-jingyu');
    expect(personSlug('郑丙华', listed)).toBe('郑丙华');
    expect(personSlug('阿卜杜·热合曼', listed)).toBe('阿卜杜·热合曼');
    // Printed text that is not a plain name never becomes a path of its own.
    const odd = personSlug('某人<img src=x>/..', listed);
    expect(odd).toMatch(/^person-[0-9a-f]{12}$/);
    expect(personSlug('某人<img src=x>/..', listed)).toBe(odd);
    expect(personSlug('某人 甲', listed)).not.toBe(odd);
  });
});

describe('minutes helpers', () => {
  it('finds the meetings before and after, in meeting order', () => {
    const docs = [doc('b', '2023-02-01'), doc('c', '2023-03-01'), doc('a', '2023-01-01')];
    expect(adjacentMeetings(docs, docs[0]!)).toEqual({ previous: docs[2], next: docs[1] });
    expect(adjacentMeetings(docs, docs[2]!)).toEqual({ previous: undefined, next: docs[0] });
    const neighbours = meetingNeighbours(docs);
    for (const d of docs) expect(neighbours.get(d.id), d.id).toEqual(adjacentMeetings(docs, d));
  });

  it('orders by 发布日期 (成文日期 where none), newest first, the same day by meeting date', () => {
    const docs = [
      doc('old-meeting-late', '2023-01-05', { datePublished: day('2023-03-10') }),
      doc('no-date', '2023-03-01'),
      doc('new-meeting-same-day', '2023-02-20', { datePublished: day('2023-03-10') }),
      doc('first', '2023-01-02', { datePublished: day('2023-01-04') }),
    ];
    expect([...docs].sort(compareRecentlyPublishedFirst).map((d) => d.id)).toEqual(['new-meeting-same-day', 'old-meeting-late', 'no-date', 'first']);
  });

  it('takes 主题分类 from the document, else from its items in order without repeats', () => {
    const items = doc('a', '2023-01-01', {
      agenda: [
        { ordinal: '一', kind: '审议', title: '甲', topics: ['b', 'a'], leadDepartments: [] },
        { ordinal: '二', kind: '审议', title: '乙', topics: ['a', 'c'], leadDepartments: [] },
      ],
    });
    expect(documentTopics(items.data)).toEqual(['b', 'a', 'c']);
    expect(documentTopics({ ...items.data, topics: ['z'] })).toEqual(['z']);
  });
});

describe('statistics', () => {
  it('counts per month with empty months in between', () => {
    expect(countPerMonth([day('2022-12-05'), day('2023-02-01'), day('2023-02-20')])).toEqual([
      { year: 2022, month: 12, value: 1 },
      { year: 2023, month: 1, value: 0 },
      { year: 2023, month: 2, value: 2 },
    ]);
    expect(countPerMonth([])).toEqual([]);
  });

  it('sizes bars against the largest value and drops zero rows from rankings', () => {
    const rows = [
      { label: '甲', value: 1 },
      { label: '乙', value: 0 },
      { label: '丙', value: 4 },
    ];
    expect(barPercentages(rows)).toEqual([25, 0, 100]);
    expect(barPercentages([{ label: '甲', value: 0 }])).toEqual([0]);
    expect(largestFirst(rows).map((row) => row.label)).toEqual(['丙', '甲']);
  });
});

describe('agenda sections', () => {
  it('cuts rendered minutes at the agenda headings, keeping everything in order', () => {
    const html = '<p>开头</p><p>会议议定以下意见：</p><h2 id="item-1" class="agenda-heading">一、甲</h2><p>（一）甲一</p><h2 id="item-2">二、乙</h2><p>（一）乙一</p><p>（二）乙二</p>';
    const sections = splitAgendaSections(html);
    expect(sections.intro).toBe('<p>开头</p><p>会议议定以下意见：</p>');
    expect(sections.items).toEqual([
      { id: 'item-1', heading: '<h2 id="item-1" class="agenda-heading">一、甲</h2>', content: '<p>（一）甲一</p>' },
      { id: 'item-2', heading: '<h2 id="item-2">二、乙</h2>', content: '<p>（一）乙一</p><p>（二）乙二</p>' },
    ]);
    expect(sections.intro + sections.items.map((item) => item.heading + item.content).join('')).toBe(html);
  });
});

describe('file sizes', () => {
  it('counts small files in bytes and larger ones in KB or MB', () => {
    expect(formatFileSize(120, 'zh-CN')).toBe('120 B');
    expect(formatFileSize(1536, 'zh-CN')).toBe('1.5 kB');
    expect(formatFileSize(5 * 1024 * 1024, 'zh-CN')).toBe('5 MB');
  });
});
