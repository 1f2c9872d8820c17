import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Minutes } from '../../src/schemas/minutes';
import { searchRecordSchema } from '../../src/schemas/search-record';
import { zhCN } from '../../src/locales/zh-CN';
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { byDate, byRelevance, groupByMeeting, type VerifiedHit } from '../../src/search/ranking';
import { decodePagefindFile, encodePagefindFile } from '../../src/utils/pagefind-fragments';
import {
  PAGEFIND_RANKING, PAGEFIND_VERSION, START_CHECK_MS, checkPagefindVersion, rankingReadsWordCounts, pagefindRecord, readMeeting, setIndexEnvironment, withIndexPreloads, withNativeDecompression, withoutIndexedContent, withPromptStart,
} from '../../src/search/pagefind-adapter';
import { bodySections, printedHeaderLines, searchRecord } from '../../src/search/records';
import { pagefindFilters, partPassesFilters, readSearchState, searchStateParams, toggleFilter } from '../../src/search/state';
import { TRADITIONAL_CHARACTERS, traditionalCharacterList, traditionalCharacterString } from '../../src/search/traditional-characters';
import { createFolder, isSearchable, UNFOLDED_RANGES } from '../../src/search/folding';
import { countIn, excerpt, occurrences } from '../../src/search/excerpts';
import { MAX_QUERY_TERMS, MAX_TERM_REPEATS, indexContent, indexTerms, pagefindQuery, pagefindWord, partTermWeights, queryTerms } from '../../src/search/index-terms';

/** A folder with the dictionary, as the index build makes it. */
const folder = createFolder(ConverterFactory([TSCharacters]));
const foldText = (text: string) => folder.fold(text);
const foldQuery = (query: string) => folder.foldQuery(query);

describe('traditional → simplified folding, loaded only when needed', () => {
  it('knows which characters need the dictionary, learns them from records, and refuses to fold unknown ones', async () => {
    const browser = createFolder();
    expect(browser.needsDictionary('燃气 ＰＰＰ (一)')).toBe(false);
    expect(browser.needsDictionary('燃氣')).toBe(true);
    expect(browser.fold('燃气').folded).toBe('燃气');
    expect(() => browser.fold('燃氣')).toThrow(/loadDictionary/);
    browser.learn('氣气');
    expect(browser.needsDictionary('燃氣')).toBe(false);
    expect(browser.fold('燃氣').folded).toBe('燃气');
    expect(browser.needsDictionary('環境')).toBe(true);
    expect(() => browser.simplifiedPairs(['環境'])).toThrow(/loadDictionary/);
    await browser.loadDictionary(async () => ConverterFactory([TSCharacters]));
    expect(browser.needsDictionary('環境')).toBe(false);
    expect(browser.fold('環境').folded).toBe('环境');
    expect(browser.simplifiedPairs(['毛华乾 環境', '燃氣，環'])).toBe('乾干環环氣气');
    expect(browser.simplifiedPairs(['燃气'])).toBe('');
    // Each folder keeps what it learnt to itself.
    expect(createFolder().needsDictionary('燃氣')).toBe(true);
  });

  it('lists exactly the characters opencc-js changes', () => {
    const dictionaryFile = createRequire(import.meta.url).resolve('opencc-js/dict/TSCharacters');
    const dictionary = /export default "([^"]*)"/.exec(readFileSync(dictionaryFile, 'utf8'))?.[1] ?? '';
    expect(dictionary.length).toBeGreaterThan(10_000);
    // Out of date after an opencc-js upgrade: paste traditionalCharacterList(dictionary) into src/search/traditional-characters.ts.
    expect(TRADITIONAL_CHARACTERS).toBe(traditionalCharacterList(dictionary));
    const characters = [...traditionalCharacterString(TRADITIONAL_CHARACTERS)];
    expect(characters).toContain('氣');
    expect(characters).not.toContain('气');
    expect(characters).toHaveLength(TRADITIONAL_CHARACTERS.split(',').length);
    expect(new Set(characters).size).toBe(characters.length);
  });
});

