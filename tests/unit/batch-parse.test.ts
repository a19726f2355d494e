import { describe, expect, it } from 'vitest';
import { detectFormat, parseCsv, parseDate, parsePosts } from '../../src/core/batch/parse.ts';

describe('CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    const text = '\uFEFFid,text\r\n1,"Hello, world"\r\n2,"She said ""no""\r\nand left"\r\n3,plain\r\n';
    const { records } = parseCsv(text);
    expect(records.map((r) => r.fields)).toEqual([['id', 'text'], ['1', 'Hello, world'], ['2', 'She said "no"\r\nand left'], ['3', 'plain']]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it('takes a semicolon as the delimiter when the header has them (Dutch Excel)', () => {
    const parsed = parsePosts('tekst;datum\n"Een post; met puntkomma";2024-01-05\n', 'export.csv');
    expect(parsed.posts).toEqual([{ id: '#1', text: 'Een post; met puntkomma', line: 2, date: new Date('2024-01-05T12:00:00Z') }]);
    expect(parsed.column).toBe('tekst');
  });

  it('says which line an unclosed quote starts on', () => {
    const parsed = parsePosts('text\n"one\n"two"\n"three\nfour', 'a.csv');
    expect(parsed.problems).toContainEqual({ line: 4, kind: 'unclosed-quote' });
  });

  it('names the columns when none holds the text, and reads a single unnamed column as posts', () => {
    expect(parsePosts('a,b\n1,2\n', 'x.csv').problems).toEqual([{ line: 1, kind: 'no-text-column', detail: 'a, b' }]);
    expect(parsePosts('first post\nsecond post\n', 'x.csv').posts.map((p) => p.text)).toEqual(['first post', 'second post']);
  });

  it('reads labels from a sensitive column', () => {
    const parsed = parsePosts('id,text,sensitive\na,"Vote!",politics\nb,"Lunch",\n', 'l.csv');
    expect(parsed.posts.map((p) => [p.id, p.labels])).toEqual([['a', ['politics']], ['b', []]]);
  });
});

describe("LinkedIn's data export", () => {
  it('reads Shares.csv from ShareCommentary, with the link as id and the date', () => {
    const text =
      '\uFEFFDate,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n' +
      '2024-03-05 14:02:11,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,"Trots op ons team!\n\nOp naar de ""volgende"" mijlpaal, samen.",,,MEMBER_NETWORK\n' +
      '2024-02-01 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A2,,https://example.org,,PUBLIC\n' +
      '2023-12-24 18:30:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A3,Fijne feestdagen,,,PUBLIC\n';
    const parsed = parsePosts(text, 'Shares.csv');
    expect(parsed.format).toBe('linkedin-shares');
    expect(parsed.column).toBe('ShareCommentary');
    expect(parsed.posts.map((p) => [p.id.slice(-1), p.text, p.line, p.date?.toISOString()])).toEqual([
      ['1', 'Trots op ons team!\n\nOp naar de "volgende" mijlpaal, samen.', 2, '2024-03-05T14:02:11.000Z'],
      ['3', 'Fijne feestdagen', 6, '2023-12-24T18:30:00.000Z'],
    ]);
    // A share without commentary (a link only) is no post to check, and is said.
    expect(parsed.problems).toEqual([{ line: 5, kind: 'no-text' }]);
  });

  it('reads Comments.csv from Message', () => {
    const text = 'Date,Link,Message\n2024-01-10 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:9,"Goed punt, eens!"\n';
    const parsed = parsePosts(text, 'Comments.csv');
    expect(parsed.format).toBe('linkedin-comments');
    expect(parsed.posts).toEqual([{ id: 'https://www.linkedin.com/feed/update/urn:li:activity:9', text: 'Goed punt, eens!', line: 2, date: new Date('2024-01-10T10:00:00Z') }]);
  });

  it('is recognised from its header without the file name', () => {
    expect(detectFormat('Date,Link,Message\n', '')).toBe('csv');
    expect(detectFormat('Hello, this is a post\n', '')).toBe('text');
  });
});

describe("X's archive", () => {
  const tweets = `window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1001",
      "created_at" : "Wed Oct 10 20:19:24 +0000 2018",
      "full_text" : "Q&amp;A at 5 &lt;3 #ZwartePiet"
    }
  },
  {
    "tweet" : {
      "id_str" : "1002",
      "created_at" : "Thu Oct 11 08:00:00 +0200 2018",
      "full_text" : "Second\\nline"
    }
  }
]`;

  it('reads tweets.js: full_text unescaped, the id, the date and the line', () => {
    const parsed = parsePosts(tweets, 'tweets.js');
    expect(parsed.format).toBe('x-archive');
    expect(parsed.posts).toEqual([
      { id: '1001', text: 'Q&A at 5 <3 #ZwartePiet', line: 6, date: new Date('2018-10-10T20:19:24Z') },
      { id: '1002', text: 'Second\nline', line: 13, date: new Date('2018-10-11T06:00:00Z') },
    ]);
  });

  it('is recognised by its first line, and a broken one is said', () => {
    expect(detectFormat(tweets, 'whatever.txt')).toBe('x-archive');
    expect(parsePosts('window.YTD.tweets.part0 = [ {', 'tweets.js').problems[0]!.kind).toBe('not-x-archive');
  });
});

describe('JSONL and plain text', () => {
  it('reads text, id and labels (sensitive or labels), and says which lines are not JSON or have no text', () => {
    const text = '\uFEFF{"id":"p1","text":"Vote!","sensitive":["politics"]}\n\n{"text":"Lunch","labels":[]}\nnot json\n{"id":3}\n{"id":4,"text":"x","sensitive":"politics"}\n';
    const parsed = parsePosts(text, 'set.jsonl');
    expect(parsed.format).toBe('jsonl');
    expect(parsed.posts.map((p) => [p.id, p.text, p.line, p.labels])).toEqual([
      ['p1', 'Vote!', 1, ['politics']],
      ['#2', 'Lunch', 3, []],
      ['4', 'x', 6, undefined],
    ]);
    expect(parsed.problems.map((p) => [p.line, p.kind])).toEqual([[4, 'not-json'], [5, 'no-text'], [6, 'bad-labels']]);
  });

  it('reads a JSON array of posts or strings', () => {
    expect(parsePosts('["one", {"text": "two", "id": 7}]', 'posts.json').posts.map((p) => [p.id, p.text])).toEqual([['#1', 'one'], ['7', 'two']]);
  });

  it('reads plain text one post a line, blank lines skipped, CRLF and a BOM', () => {
    const parsed = parsePosts('\uFEFFfirst\r\n\r\nsecond\n', 'posts.txt');
    expect(parsed.posts).toEqual([{ id: '#1', text: 'first', line: 1 }, { id: '#2', text: 'second', line: 3 }]);
  });
});

describe('dates', () => {
  it.each([
    ['2024-03-05 14:02:11', '2024-03-05T14:02:11.000Z'],
    ['2024-03-05', '2024-03-05T12:00:00.000Z'],
    ['2024-03-05T10:00:00+02:00', '2024-03-05T08:00:00.000Z'],
    ['Wed Oct 10 20:19:24 +0000 2018', '2018-10-10T20:19:24.000Z'],
  ])('%s', (text, iso) => expect(parseDate(text)?.toISOString()).toBe(iso));

  it('is undefined for anything else', () => expect(parseDate('yesterday')).toBeUndefined());
});
