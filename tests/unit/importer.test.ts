import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { validateContent } from '../../src/validation/validate-content';
import { importFixture, readMinutesFile, readRawMinutes } from '../support/import';
import { blocksOfText, makePdf } from '../support/make-pdf';
import { fixtureContentDir, repoRoot } from '../support/paths';
import { contentCharacters, readBack, removedLines } from '../support/read-back';
import { runCli } from '../support/run-cli';

// Each test runs the command in a child process (tsx start-up alone takes about a second).
vi.setConfig({ testTimeout: 60_000 });

const fixtures = join(repoRoot, 'tests/fixtures/import');
const seed = join(fixtures, 'taicang-changwu-2023-05.txt');
const handMade = join(repoRoot, 'content/minutes/taicang-changwu-2023-05.md');
const variants = ['ascii-punctuation', 'numbering', 'missing-closing', 'zhuanti-absent', 'two-leads', 'traditional'];

/** The seed's lines that a page break cut in the middle, by their first words. */
const seedCuts = ['（三）区镇板块方面', '（三）各地各相关部门要加强统筹', '七、审议《推动农文旅', '（二）要清醒的认识到', '列席：'];

function section(report: string, title: string): string[] {
  // A Chinese site's report titles a section 已找到（3）：, an English one Found (3):.
  const start = Math.max(report.indexOf(`${title}（`), report.indexOf(`${title} (`));
  const lines = report.slice(start).split('\n').slice(1);
  return lines.slice(0, lines.findIndex((line) => line === '')).map((line) => line.trim());
}

/** The hand-made file's fields and body, as a draft. */
function handMadeDraft() {
  const expected = readMinutesFile(handMade);
  return { ...expected, data: { ...expected.data, disclosure: { ...expected.data.disclosure, status: 'draft' as const } } };
}

describe('npm run import on the seed text', () => {
  const result = importFixture(seed);

  it('writes a draft equal to the hand-made file field for field, body included', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(readMinutesFile(result.out)).toEqual(handMadeDraft());
  });

  it('writes a file that passes the whole-folder validation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-import-check-'));
    cpSync(fixtureContentDir, dir, { recursive: true });
    cpSync(result.out, join(dir, 'minutes/imported-seed.md'));
    // The fixture folder already holds the hand-made copy, whose number the import repeats.
    cpSync(join(repoRoot, 'content/organisations.yaml'), join(dir, 'organisations.yaml'));
    writeFileSync(join(dir, 'minutes/taicang-changwu-2023-05.md'), '');
    const errors = validateContent(dir, { cwd: dir }).errors.filter((error) => error.file.includes('imported-seed'));
    expect(errors).toEqual([]);
  });

  it('reports every field it found and the page-break joins it made', () => {
    expect(result.stdout).toContain('meeting.chair：吴敬宇（常务副市长）  [第 13 行]');
    expect(result.stdout).toContain('agenda.1.leadDepartments：沙溪镇 | 市城管局  [第 25 行]');
    expect(section(result.stdout, '有意删除').filter((line) => line.startsWith('合并的换行'))).toEqual([
      '合并的换行，第 1 页第 31 行：…形成常态化安⏎全隐患排查整…',
      '合并的换行，第 1 页第 41 行：…情防控工作开⏎展以来的经验…',
      '合并的换行，第 1 页第 69 行：…三角休闲旅游⏎目的地城市三…',
      '合并的换行，第 1 页第 83 行：…后水平，各地⏎各相关部门要…',
      '合并的换行，第 1 页第 99 行：…严国强，高新⏎区李刚，科教…',
    ]);
    expect(section(result.stdout, '无法归入字段（保留在正文中：逐条移入对应字段或删除）')).toEqual(['无']);
  });

  it('writes to content/minutes/<issuer>-<type>-<year>-<number>.md by default and refuses to overwrite without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-import-default-'));
    cpSync(fixtureContentDir, dir, { recursive: true });
    const refused = runCli('import.ts', [seed, '--content', dir]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/taicang-changwu-2023-05\.md 已存在 — 用 --out <路径> 写到别处，或用 --force 覆盖/u);
    expect(readFileSync(join(dir, 'minutes/taicang-changwu-2023-05.md'), 'utf8')).toContain('status: published');
    const forced = runCli('import.ts', [seed, '--content', dir, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(dir, 'minutes/taicang-changwu-2023-05.md'), 'utf8')).toContain('status: draft');
  });

  it('reports in English for a content folder whose site.json says lang: en, the fields and values as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-import-english-'));
    cpSync(fixtureContentDir, dir, { recursive: true });
    const site = join(dir, 'site.json');
    writeFileSync(site, JSON.stringify({ ...JSON.parse(readFileSync(site, 'utf8')), lang: 'en' }, null, 2));
    const out = join(dir, 'drafts/seed.md');
    const english = runCli('import.ts', [seed, '--content', dir, '--out', out]);
    expect(english.status, english.stderr).toBe(0);
    expect(english.stdout).toMatch(/^Read .*taicang-changwu-2023-05\.txt \(text, UTF-8, 1 page, 113 lines\)$/mu);
    expect(english.stdout).toContain('meeting.chair: 吴敬宇（常务副市长）  [line 13]');
    expect(section(english.stdout, 'Removed on purpose')).toContain('joined line break, page 1, line 31: …形成常态化安⏎全隐患排查整…');
    expect(section(english.stdout, 'Could not place (kept in the body: move each into its field or delete it)')).toEqual(['none']);
    expect(english.stdout).not.toMatch(/已找到|有意删除|第 \d+ 行/u);
    const refused = runCli('import.ts', [seed, '--content', dir, '--out', out]);
    expect(refused.stderr).toMatch(/seed\.md already exists; pass --out <path> to write elsewhere or --force to overwrite it/u);
  });
});

