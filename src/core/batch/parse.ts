/**
 * Files of earlier posts, read as posts: plain text (one post a line), CSV with a text column, JSONL (or a
 * JSON array) with `text` and optional `id` and labels, LinkedIn's data export (Shares.csv: ShareCommentary;
 * Comments.csv: Message) and X's archive (tweets.js: `window.YTD.tweets.part0 = [...]`, each
 * `tweet.full_text`). Pure: the editor page and the CLI read files with the same code.
 */

export interface BatchPost {
  /** The file's own id (JSONL `id`, a CSV `id` column, the LinkedIn link, the tweet id), or `#n`. */
  id: string;
  text: string;
  /** Where the post starts in the file (1-based line), to find it again. */
  line: number;
  /** The topic ids it is labelled with ([] for a harmless post); absent when the file has no labels. */
  labels?: string[];
  /** When it was posted, where the file says (for topics with a season). */
  date?: Date;
}

export type PostsFormat = 'text' | 'csv' | 'jsonl' | 'json' | 'linkedin-shares' | 'linkedin-comments' | 'x-archive';

/** What could not be read, by line (0: the file as a whole). `detail` is the file's own text (a column name, an error). */
export interface ParseProblem {
  line: number;
  kind: 'not-json' | 'no-text' | 'no-text-column' | 'not-x-archive' | 'unclosed-quote' | 'bad-labels';
  detail?: string;
}

export interface ParsedPosts {
  format: PostsFormat;
  posts: BatchPost[];
  problems: ParseProblem[];
  /** For CSV: the column the text was read from. */
  column?: string;
}

const stripBom = (text: string) => text.replace(/^\uFEFF/, '');

/** The 1-based line of each offset, counted lazily from a list of line starts. */
function lineCounter(text: string) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

// ---------------------------------------------------------------------------------------------------------
// CSV (RFC 4180): quoted fields with "" for a quote, line breaks inside quotes, CRLF or LF, a BOM; the
// delimiter is a comma, or a semicolon or tab when the header line has more of those (Dutch Excel writes ";").

export interface CsvRecord {
  fields: string[];
  /** The 1-based line the record starts on. */
  line: number;
}

export function csvDelimiter(text: string): ',' | ';' | '\t' {
  const header = stripBom(text).split('\n', 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  const best = ([',', ';', '\t'] as const).reduce((a, b) => (count(b) > count(a) ? b : a));
  return count(best) > 0 ? best : ',';
}

/** Every record of a CSV text; an unclosed quote takes the rest of the file (and is reported). */
export function parseCsv(input: string, delimiter = csvDelimiter(input)): { records: CsvRecord[]; unclosedAt?: number } {
  const text = stripBom(input);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      i++;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      line++;
      recordLine = line;
      i++;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return quoted ? { records, unclosedAt: quoteLine } : { records };
}

/** Text columns we know, most specific first: LinkedIn's, X's, then the usual names (English and Dutch). */
const TEXT_COLUMNS = ['sharecommentary', 'message', 'full_text', 'text', 'post', 'content', 'body', 'tekst', 'bericht', 'commentary', 'comment'];
const ID_COLUMNS = ['id', 'sharelink', 'link', 'url', 'id_str'];
const DATE_COLUMNS = ['date', 'created_at', 'datum'];
const LABEL_COLUMNS = ['sensitive', 'labels'];

const columnOf = (header: string[], names: readonly string[]) => {
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    const at = lower.indexOf(name);
    if (at !== -1) return at;
  }
  return -1;
};

/** Whether a first line is a CSV header we can read posts from. */
function isCsvHeader(text: string): boolean {
  const { records } = parseCsv(text.split('\n', 2).slice(0, 1).join(''));
  return records.length === 1 && columnOf(records[0]!.fields, TEXT_COLUMNS) !== -1;
}

