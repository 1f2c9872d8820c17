/**
 * Generates a corpus of synthetic minutes for the search benchmark: seeded, so every run searches
 * the same text, and made of the real minutes' own sentences (content/ and the test fixtures),
 * recombined with generated names, departments, dates, document numbers such as 太政发〔2021〕12号
 * and the Latin words minutes carry (PPP, 5G, PM2.5). One function writes a minutes file, so a new
 * required frontmatter field is one edit here.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import nzh from 'nzh/cn';
import { readMinutes } from '../tests/support/content';
import { seededRandom } from '../tests/support/search-eval';
import { fixtureContentDir, repoRoot } from '../tests/support/paths';
import { isPublic } from '../src/utils/publication';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帅旭宁坤峰建林颖晖益乾振跃翼枫春德隽曜贤金锋乔维孝卫刚奇海顶忠亚淑江勤民纯其向东静'];
/** The generated corpus's issuing bodies, each with its issuing office and the short name its meetings carry. */
const ISSUERS = [
  { id: 'bench-government', name: '基准测试市人民政府', office: '基准测试市人民政府办公室', meetings: '市政府' },
  { id: 'bench-east', name: '基准测试市东城区人民政府', office: '基准测试市东城区人民政府办公室', meetings: '区政府' },
  { id: 'bench-west', name: '基准测试市西城区人民政府', office: '基准测试市西城区人民政府办公室', meetings: '区政府' },
  { id: 'bench-port', name: '基准测试市港区管理委员会', office: '基准测试市港区管理委员会办公室', meetings: '管委会' },
] as const;
/** The first year of the archive; documents spread over twenty years from it. */
const FIRST_YEAR = 2005;
/** The 组织机构代码 of the generated site's 索引号 (site.json `indexNumber.organisationCode`). */
const INDEX_ORGANISATION_CODE = 'BENCHMRK1';
const DAY_MS = 24 * 60 * 60 * 1000;
const YEARS = 20;
const TOWNS = ['沙溪镇', '浏河镇', '浮桥镇', '璜泾镇', '双凤镇', '城厢镇', '陆渡街道', '娄东街道', '科教新城', '港区'];
const DOCUMENT_TYPES = ['常务会议纪要', '专题会议纪要', '办公会议纪要'];
const LATIN = ['PPP', '5G', 'GDP', 'PM2.5', 'ETC', 'App', 'CBD'];
const KINDS = ['审议', '听取', '研究', '其他'] as const;
const ORG_TYPES = ['发', '办', '规'];

/** Sentences, item titles and departments harvested from the real minutes. */
interface Templates {
  sentences: string[];
  titles: string[];
  departments: string[];
  topics: string[];
}

function templates(): Templates {
  const docs = [...readMinutes(join(repoRoot, 'content')), ...readMinutes(fixtureContentDir)].filter((doc) => isPublic(doc.data.disclosure));
  const sentences = new Set<string>();
  const titles = new Set<string>();
  const departments = new Set<string>();
  for (const doc of docs) {
    for (const line of doc.body.split('\n')) {
      if (line.startsWith('#') || !line.trim()) continue;
      for (const sentence of line.replace(/^[（(][一二三四五六七八九十]+[)）]\s*/u, '').split(/(?<=。)/u)) {
        if (sentence.trim().length > 8) sentences.add(sentence.trim());
      }
    }
    for (const item of doc.data.agenda) {
      titles.add(item.title);
      for (const department of item.leadDepartments) departments.add(department);
    }
    for (const group of doc.data.attendance.observers) departments.add(group.organisation);
  }
  const topics = (readFileSync(join(repoRoot, 'content/topics.yaml'), 'utf8').match(/^- id: (\S+)$/gmu) ?? []).map((line) => line.slice(6));
  return { sentences: [...sentences], titles: [...titles], departments: [...departments], topics };
}