describe('npm run import on a PDF of the seed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-import-pdf-'));
  const pdf = join(dir, 'taicang-changwu-2023-05.pdf');
  writeFileSync(pdf, await makePdf(blocksOfText(readFileSync(seed, 'utf8'), seedCuts), { header: '太仓市人民政府常务会议纪要', pageNumber: (page) => `- ${page} -` }));
  const result = importFixture(pdf);
  const removed = section(result.stdout, '有意删除');
  const pages = Number(/PDF，(\d+) 页/u.exec(result.stdout)?.[1]);

  it('reads the real PDF bytes into the same file as the hand-made one', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(pages).toBeGreaterThan(2);
    expect(readMinutesFile(result.out)).toEqual(handMadeDraft());
  });

  it('removes and reports every page number and every repeated header, and nothing else of the text', () => {
    expect(removed.filter((line) => line.startsWith('页码')).map((line) => line.replace(/^.*?行：/u, ''))).toEqual(
      Array.from({ length: pages }, (_, index) => `- ${index + 1} -`),
    );
    expect(removed.filter((line) => line.startsWith('重复的页眉页脚'))).toHaveLength(pages - 1);
    expect(contentCharacters(readBack(result.out))).toBe(contentCharacters(readFileSync(seed, 'utf8')));
  });
});

describe('lose nothing: every content character of each fixture is in the output, in order', () => {
  for (const name of ['taicang-changwu-2023-05', ...variants]) {
    it(name, () => {
      const input = join(fixtures, `${name}.txt`);
      const result = importFixture(input);
      expect(result.status, result.stderr).toBe(0);
      const removed = removedLines(result.stdout);
      const source = readFileSync(input, 'utf8')
        .split('\n')
        .filter((_, index) => !removed.has(index + 1))
        .join('\n');
      expect(contentCharacters(readBack(result.out))).toBe(contentCharacters(source));
    });
  }
});

