/**
 * The code being written, as the policy JSON it will be (invalid values included, so they stay where the
 * writer put them), and its history: every edit can be undone and redone. Consecutive edits of one field
 * (typing) are one step. Pure: no DOM.
 */
import { jsonPath } from '../core/policy/schema.ts';

export type Draft = Record<string, unknown>;
export type Path = readonly (string | number)[];

export interface History {
  past: Draft[];
  present: Draft;
  future: Draft[];
  /** The field the last edit was in: the next edit there joins the same step. */
  typing?: string;
}

export const initialHistory = (present: Draft = {}): History => ({ past: [], present, future: [] });

const LIMIT = 500;

const isEmpty = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * `draft` with `value` at `path`; `undefined` removes the key. A setting left empty (an empty text, list or
 * object) is removed too: a key the policy sets is fixed for employees, so "empty" must mean "not set".
 * Inside topics, lists and the like only `undefined` removes a key (a topic needs its keywords, even none).
 */
export function setIn(draft: unknown, path: Path, value: unknown): unknown {
  return setAt(draft, path, value, true);
}

function setAt(draft: unknown, path: Path, value: unknown, top: boolean): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(draft) ? [...draft] : [];
    list[head] = setAt(list[head], rest, value, false);
    return list;
  }
  const object: Record<string, unknown> = draft !== null && typeof draft === 'object' && !Array.isArray(draft) ? { ...(draft as Record<string, unknown>) } : {};
  const next = setAt(object[head!], rest, value, false);
  if (next === undefined || (top && isEmpty(next))) delete object[head!];
  else object[head!] = next;
  return object;
}

export function getIn(draft: unknown, path: Path): unknown {
  let at = draft;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** The list at `path` without item `index` (the key goes when the list empties). */
export function removeAt(draft: Draft, path: Path, index: number): Draft {
  const list = getIn(draft, path);
  if (!Array.isArray(list)) return draft;
  return setIn(draft, path, list.filter((_, i) => i !== index)) as Draft;
}

/** The list at `path` with `item` at its end. */
export function append(draft: Draft, path: Path, item: unknown): Draft {
  const list = getIn(draft, path);
  return setIn(draft, path, [...(Array.isArray(list) ? list : []), item]) as Draft;
}

/** A new step of history (or, with the same `typing` key as the last edit, a change to that step). */
export function commit(history: History, next: Draft, typing?: string): History {
  if (next === history.present) return history;
  if (typing !== undefined && typing === history.typing && history.past.length > 0) {
    return { past: history.past, present: next, future: [], typing };
  }
  return { past: [...history.past, history.present].slice(-LIMIT), present: next, future: [], typing };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future };
}

/** Fields that take one item a line (a list of texts): their items' problems are shown at the list. */
const LISTS = new Set(['keywords', 'exceptions', 'dos', 'donts', 'handles', 'names', 'brands', 'phrases', 'near', 'notNear']);
/** Keys with a field of their own, per level. */
const TOP = new Set(['enabled', 'companyName', 'question', 'mode', 'pauseSeconds', 'calmPauseSeconds', 'topics', 'starterTopics', 'codeUrl', 'dos', 'donts', 'sites', 'surfaces', 'audiences', 'disclosure', 'language', 'allowUserDisable']);
const TOPIC = new Set(['id', 'label', 'labelNl', 'keywords', 'exceptions', 'guidance', 'guidanceNl', 'rules', 'when']);
const RULE = new Set(['keyword', 'keywords', 'near', 'notNear', 'within', 'strength']);
const WINDOW = new Set(['from', 'until']);
const AUDIENCE = new Set(['id', 'label', 'labelNl', 'guidance', 'guidanceNl', 'handles', 'names']);
const DISCLOSURE = new Set(['brands', 'phrases', 'suggestion']);

/** `topics[2].keywords[0]` as segments. */
export function segmentsOf(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return out;
}

/**
 * The field a problem at `path` (a JSON path from validateSettings) is shown at: the path of a control in the
 * editor, or null for a key the editor has no field for (an unknown setting). Unknown keys inside a topic,
 * rule, period or list go to that item's own box.
 */
export function fieldFor(path: string): string | null {
  const s = segmentsOf(path);
  const [top] = s;
  if (typeof top !== 'string' || !TOP.has(top)) return null;
  if (top === 'sites' || top === 'surfaces') return top;
  if (LISTS.has(top)) return top;
  if (top === 'disclosure') return typeof s[1] === 'string' && DISCLOSURE.has(s[1]) ? jsonPath(s.slice(0, 2)) : 'disclosure';
  if (top === 'topics' || top === 'audiences') {
    if (typeof s[1] !== 'number') return top;
    const item = s.slice(0, 2);
    const key = s[2];
    const known = top === 'topics' ? TOPIC : AUDIENCE;
    if (typeof key !== 'string' || !known.has(key)) return jsonPath(item);
    if (LISTS.has(key)) return jsonPath([...item, key]);
    if (key === 'rules' || key === 'when') {
      if (typeof s[3] !== 'number') return jsonPath([...item, key]);
      const sub = s[4];
      const fields = key === 'rules' ? RULE : WINDOW;
      if (typeof sub !== 'string' || !fields.has(sub)) return jsonPath(s.slice(0, 4));
      return jsonPath(s.slice(0, 5));
    }
    return jsonPath([...item, key]);
  }
  return top;
}

/** The id of the control for a field path: `field-topics-0-keywords`. */
export const fieldId = (path: string) => `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