/** Writes `count` minutes files, topics.yaml and site.json into `contentDir` (emptied first). */
export function generateCorpus(contentDir: string, count: number, seed: number): { names: string[] } {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const wanted = min + Math.floor(random() * (max - min + 1));
    return [...new Set(Array.from({ length: wanted }, () => pick(list)))];
  };
  const source = templates();
  const people = Array.from({ length: 400 }, () => `${pick(SURNAMES)}${pick(GIVEN)}${random() < 0.6 ? pick(GIVEN) : ''}`);
  const docNumber = (year: number) => `太政${pick(ORG_TYPES)}〔${year}〕${1 + Math.floor(random() * 150)}号`;

  /** A sentence from the real minutes with its units, towns and years swapped, sometimes with a citation or a Latin term. */
  const sentence = (year: number): string => {
    if (random() < 0.04) return `会议明确由${pick(people)}同志牵头协调，${pick(source.departments)}配合推进。`;
    let text = pick(source.sentences)
      .replace(/20\d\d/gu, () => String(year - Math.floor(random() * 3)))
      .replace(/沙溪镇/gu, () => pick(TOWNS));
    for (const department of source.departments) if (random() < 0.3) text = text.replaceAll(department, pick(source.departments));
    if (random() < 0.08) text = text.replace(/。$/u, `，按照《关于进一步加强相关工作的通知》（${docNumber(year - 1)}）要求执行。`);
    if (random() < 0.05) text = text.replace(/。$/u, `，推进${pick(LATIN)}相关项目建设。`);
    return text;
  };

  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'minutes'), { recursive: true });
  writeFileSync(join(contentDir, 'topics.yaml'), readFileSync(join(repoRoot, 'content/topics.yaml')));
  // Every organisation the templates name (the fixtures' list is a superset of the real one), plus the generated issuers.
  writeFileSync(
    join(contentDir, 'organisations.yaml'),
    `${readFileSync(join(repoRoot, 'tests/fixtures/content/organisations.yaml'), 'utf8')}` +
      ISSUERS.map((issuer) => `- id: ${issuer.id}\n  name: ${issuer.name}\n  kind: government\n- id: ${issuer.id}-office\n  name: ${issuer.office}\n  kind: government-department\n`).join(''),
  );
  // Document numbers restart each year per issuer and document type and must not repeat within one (the validator checks).
  const numbers = new Map<string, number>();
  const nextNumber = (issuer: string, year: number, documentType: string): number => {
    const key = `${issuer}${year}${documentType}`;
    const next = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, next);
    return next;
  };
  // 索引号 run per year of 成文日期, unique across the corpus.
  const indexNumbers = new Map<number, number>();
  const nextIndexNumber = (year: number): number => {
    const next = (indexNumbers.get(year) ?? 0) + 1;
    indexNumbers.set(year, next);
    return next;
  };
  writeFileSync(
    join(contentDir, 'site.json'),
    JSON.stringify({
      lang: 'zh-CN',
      title: '基准测试市人民政府会议纪要',
      publisher: '基准测试市人民政府',
      description: '检索基准测试用的合成会议纪要。',
      indexNumber: { organisationCode: INDEX_ORGANISATION_CODE },
    }),
  );
  for (let index = 0; index < count; index += 1) {
    const year = FIRST_YEAR + Math.floor(random() * YEARS);
    const day = new Date(Date.UTC(year, Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
    const session = 1 + Math.floor(random() * 60);
    const documentType = pick(DOCUMENT_TYPES);
    const issuer = pick(ISSUERS);
    const meetingName = `${issuer.meetings}第${session}次${documentType.replace('纪要', '')}`;
    const chair = pick(people);
    const agenda = Array.from({ length: 3 + Math.floor(random() * 7) }, (_, itemIndex) => {
      const kind = pick(KINDS);
      const title = pick(source.titles).replace(/20\d\d/gu, String(year));
      return {
        ordinal: nzh.encodeS(itemIndex + 1),
        kind,
        title,
        topics: some(source.topics, 1, 2),
        leadDepartments: some(source.departments, 1, 2),
      };
    });
    const frontmatter = {
      issuer: issuer.name,
      documentType,
      documentNumber: random() < 0.5 ? `第${nextNumber(issuer.id, year, documentType)}号` : `${documentType}〔${year}〕${nextNumber(issuer.id, year, documentType)}号`,
      issuingOffice: issuer.office,
      dateIssued: day.toISOString().slice(0, 10),
      // Published one to seven days later, well inside the 20 working days; derived from the index, not drawn, so the rest of the corpus stays what the seed made.
      datePublished: new Date(day.getTime() + (1 + (index % 7)) * DAY_MS).toISOString().slice(0, 10),
      indexNumber: `${INDEX_ORGANISATION_CODE}/${year}-${String(nextIndexNumber(year)).padStart(5, '0')}`,
      meeting: { name: meetingName, session, date: day.toISOString().slice(0, 10), timeOfDay: pick(['上午', '下午']), chair: { name: chair, title: pick(['市长', '常务副市长', '副市长']) } },
      compiled: { by: issuer.office, date: day.toISOString().slice(0, 10) },
      agenda,
      attendance: { present: some(people, 3, 8), observers: some(source.departments, 2, 6).map((organisation) => ({ organisation, people: some(people, 1, 2) })), others: [] },
      recipients: ['各镇人民政府'],
      copies: [],
      disclosure: { access: '主动公开', status: 'published' },
    };
    const opening = `${year} 年 ${day.getUTCMonth() + 1} 月 ${day.getUTCDate()} 日，${chair}主持召开${meetingName}，${agenda.map((item) => item.title).join('，')}。\n\n会议议定以下意见：`;
    const items = agenda.map((item) => {
      const points = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, point) => {
        const text = Array.from({ length: 1 + Math.floor(random() * 4) }, () => sentence(year)).join('');
        return `（${nzh.encodeS(point + 1)}）${text}`;
      });
      return `## ${item.ordinal}、${item.title}\n\n${points.join('\n\n')}`;
    });
    const name = `bench-${String(index).padStart(5, '0')}`;
    writeFileSync(join(contentDir, 'minutes', `${name}.md`), `---\n${stringify(frontmatter)}---\n\n${opening}\n\n${items.join('\n\n')}\n`);
  }
  return { names: people };
}