describe('search text transform', () => {
  it('folds full-width to half-width, case, and traditional to simplified, one character at a time', () => {
    expect(foldText('（一）ＰＭ２.５燃氣環境').folded).toBe('(一)pm2.5燃气环境');
    expect(foldQuery('  疫情防控工作情況 ')).toBe('疫情防控工作情况');
  });

  it('leaves every character of the ranges it copies whole as it is, bar the traditional ones', () => {
    const traditional = new Set(traditionalCharacterString(TRADITIONAL_CHARACTERS));
    let checked = 0;
    for (const [from, to] of UNFOLDED_RANGES) {
      for (let point = from; point <= to; point += 1) {
        const char = String.fromCodePoint(point);
        if (traditional.has(char)) continue;
        expect(folder.foldChar(char), `U+${point.toString(16)}`).toBe(char);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15_000);
  });

  it('folds a whole text the same whichever way it takes, and maps every folded unit back', () => {
    const texts = [
      '一、审议《燃气方案》\n（一）原则同意。',
      '太政发〔2021〕12号 PM2.5 app',
      'ＰＰＰ项目 (一)',
      '燃氣環境',
      'ΑΣ ΟΔΟΣ İstanbul',
      'e\u0301 é ﬁ ㈠ ½',
      'tab\there\u3000full-width space\u00a0nbsp',
      '\ud800 lone surrogate',
      ' a \n b  c\t', '漢 a b 2 年 Ω ω', 'a\u3000\u3000b 𠀀 c', '\n', '  ', 'x\u00a0\ny',
      '',
    ];
    for (const text of texts) {
      const { folded, start, end } = foldText(text);
      expect(folder.foldedForm(text)).toBe(folded);
      expect(start).toHaveLength(folded.length);
      expect(end).toHaveLength(folded.length);
      // Every folded unit comes from a character of the original that folds to a string holding it.
      for (let i = 0; i < folded.length; i += 1) {
        const unit = folded[i] as string;
        const source = text.slice(start[i] as number, end[i] as number);
        expect(unit === ' ' ? /\s/u.test(source) : folder.foldChar(source).includes(unit), `${text}: ${unit}`).toBe(true);
      }
    }
  });

  it('maps every folded position back to the original text', () => {
    const { folded, start, end } = foldText('㈠燃 氣');
    expect(folded).toBe('(一)燃气');
    expect(start).toEqual([0, 0, 0, 1, 3]);
    expect(end).toEqual([1, 1, 1, 2, 4]);
  });

  it('ignores whitespace of every kind in and around Chinese and digits', () => {
    expect(foldQuery('德企发展 30 年大会')).toBe('德企发展30年大会');
    expect(foldQuery('《2023 年太仓市对德合作工作要点》')).toBe('《2023年太仓市对德合作工作要点》');
    expect(foldQuery('第\u300032\u00a0次')).toBe('第32次');
    expect(foldQuery('常务副市长 吴敬宇')).toBe('常务副市长吴敬宇');
    expect(foldQuery('燃气\n安全')).toBe('燃气安全');
    expect(foldQuery('太仓市人民政府办公室 整理')).toBe('太仓市人民政府办公室整理');
    expect(foldQuery('PPP 项目 ， 推进')).toBe('ppp项目,推进');
    expect(foldQuery('  (一)  ')).toBe('(一)');
  });

  it('keeps one space between Latin letters or digits: App does not match Ap p, nor ap p match App', () => {
    expect(foldQuery('App  Store')).toBe('app store');
    expect(foldQuery('App\u3000Store')).toBe('app store');
    expect(foldQuery('Ap p')).toBe('ap p');
    expect(countIn(folder, 'Ap p 下载', foldQuery('App'))).toBe(0);
    expect(countIn(folder, 'App 下载', foldQuery('Ap p'))).toBe(0);
    expect(countIn(folder, 'App 下载', foldQuery('app下载'))).toBe(1);
    expect(countIn(folder, 'PM2.5 浓度', foldQuery('PM 2.5'))).toBe(0);
    expect(countIn(folder, '2023 04', foldQuery('202304'))).toBe(0);
    expect(countIn(folder, '５Ｇ 基站', foldQuery('5g基站'))).toBe(1);
  });

  it('indexes each run as single characters and overlapping pairs', () => {
    expect(indexTerms('内燃气，第2次')).toEqual(['内', '内燃', '燃', '燃气', '气', '第', '第2', '2', '2次', '次']);
  });

  it('writes terms as ASCII words that Pagefind keeps whole, a single character never the start of a pair', () => {
    expect(pagefindWord('燃')).toMatch(/^[0-9a-y][0-9a-z]{2}z$/);
    expect(pagefindWord('燃气')).toMatch(/^[0-9a-y][0-9a-z]{5}$/);
    expect(pagefindWord('燃气').startsWith(pagefindWord('燃'))).toBe(false);
    expect(pagefindWord('𠀀')).toMatch(/^z[0-9a-z]{4}z$/);
    expect(pagefindWord('𠀀燃')).toBe(`${pagefindWord('𠀀').slice(0, -1)}${pagefindWord('燃气').slice(0, 3)}`);
    expect(pagefindQuery(foldQuery('燃氣'))).toBe(pagefindWord('燃气'));
    expect(pagefindQuery(foldQuery('燃 气'))).toBe(pagefindWord('燃气'));
    expect(pagefindQuery('作方案')).toBe(`${pagefindWord('作方')} ${pagefindWord('方案')}`);
  });

  it('looks a query up by pairs covering it, at most a few, that every containing text also has', () => {
    expect(queryTerms('燃气')).toEqual(['燃气']);
    expect(queryTerms('气')).toEqual(['气']);
    expect(queryTerms('内燃气')).toEqual(['内燃', '燃气']);
    expect(queryTerms('水生态环境')).toEqual(['水生', '态环', '环境']);
    expect(queryTerms('作，推进')).toEqual(['作', '推进']);
    const long = queryTerms('会后由市住建局根据会议讨论意见修改完善');
    expect(long).toHaveLength(MAX_QUERY_TERMS);
    expect(long).toEqual(['会后', '议讨', '完善']);
    expect(long[0]).toBe('会后');
    expect(long.at(-1)).toBe('完善');
    for (const query of ['作方案，推', '推动实施工作方案，推进落实', '实施工作方案']) {
      const text = new Set(indexTerms(foldText('推动实施工作方案，推进落实').folded));
      for (const term of queryTerms(foldQuery(query))) expect(text.has(term), `${query}: ${term}`).toBe(true);
    }
  });

  it('counts the header fields once, so a meeting ranks by its best agenda item', () => {
    const words = indexContent(folder, ['一、燃气方案\n燃气用户'], '审议燃气方案、燃气规划、燃气管理\n吴敬宇').split(' ');
    expect(words.filter((word) => word === pagefindWord('燃气'))).toHaveLength(2);
    expect(words.filter((word) => word === pagefindWord('吴敬'))).toHaveLength(1);
  });

  it('writes each term as often as it occurs in the part where it occurs most', () => {
    const weights = partTermWeights(folder, '一、燃气方案\n燃气用户，燃气管道');
    expect(weights.get('燃气')).toBe(3);
    expect(weights.get('方案')).toBe(1);
    const words = indexContent(folder, ['一、燃气方案\n燃气用户，燃气管道', '二、其他\n燃气燃气燃气燃气燃气', '三、其他']).split(' ');
    expect(words.filter((word) => word === pagefindWord('燃气'))).toHaveLength(5);
    expect(words.filter((word) => word === pagefindWord('其他'))).toHaveLength(1);
    expect(words).toEqual([...words].sort());
    expect(indexContent(folder, ['的'.repeat(100)]).split(' ').filter((word) => word === pagefindWord('的'))).toHaveLength(MAX_TERM_REPEATS);
    expect(indexContent(folder, ['燃气'])).not.toMatch(/\p{Script=Han}/u);
  });

  it('counts overlapping occurrences and knows an unsearchable query', () => {
    expect(occurrences('的的的', '的的')).toEqual([0, 1]);
    expect(isSearchable(foldQuery('，。'))).toBe(false);
    expect(isSearchable(foldQuery('（一）'))).toBe(true);
  });

  it('rebuilds excerpts from the original text, marking every match in it', () => {
    const text = '一、审议《燃氣方案》\n（一）城镇燃气安全，燃气用户检查。';
    expect(excerpt(folder, text, foldQuery('燃气'), 4)).toEqual([
      { text: '…', mark: false },
      { text: '、审议《', mark: false },
      { text: '燃氣', mark: true },
      { text: '方案》', mark: false },
      { text: '…', mark: false },
    ]);
    const second = excerpt(folder, '（一）城镇燃气安全，燃气用户检查。', '燃气', 2);
    expect(second.filter((part) => part.mark).map((part) => part.text)).toEqual(['燃气', '燃气']);
    expect(second.map((part) => part.text).join('')).toBe('…城镇燃气安全，燃气…');
    expect(excerpt(folder, '没有', '燃气')).toEqual([]);
  });

  it('marks a match printed with spaces as printed, spaces inside it and none around it', () => {
    const parts = excerpt(folder, '印发《2023 年太仓市对德合作工作要点》 的通知', foldQuery('2023年太仓'));
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['2023 年太仓']);
    expect(parts.map((part) => part.text).join('')).toBe('印发《2023 年太仓市对德合作工作要点》 的通知');
    const across = excerpt(folder, '研究事项\n会议要求', foldQuery('事项会议'));
    expect(across.filter((part) => part.mark).map((part) => part.text)).toEqual(['事项\n会议']);
  });
});