/** "2024-03-05 14:02:11" (LinkedIn, UTC), an ISO date or time, or X's "Wed Oct 10 20:19:24 +0000 2018". */
export function parseDate(value: string | undefined): Date | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const linkedIn = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (linkedIn) {
    const [, y, mo, d, h = '12', mi = '00', s = '00', zone] = linkedIn;
    const local = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
    const date = new Date(zone ? `${local}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}` : `${local}Z`);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const x = /^\w{3} (\w{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(text);
  if (x) {
    const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(x[1]!.toLowerCase());
    if (month === -1) return undefined;
    const offset = (x[6] === '-' ? -1 : 1) * (Number(x[7]) * 60 + Number(x[8]));
    return new Date(Date.UTC(Number(x[9]), month, Number(x[2]), Number(x[3]), Number(x[4]), Number(x[5])) - offset * 60_000);
  }
  return undefined;
}

const labelList = (value: string) =>
  value.trim() === '' ? [] : value.split(/[;,|\s]+/).map((label) => label.trim()).filter(Boolean);

export function parseCsvPosts(text: string): ParsedPosts {
  const { records, unclosedAt } = parseCsv(text);
  const problems: ParseProblem[] = unclosedAt ? [{ line: unclosedAt, kind: 'unclosed-quote' }] : [];
  const [header, ...rows] = records;
  if (!header) return { format: 'csv', posts: [], problems };
  const textAt = columnOf(header.fields, TEXT_COLUMNS);
  // One column and no name we know: the column is the text, the first line a post too.
  if (textAt === -1 && header.fields.length === 1) {
    return { format: 'csv', posts: records.filter((r) => r.fields[0]!.trim() !== '').map((r, i) => ({ id: `#${i + 1}`, text: r.fields[0]!, line: r.line })), problems };
  }
  if (textAt === -1) return { format: 'csv', posts: [], problems: [...problems, { line: 1, kind: 'no-text-column', detail: header.fields.join(', ') }] };
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const format: PostsFormat = names[textAt] === 'sharecommentary' ? 'linkedin-shares' : names[textAt] === 'message' && names.includes('link') ? 'linkedin-comments' : 'csv';
  const idAt = columnOf(header.fields, ID_COLUMNS);
  const dateAt = columnOf(header.fields, DATE_COLUMNS);
  const labelsAt = columnOf(header.fields, LABEL_COLUMNS);
  const posts: BatchPost[] = [];
  for (const row of rows) {
    const value = row.fields[textAt] ?? '';
    if (value.trim() === '') {
      problems.push({ line: row.line, kind: 'no-text' });
      continue;
    }
    const post: BatchPost = { id: (idAt !== -1 && row.fields[idAt]?.trim()) || `#${posts.length + 1}`, text: value, line: row.line };
    const date = dateAt === -1 ? undefined : parseDate(row.fields[dateAt]);
    if (date) post.date = date;
    if (labelsAt !== -1) post.labels = labelList(row.fields[labelsAt] ?? '');
    posts.push(post);
  }
  return { format, posts, problems, column: header.fields[textAt]!.trim() };
}

// ---------------------------------------------------------------------------------------------------------
// JSONL: one object a line, {"text", "id"?, "sensitive"? | "labels"?, "date"?}; or a JSON array of the same
// (or of strings).

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

function postFromJson(value: unknown, index: number, line: number, problems: ParseProblem[]): BatchPost | null {
  if (typeof value === 'string') return value.trim() === '' ? null : { id: `#${index + 1}`, text: value, line };
  if (!isObject(value) || typeof value.text !== 'string' || value.text.trim() === '') {
    problems.push({ line, kind: 'no-text' });
    return null;
  }
  const id = typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : `#${index + 1}`;
  const post: BatchPost = { id, text: value.text, line };
  const labels = value.sensitive ?? value.labels;
  if (labels !== undefined) {
    if (Array.isArray(labels) && labels.every((l) => typeof l === 'string')) post.labels = labels as string[];
    else problems.push({ line, kind: 'bad-labels' });
  }
  const date = typeof value.date === 'string' ? parseDate(value.date) : undefined;
  if (date) post.date = date;
  return post;
}

export function parseJsonlPosts(input: string): ParsedPosts {
  const posts: BatchPost[] = [];
  const problems: ParseProblem[] = [];
  stripBom(input)
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        problems.push({ line: i + 1, kind: 'not-json', detail: (error as Error).message });
        return;
      }
      const post = postFromJson(value, posts.length, i + 1, problems);
      if (post) posts.push(post);
    });
  return { format: 'jsonl', posts, problems };
}

function parseJsonArray(input: string): ParsedPosts {
  const text = stripBom(input);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { format: 'json', posts: [], problems: [{ line: 0, kind: 'not-json', detail: (error as Error).message }] };
  }
  const items = Array.isArray(value) ? value : [value];
  const problems: ParseProblem[] = [];
  const posts: BatchPost[] = [];
  for (const item of items) {
    const post = postFromJson(item, posts.length, 0, problems);
    if (post) posts.push(post);
  }
  return { format: 'json', posts, problems };
}

