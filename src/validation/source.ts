import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type ScalarTag } from 'yaml';
import type { ValidationMessages } from '../locales/editor/validation.zh-CN';
import { filesBelow } from '../utils/files';
import { impossibleDay } from './calendar-day';
import type { ContentError } from './content-error';

/** A YAML document together with what is needed to report a field's line. */
export interface YamlSource {
  /** Path shown in messages. */
  file: string;
  /** The parsed document; `toJS()` gives the data. */
  document: Document;
  lineCounter: LineCounter;
  /** Lines before the YAML in the file (1 for frontmatter after ---). */
  lineOffset: number;
}

/** A minutes markdown file, split into frontmatter and body. */
export interface MinutesSource extends YamlSource {
  /**
   * The frontmatter's data. For a file Astro's own frontmatter reader reads without complaint (and
   * without an impossible day), it is that reader's data, exactly what the build gets, and the
   * positioned `document` is parsed only if a message needs a line; otherwise `document.toJS()`.
   */
  readonly data: unknown;
  /** Whether the frontmatter read cleanly as the build reads it, so YAML has no syntax error to report. */
  readonly readCleanly: boolean;
  /** Absolute path of the file. */
  path: string;
  /** The permalink slug: the file name without .md. */
  slug: string;
  /** The markdown after the frontmatter. */
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
}

/**
 * A calendar day written YYYY-MM-DD, resolved from its source text: a Date at UTC midnight, or
 * the text itself when no such day exists (2023-04-31), so the schema reports the day as written
 * instead of checking the day YAML's timestamp would roll it over to (2023-05-01).
 */
const calendarDay: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  test: /^\d{4}-\d{2}-\d{2}$/u,
  resolve: (text) => (impossibleDay(text) ? text : new Date(`${text}T00:00:00Z`)),
};

/**
 * Parses YAML the way Astro's content loaders do: YAML 1.2 core schema plus timestamps, so
 * `2023-04-10` becomes a Date exactly as it does in the build; only impossible days differ (see calendarDay).
 */
function parseYaml(text: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { customTags: [calendarDay, 'timestamp'], lineCounter, prettyErrors: false });
  return { document, lineCounter };
}

/** Errors YAML itself found (bad indentation, unclosed quotes…), each with its line, in the locale of `m`. */
export function yamlSyntaxErrors(source: YamlSource, m: ValidationMessages): ContentError[] {
  if ('readCleanly' in source && source.readCleanly) return [];
  return source.document.errors.map((error) => {
    // An unclosed quote is only noticed where the document ends; the line to fix is where the quote opens.
    const position = error.code === 'MISSING_CHAR' ? (openingOf(source.document, error.pos[0]) ?? error.pos[0]) : error.pos[0];
    return {
      file: source.file,
      line: source.lineCounter.linePos(position).line + source.lineOffset,
      field: '',
      message: m.yamlSyntax({ detail: m.yamlProblems[error.code] ?? error.message.split('\n')[0] ?? error.code }),
    };
  });
}

/** Start of the innermost scalar that runs up to `offset`. */
function openingOf(document: Document, offset: number): number | undefined {
  let start: number | undefined;
  visit(document, {
    Scalar(_, node) {
      if (node.range && node.range[0] <= offset && offset <= node.range[2]) start = node.range[0];
    },
  });
  return start;
}

/**
 * The line of a field given as a path: the line of its key in a map, of its item in a list, or
 * of the nearest enclosing field that exists (a missing field is reported where its parent is).
 */
export function lineOf(source: YamlSource, path: ReadonlyArray<PropertyKey>): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? source.document.contents : source.document.getIn(path.slice(0, depth - 1) as unknown[], true);
    const key = path[depth - 1];
    const start = isMap(parent)
      ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key
      : isSeq(parent) && typeof key === 'number'
        ? parent.items[key]
        : undefined;
    const range = start && typeof start === 'object' && 'range' in start ? (start.range as [number, number, number] | undefined) : undefined;
    if (range) return source.lineCounter.linePos(range[0]).line + source.lineOffset;
  }
  const root = source.document.contents?.range;
  return root ? source.lineCounter.linePos(root[0]).line + source.lineOffset : undefined;
}

/** The line of a key inside the map at `path` (for a field that should not be there). */
export function lineOfKey(source: YamlSource, path: ReadonlyArray<PropertyKey>, key: string): number | undefined {
  return lineOf(source, [...path, key]);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const WRITTEN_DAY = /\b\d{4}-\d{2}-\d{2}\b/gu;

/**
 * The frontmatter as the build reads it (Astro's reader, js-yaml), when that reader takes it
 * without an error, it is a map, and no YYYY-MM-DD in it names an impossible day (which js-yaml
 * would roll over to the next month, see calendarDay); otherwise undefined. Ten times faster than
 * the positioned parse, which a valid file then never needs.
 */
function frontmatterAsBuilt(yaml: string): Record<string, unknown> | undefined {
  if ([...yaml.matchAll(WRITTEN_DAY)].some(([day]) => impossibleDay(day))) return undefined;
  try {
    const { frontmatter } = parseFrontmatter(`---\n${yaml}\n---\n`);
    return typeof frontmatter === 'object' && frontmatter !== null && !Array.isArray(frontmatter) ? frontmatter : undefined;
  } catch {
    return undefined;
  }
}

/** Reads one minutes file; a file without frontmatter gets an empty document (the schema then reports every field). */
export function readMinutesSource(path: string, cwd: string): MinutesSource {
  const text = readFileSync(path, 'utf8');
  const match = FRONTMATTER.exec(text);
  const yaml = match?.[1] ?? '';
  const asBuilt = match ? frontmatterAsBuilt(yaml) : undefined;
  let positioned: ReturnType<typeof parseYaml> | undefined;
  const parsed = () => (positioned ??= parseYaml(yaml));
  const headerLines = match ? match[0].split('\n').length - 1 : 0;
  const slug = path.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
  return {
    path,
    file: relative(cwd, path),
    slug,
    get document() {
      return parsed().document;
    },
    get lineCounter() {
      return parsed().lineCounter;
    },
    get data() {
      return asBuilt ?? parsed().document.toJS();
    },
    readCleanly: asBuilt !== undefined,
    lineOffset: 1,
    body: match ? text.slice(match[0].length) : text,
    bodyLine: headerLines + 1,
  };
}

/** Reads a YAML data file (organisations.yaml, topics.yaml, people.yaml); null when it does not exist. */
export function readYamlSource(path: string, cwd: string): YamlSource | null {
  if (!existsSync(path)) return null;
  const { document, lineCounter } = parseYaml(readFileSync(path, 'utf8'));
  return { file: relative(cwd, path), document, lineCounter, lineOffset: 0 };
}

/** Every minutes file below `<contentDir>/minutes`, sorted by path. */
export function minutesFiles(contentDir: string): string[] {
  const dir = join(contentDir, 'minutes');
  if (!existsSync(dir)) return [];
  return filesBelow(dir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(dir, file));
}