describe('search state in the URL', () => {
  it('reads and writes query, filters and sort in a stable order', () => {
    const state = readSearchState(new URLSearchParams('topic=城镇燃气&q=燃气&year=2023&year=2023&sort=date&x=1'));
    expect(state).toEqual({ query: '燃气', filters: { topic: ['城镇燃气'], year: ['2023'] }, sort: 'date' });
    expect(searchStateParams(state).toString()).toBe(new URLSearchParams('q=燃气&year=2023&topic=城镇燃气&sort=date').toString());
    const published = readSearchState(new URLSearchParams('q=燃气&sort=published'));
    expect(published.sort).toBe('published');
    expect(searchStateParams(published).get('sort')).toBe('published');
    expect(readSearchState(new URLSearchParams('q=燃气&sort=newest')).sort).toBe('relevance');
  });

  it('toggles filter values and builds Pagefind filters', () => {
    const state = toggleFilter(readSearchState(new URLSearchParams('q=a')), 'kind', '审议', true);
    expect(pagefindFilters(state.filters)).toEqual({ kind: { any: ['审议'] } });
    expect(toggleFilter(state, 'kind', '审议', false).filters).toEqual({});
  });
});

describe('search ranking', () => {
  const hit = (url: string, count: number, titleCount: number, date: string, order: number): VerifiedHit => ({
    url, title: '', text: '', meetingUrl: url.split('#')[0] as string, meetingTitle: '', date, published: date, dateText: date, order, count, titleCount,
  });

  it('puts agenda items before header fields whatever their counts', () => {
    const hits = [hit('/a/', 9, 0, '2023-01-01', 0), hit('/b/#item-1', 1, 0, '2020-01-01', 1)];
    expect([...hits].sort(byRelevance).map((h) => h.url)).toEqual(['/b/#item-1', '/a/']);
  });

  it('puts more occurrences first, title matches ahead of equal counts, ties newest first', () => {
    const hits = [hit('/a/#item-1', 1, 0, '2023-01-01', 0), hit('/b/#item-1', 3, 0, '2020-01-01', 1), hit('/c/#item-1', 1, 1, '2021-01-01', 2), hit('/d/#item-1', 1, 0, '2024-01-01', 3), hit('/e/#item-1', 2, 2, '2024-01-01', 4)];
    expect([...hits].sort(byRelevance).map((h) => h.url)).toEqual(['/b/#item-1', '/e/#item-1', '/c/#item-1', '/d/#item-1', '/a/#item-1']);
    expect([...hits].sort(byDate).map((h) => h.url)).toEqual(['/e/#item-1', '/d/#item-1', '/a/#item-1', '/c/#item-1', '/b/#item-1']);
  });

  it('counts folded occurrences and groups hits under their meeting in the order of its best agenda item', () => {
    expect(countIn(folder, '燃氣燃气', '燃气')).toBe(2);
    const grouped = groupByMeeting([hit('/a/#item-2', 1, 0, '', 0), hit('/b/#item-1', 1, 0, '', 1), hit('/a/#item-1', 1, 0, '', 2)]);
    expect(grouped.map((group) => group.map((h) => h.url))).toEqual([['/a/#item-2', '/a/#item-1'], ['/b/#item-1']]);
    // A meeting whose header matched most still comes after the meeting with the best item; its header leads its group.
    const withHeader = groupByMeeting([hit('/a/', 6, 0, '', 0), hit('/b/#item-1', 5, 0, '', 1), hit('/a/#item-3', 2, 0, '', 2), hit('/c/', 1, 0, '', 3)]);
    expect(withHeader.map((group) => group.map((h) => h.url))).toEqual([['/b/#item-1'], ['/a/', '/a/#item-3'], ['/c/']]);
  });
});