// ---------------------------------------------------------------------------------------------------------
// X's archive: data/tweets.js is `window.YTD.tweets.part0 = [ { "tweet": { "full_text", "id_str", "created_at" } } ]`
// (older archives: `window.YTD.tweet.part0`). full_text keeps &amp;, &lt; and &gt; as HTML escapes.

const X_PREFIX = /^\s*window\.YTD\.[A-Za-z_]+\.part\d+\s*=\s*/;

const unescapeX = (text: string) => text.replace(/&(amp|lt|gt);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name as 'amp' | 'lt' | 'gt']);

export function parseXArchive(input: string): ParsedPosts {
  const text = stripBom(input);
  const prefix = X_PREFIX.exec(text);
  let value: unknown;
  try {
    value = JSON.parse(text.slice(prefix ? prefix[0].length : 0).replace(/;\s*$/, ''));
  } catch (error) {
    return { format: 'x-archive', posts: [], problems: [{ line: 0, kind: 'not-x-archive', detail: (error as Error).message }] };
  }
  if (!Array.isArray(value)) return { format: 'x-archive', posts: [], problems: [{ line: 0, kind: 'not-x-archive' }] };
  const at = lineCounter(text);
  const posts: BatchPost[] = [];
  const problems: ParseProblem[] = [];
  // Where each entry starts, for its line: the n-th `"full_text"` in the file.
  const offsets: number[] = [];
  for (let i = text.indexOf('"full_text"'); i !== -1; i = text.indexOf('"full_text"', i + 1)) offsets.push(i);
  value.forEach((entry: unknown, i) => {
    const tweet = isObject(entry) ? (isObject(entry.tweet) ? entry.tweet : entry) : undefined;
    const fullText = tweet && (typeof tweet.full_text === 'string' ? tweet.full_text : typeof tweet.text === 'string' ? tweet.text : undefined);
    const line = offsets[posts.length] === undefined ? 0 : at(offsets[posts.length]!);
    if (!tweet || fullText === undefined || fullText.trim() === '') {
      problems.push({ line, kind: 'no-text', detail: `#${i + 1}` });
      return;
    }
    const post: BatchPost = { id: typeof tweet.id_str === 'string' ? tweet.id_str : `#${i + 1}`, text: unescapeX(fullText), line };
    const date = typeof tweet.created_at === 'string' ? parseDate(tweet.created_at) : undefined;
    if (date) post.date = date;
    posts.push(post);
  });
  return { format: 'x-archive', posts, problems };
}

// ---------------------------------------------------------------------------------------------------------

/** Plain text: one post a line (blank lines skipped). */
export function parseTextPosts(input: string): ParsedPosts {
  const posts: BatchPost[] = [];
  stripBom(input)
    .split(/\r?\n|\r/)
    .forEach((line, i) => {
      if (line.trim() !== '') posts.push({ id: `#${posts.length + 1}`, text: line, line: i + 1 });
    });
  return { format: 'text', posts, problems: [] };
}

/** Which format a file is, from its name where it says, else from its first characters. */
export function detectFormat(text: string, fileName = ''): 'text' | 'csv' | 'jsonl' | 'json' | 'x-archive' {
  const name = fileName.toLowerCase();
  const start = stripBom(text).trimStart();
  if (X_PREFIX.test(start)) return 'x-archive';
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (/\.(csv|tsv)$/.test(name)) return 'csv';
  if (name.endsWith('.json')) return start.startsWith('[') || !start.includes('\n{') ? 'json' : 'jsonl';
  if (name.endsWith('.js')) return 'x-archive';
  if (name.endsWith('.txt')) return 'text';
  if (start.startsWith('{')) return 'jsonl';
  if (start.startsWith('[')) return 'json';
  if (isCsvHeader(start)) return 'csv';
  return 'text';
}

/** The posts of a file in any of the formats above. */
export function parsePosts(text: string, fileName = ''): ParsedPosts {
  switch (detectFormat(text, fileName)) {
    case 'x-archive':
      return parseXArchive(text);
    case 'jsonl':
      return parseJsonlPosts(text);
    case 'json':
      return parseJsonArray(text);
    case 'csv':
      return parseCsvPosts(text);
    case 'text':
      return parseTextPosts(text);
  }
}