describe('npm run import on the variants', () => {
  const imported = (name: string) => {
    const result = importFixture(join(fixtures, `${name}.txt`));
    const source = readRawMinutes(result.out);
    return { ...result, data: source.data, body: source.body };
  };

  it('reads ASCII punctuation: (一), :, [2023], "", commas in lists', () => {
    const { data, body } = imported('ascii-punctuation');
    expect(data).toMatchObject({ issuer: '太仓市人民政府', documentType: '常务会议纪要', documentNumber: '常务会议纪要[2023]6号', meeting: { session: 23, timeOfDay: '上午' } });
    expect(data.agenda.map((item: any) => [item.kind, item.leadDepartments])).toEqual([['审议', ['市住建局']], ['听取', ['市卫健委']]]);
    expect(data.attendance.observers).toEqual([
      { organisation: '市政府办', people: ['倪明德', '赵隽春'] },
      { organisation: '市住建局', people: ['陆江'] },
      { organisation: '市卫健委', people: ['周纯'] },
      { organisation: '市城管局', people: ['徐彬'] },
    ]);
    expect(body).toContain('(二)各地各部门要坚持"留改拆"并举');
  });

  it('keeps points numbered 1. / (1) / 第一， as printed and drops the page furniture of a copied text', () => {
    const result = imported('numbering');
    expect(result.data.agenda.map((item: any) => item.leadDepartments)).toEqual([['市农业农村局'], ['市应急局'], ['市城管局']]);
    expect(result.body).toContain('1\\. 原则同意《太仓市农村人居环境整治提升实施方案》');
    expect(result.body).toContain('\n\n(2) 各地各部门要紧盯重点行业领域');
    expect(result.body).toContain('\n\n第二，要加强宣传引导');
    expect(section(result.stdout, '有意删除')).toEqual([
      '页码，第 1 页第 21 行：- 2 -',
      '重复的页眉页脚，第 1 页第 23 行：太仓市人民政府常务会议纪要',
      '页码，第 1 页第 39 行：- 3 -',
      '重复的页眉页脚，第 1 页第 41 行：太仓市人民政府常务会议纪要',
      '汉字之间的空格，第 1 页第 45 行：太仓市人民政府办公室 整理',
    ]);
    expect(result.data.agenda[0]?.topics).toEqual([]);
    expect(result.stdout).toContain('agenda.0.topics — 议题一中没有出现任何主题的名称或关键词');
  });

  it('reports the closing lines it did not find', () => {
    const result = imported('missing-closing');
    const missing = section(result.stdout, '未找到').map((line) => line.split(' — ')[0]);
    expect(missing).toEqual(expect.arrayContaining(['compiled.by', 'compiled.date', 'attendance.present', 'disclosure.release']));
    expect(result.data.agenda).toHaveLength(1);
  });

  it('reads a 专题会议纪要 with 请假, a place and a chair printed title first', () => {
    const { data, stdout } = imported('zhuanti-absent');
    expect(data).toMatchObject({ documentType: '专题会议纪要', meeting: { name: '市政府专题会议', place: '市政府第三会议室', chair: { name: '王莉萍', title: '副市长' } } });
    expect(data.attendance.absent).toEqual([{ name: '张展', reason: '公务' }, { name: '盛海峰' }]);
    expect(data.agenda[0]).toMatchObject({ kind: '研究', topics: ['gas-safety'], leadDepartments: ['市住建局'] });
    expect(stdout).toContain('meeting.session — 会议名称中的 第N次');
  });

  it('reads two lead departments and splits an unknown 列席 unit by the name-length rule', () => {
    const { data, stdout } = imported('two-leads');
    expect(data.agenda.map((item: any) => item.leadDepartments)).toEqual([['市城管局', '市交运局'], ['浏河镇', '市水务局']]);
    expect(data.attendance.observers.at(-1)).toEqual({ organisation: '新城管理处', people: ['周明'] });
    expect(data.attendance.others).toEqual(['邮政公司、移动公司代表']);
    expect(stdout).toContain('列席 "新城管理处周明" 按人名长度规则拆分为 新城管理处 | 周明');
  });

  it('parses traditional characters, keeps the printed text and writes organisations in the collection\'s form', () => {
    const { data, body } = imported('traditional');
    expect(data).toMatchObject({ issuer: '太仓市人民政府', documentNumber: '第10號', issuingOffice: '太仓市人民政府办公室', meeting: { session: 27, chair: { name: '吳敬宇', title: '常務副市長' } } });
    expect(data.agenda.map((item: any) => [item.kind, item.title, item.leadDepartments])).toEqual([
      ['审议', '審議《太倉市對德合作高品質發展三年行動計劃》', ['市商务局']],
      ['听取', '聽取全市疫情防控工作情況的彙報', ['市卫健委']],
    ]);
    expect(data.attendance.observers.map((group: any) => group.organisation)).toEqual(['市政府办', '市商务局', '市卫健委']);
    expect(body).toContain('## 二、聽取全市疫情防控工作情況的彙報');
  });
});

describe('npm run import refuses what it cannot read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-import-bad-'));

  it('an unsupported file type, a broken Word file', () => {
    const other = join(dir, 'minutes.doc');
    writeFileSync(other, 'x');
    expect(runCli('import.ts', [other]).stderr).toMatch(/unsupported file type "\.doc"; give the minutes as a \.txt, \.docx or \.pdf file/);
    const file = join(dir, 'minutes.docx');
    writeFileSync(file, 'PK');
    const result = runCli('import.ts', [file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/minutes\.docx: the Word file cannot be read/);
  });

  it('a file that does not exist, text in no encoding it can tell, a PDF that is not one', () => {
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xcc, 0xab, 0xb2, 0xd6, 0xff, 0xfe]));
    const fake = join(dir, 'fake.pdf');
    writeFileSync(fake, 'not a pdf');
    expect(runCli('import.ts', [join(dir, 'missing.txt')]).stderr).toMatch(/missing\.txt: cannot be read \(ENOENT\)/);
    expect(runCli('import.ts', [gbk]).stderr).toMatch(/gbk\.txt: cannot tell the encoding \(guesses: .*\); the text is not UTF-8, UTF-16 with a byte-order mark, GB18030\/GBK or Big5\. Save it as UTF-8/);
    const result = runCli('import.ts', [fake]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/fake\.pdf: is not a PDF file/);
  });

  it('no file at all', () => {
    const result = runCli('import.ts', []);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run import');
  });
});