describe('search records', () => {
  const html = '<p>2023 年 4 月 10 日，会议召开。</p>\n<h2 id="item-1" class="agenda-heading">一、审议《燃气方案》</h2>\n<p>（一）原则同意。</p>\n<p>（二）要\n抓好落实。</p>\n<h2 id="item-2">二、研究其他事项</h2>\n<p>会议要求。</p>';
  const data = {
    documentKind: '纪要', issuer: '太仓市人民政府', documentType: '常务会议纪要', documentNumber: '第5号', issuingOffice: '办公室',
    dateIssued: new Date('2023-04-18T00:00:00Z'),
    meeting: { name: '市政府第22次常务会议', session: 22, date: new Date('2023-04-10T00:00:00Z'), chair: { name: '吴敬宇', title: '常务副市长' } },
    compiled: { by: '办公室', date: new Date('2023-04-14T00:00:00Z') },
    agenda: [
      { ordinal: '一', kind: '审议', title: '审议《燃气方案》', topics: ['gas-safety'], leadDepartments: ['市住建局'] },
      { ordinal: '二', kind: '研究', title: '研究其他事项', topics: ['other'], leadDepartments: [] },
    ],
    attendance: { present: ['郑丙华', '王莉萍'], absent: [], observers: [{ organisation: '市政协', people: ['张培明'] }], others: [] },
    recipients: [], copies: [], disclosure: { access: '主动公开', status: 'published' }, attachments: [], revisions: [],
  } satisfies Minutes;
  const full = {
    ...data,
    indexNumber: '014000000/2023-00012',
    meeting: { ...data.meeting, timeOfDay: '下午', place: '市政府常务会议室' },
    attendance: { present: ['郑丙华', '王莉萍'], absent: [{ name: '李明', reason: '公务' }, { name: '周强' }], observers: [{ organisation: '市政协', people: ['张培明', '陆江'] }, { organisation: '市住建局', people: ['徐彬'] }], others: ['各镇（区）主要负责人'] },
    recipients: ['各镇人民政府', '健雄学院'], copies: ['市人大常委会办公室'],
    disclosure: { access: '主动公开', status: 'published', release: '此件公开发布' },
    attachments: [{ title: '太仓市燃气安全三年行动方案', file: 'a.pdf', sha256: 'a'.repeat(64) }],
    revisions: [{ date: new Date('2023-05-02T00:00:00Z'), note: '更正第二项的牵头部门' }],
  } satisfies Minutes;

  it('cuts the rendered body at agenda headings, one line per paragraph', () => {
    expect(bodySections(html)).toEqual([
      { id: null, heading: '', text: '2023 年 4 月 10 日，会议召开。' },
      { id: 'item-1', heading: '一、审议《燃气方案》', text: '一、审议《燃气方案》\n（一）原则同意。\n（二）要抓好落实。' },
      { id: 'item-2', heading: '二、研究其他事项', text: '二、研究其他事项\n会议要求。' },
    ]);
  });

  it('makes one record per meeting: the header part, then one part per agenda item with its filters', () => {
    const record = searchRecord({ id: 'm', data }, { url: '/minutes/m/', title: '市政府第22次常务会议纪要', html, topicNames: new Map([['gas-safety', '城镇燃气']]), ui: zhCN, lang: 'zh-CN' });
    searchRecordSchema.parse(record);
    expect(record.url).toBe('/minutes/m/');
    expect(record.date).toBe('2023-04-10');
    expect(record.dateText).toBe('2023年4月10日');
    // No 发布日期 recorded: the 成文日期 stands in, as on /minutes/latest/.
    expect(record.published).toBe('2023-04-18');
    expect(searchRecord({ id: 'm', data: { ...data, datePublished: new Date('2023-05-06T00:00:00Z') } }, { url: '/minutes/m/', title: 't', html, topicNames: new Map(), ui: zhCN, lang: 'zh-CN' }).published).toBe('2023-05-06');
    expect(record.parts.map((part) => part.id)).toEqual(['', 'item-1', 'item-2']);
    expect(record.parts[0]?.text).toContain('常务副市长吴敬宇\n2023 年 4 月 10 日，会议召开。\n出席：郑丙华、王莉萍。\n列席：市政协张培明。');
    expect(record.parts[0]?.text).toContain('会议召开');
    expect(record.parts[1]?.text).toBe('一、审议《燃气方案》\n（一）原则同意。\n（二）要抓好落实。');
    expect(record.parts[1]?.filters).toEqual({ topic: ['城镇燃气'], department: ['市住建局'], kind: ['审议'] });
    expect(record.filters).toEqual({ year: ['2023'], type: ['常务会议纪要'], topic: ['城镇燃气', 'other'], department: ['市住建局'], kind: ['审议', '研究'] });
    const indexed = pagefindRecord(folder, record);
    expect(indexed.language).toBe('zxx');
    expect(indexed.content.split(' ')).toContain(pagefindWord('燃气'));
    expect(indexed.content.split(' ')).toContain(pagefindWord('吴敬'));
    expect(indexed.content).not.toMatch(/\p{Script=Han}/u);
    expect(JSON.parse(indexed.meta?.['parts'] ?? '')).toEqual(record.parts);
    // No sorts: the browser orders pages itself (page-order.ts).
    expect(indexed.sort).toBeUndefined();
    expect(indexed.meta?.['published']).toBe('2023-04-18');
  });

  it('holds in its header every block the page prints outside the items, in the page\'s order, as printed', () => {
    expect(printedHeaderLines(full, '市政府第22次常务会议纪要', '会议开场。', zhCN, 'zh-CN')).toEqual([
      '太仓市人民政府常务会议纪要',
      '第5号',
      '市政府第22次常务会议纪要',
      '014000000/2023-00012',
      '太仓市人民政府',
      '常务会议纪要',
      '市政府第22次常务会议',
      '2023年4月10日下午',
      '市政府常务会议室',
      '常务副市长吴敬宇',
      '会议开场。',
      '出席：郑丙华、王莉萍。',
      '请假：李明（公务）、周强。',
      '列席：市政协张培明、陆江，市住建局徐彬。',
      '各镇（区）主要负责人。',
      '办公室 整理 2023年4月14日',
      '（此件公开发布）',
      '主送：各镇人民政府，健雄学院。',
      '抄送：市人大常委会办公室。',
      '太仓市燃气安全三年行动方案',
      '2023年5月2日：更正第二项的牵头部门',
    ]);
    // The disclosure catalogue is a filter, not search text.
    expect(printedHeaderLines(full, 't', undefined, zhCN, 'zh-CN').join('\n')).not.toMatch(/主动公开|办公室\n/);
  });

  it('keeps a part when it has one of the chosen values of every item filter', () => {
    const item = { topic: ['城镇燃气'], kind: ['审议'] };
    expect(partPassesFilters(item, {})).toBe(true);
    expect(partPassesFilters(item, { year: ['2023'], topic: ['城镇燃气', '其他'] })).toBe(true);
    expect(partPassesFilters(item, { topic: ['城镇燃气'], kind: ['研究'] })).toBe(false);
    expect(partPassesFilters({}, { kind: ['审议'] })).toBe(false);
  });

  it('fails when an agenda item has no heading in the body', () => {
    expect(() => searchRecord({ id: 'm', data }, { url: '/m/', title: 't', html: '<p>x</p>', topicNames: new Map(), ui: zhCN, lang: 'zh-CN' })).toThrow(/item-1/);
  });
});

describe('search page preloads', () => {
  it('adds preloads of the entry and metadata files and the tag Pagefind asks for them with', () => {
    const page = '<html><head><title>检索</title></head><body><div class="search-results" data-bundle="/jiyao/pagefind/" data-index-tag=""></div></body></html>';
    const html = withIndexPreloads(page, { bundleUrl: '/jiyao/pagefind/', tag: 'zxx_ab83' });
    expect(html).toContain('<link rel="preload" href="/jiyao/pagefind/pagefind-entry.json?ts=zxx_ab83" as="fetch" crossorigin="anonymous">');
    expect(html).toContain('<link rel="preload" href="/jiyao/pagefind/pagefind.zxx_ab83.pf_meta" as="fetch" crossorigin="anonymous"></head>');
    expect(html).toContain('data-index-tag="zxx_ab83"');
    expect(() => withIndexPreloads('<html><head></head><body></body></html>', { bundleUrl: '/', tag: 't' })).toThrow(/data-index-tag/);
  });
});

describe('the Pagefind adapter', () => {
  it('accepts only the Pagefind version its workarounds were written for', () => {
    expect(() => checkPagefindVersion(PAGEFIND_VERSION, 'pagefind-entry.json')).not.toThrow();
    expect(() => checkPagefindVersion('1.7.0', 'pagefind/pagefind-entry.json')).toThrow(/pagefind\/pagefind-entry.json: Pagefind 1.7.0 found/);
    expect(() => checkPagefindVersion(undefined, 'x')).toThrow(/adapted to 1.6.0/);
  });

  it('knows when a ranking reads the pages\' word counts (the index merge leaves them out otherwise)', () => {
    expect(rankingReadsWordCounts(PAGEFIND_RANKING)).toBe(false);
    expect(rankingReadsWordCounts({ ...PAGEFIND_RANKING, pageLength: 0.75 })).toBe(true);
    expect(rankingReadsWordCounts({ ...PAGEFIND_RANKING, termFrequency: 0.5 })).toBe(true);
    expect(rankingReadsWordCounts({ ...PAGEFIND_RANKING, termFrequency: 1 })).toBe(false);
  });

  it('sets the index environment for the build and puts back what was there', () => {
    const env: Record<string, string | undefined> = { OTHER: '1' };
    const restore = setIndexEnvironment(env);
    expect(env).toEqual({ OTHER: '1', PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '10000' });
    restore();
    expect(env).toEqual({ OTHER: '1' });
    env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = '500';
    setIndexEnvironment(env)();
    expect(env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE']).toBe('500');
  });

  it('reads a candidate meeting back from the metadata its record carries', async () => {
    const record = { url: '/m/', title: '第1次', date: '2023-01-02', published: '2023-01-09', dateText: '2023年1月2日', filters: {}, parts: [{ id: '', text: '燃氣', filters: {} }] };
    const indexed = pagefindRecord(folder, record);
    expect(readMeeting({ url: indexed.url, meta: indexed.meta ?? {} })).toEqual({ ...record, filters: undefined, simplified: '氣气' } as never);
  });
});

describe("Pagefind's wait for its own start", () => {
  const wait = 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
  it('checks every few milliseconds instead of every 50', () => {
    const script = `var asyncSleep=async(ms=100)=>{};class P{${wait}return this.raw_ptr;}async mergeIndex(){await asyncSleep(50);}}`;
    const patched = withPromptStart(script);
    expect(patched).toContain(`await asyncSleep(${START_CHECK_MS});}return this.raw_ptr;}`);
    expect(patched).toContain('async mergeIndex(){await asyncSleep(50);}');
    expect(patched.length).toBe(script.length - 2 + String(START_CHECK_MS).length);
  });

  it('stops the build when the script does not hold the wait exactly once', () => {
    expect(() => withPromptStart('async getPtr(){return this.raw_ptr;}')).toThrow(/found it 0 times/);
    expect(() => withPromptStart(wait + wait)).toThrow(/found it 2 times/);
  });
});

describe("Pagefind's fragments without the indexed content", () => {
  const fragment = { url: '/minutes/a/', content: '01c01d 01cz', word_count: 2, filters: {}, meta: { title: '第1次', parts: '[]' }, anchors: [] };
  it('empties the content of one fragment or of a group, and keeps everything else', () => {
    expect(JSON.parse(withoutIndexedContent(JSON.stringify(fragment), 'f'))).toEqual({ ...fragment, content: '' });
    const group = { h1: fragment, h2: { ...fragment, url: '/minutes/b/' } };
    expect(JSON.parse(withoutIndexedContent(JSON.stringify(group), 'g'))).toEqual({ h1: { ...fragment, content: '' }, h2: { ...fragment, url: '/minutes/b/', content: '' } });
  });

  it('writes files Pagefind reads: gzip of its signature and the payload', () => {
    const file = encodePagefindFile('{"url":"/m/"}');
    expect(gunzipSync(file).toString('utf8')).toBe('pagefind_dcd{"url":"/m/"}');
    expect(decodePagefindFile(file)).toBe('{"url":"/m/"}');
  });

  it('stops the build on anything that is not a fragment, naming the file', () => {
    expect(() => withoutIndexedContent('{"url":"/m/"}', 'fragment/x.pf_fragment')).toThrow(/fragment\/x.pf_fragment/);
    expect(() => withoutIndexedContent('{}', 'y')).toThrow(/y: neither/);
  });
});

describe('native decompression of Pagefind files', () => {
  const signed = new TextEncoder().encode('pagefind_dcd{"url":"/m/"}');
  const serve = (body: Uint8Array) => (async () => new Response(Uint8Array.from(body))) as unknown as typeof fetch;

  it('inflates gzip files under the bundle path and passes everything else through', async () => {
    const inflated = await withNativeDecompression(serve(gzipSync(signed)), '/pagefind/')('/pagefind/fragment/zxx_1.pf_fragment');
    expect(new Uint8Array(await inflated.arrayBuffer())).toEqual(signed);
    const plain = await withNativeDecompression(serve(signed), '/pagefind/')('/pagefind/fragment/zxx_1.pf_fragment');
    expect(new Uint8Array(await plain.arrayBuffer())).toEqual(signed);
    const other = gzipSync(signed);
    const elsewhere = await withNativeDecompression(serve(other), '/pagefind/')(new URL('https://example.gov.cn/_astro/x.js'));
    expect(new Uint8Array(await elsewhere.arrayBuffer())).toEqual(new Uint8Array(other));
  });
});
