/**
 * Audience-aware flags: the employer's lists of accounts (clients, competitors, journalists, politicians).
 * A publish that replies to, comments on, quotes or reposts a listed account, or mentions one (an @handle or
 * a name in the text), is pointed out with the list's guidance. Handles match case-insensitively; names as
 * keywords do (folded, whole words or phrases).
 */
import { compileMatcher, type Matcher } from './matcher/compile.ts';
import { findMatches } from './matcher/match.ts';
import { foldString } from './text/fold.ts';

export interface Audience {
  id: string;
  label: string;
  labelNl?: string;
  guidance: string;
  guidanceNl?: string;
  handles?: string[];
  names?: string[];
}

export interface AudienceMatch {
  id: string;
  /** The handle or name as written in the text, or as the page shows the account addressed. */
  match: string;
  /** `to`: the account replied to, commented on, quoted or reposted; `mention`: named in the text. */
  via: 'to' | 'mention';
}

export interface CompiledAudiences {
  audiences: readonly Pick<Audience, 'id'>[];
  /** By handle, folded, without the "@". */
  handles: Map<string, number>;
  names: Matcher;
}

const handleKey = (handle: string) => foldString(handle.trim().replace(/^@/, ''));

export function compileAudiences(audiences: readonly Audience[]): CompiledAudiences {
  const handles = new Map<string, number>();
  audiences.forEach((audience, i) => {
    for (const handle of audience.handles ?? []) if (!handles.has(handleKey(handle))) handles.set(handleKey(handle), i);
  });
  const names = compileMatcher(audiences.map((audience) => ({ id: audience.id, keywords: audience.names ?? [] })));
  return { audiences, handles, names };
}

/** The @handles written in a text, with their offsets. */
function handlesIn(text: string): { handle: string; start: number }[] {
  const out: { handle: string; start: number }[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const before = text[at - 1];
    if (before !== undefined && /[\p{L}\p{N}_.]/u.test(before)) continue; // an e-mail address
    let end = at + 1;
    while (end < text.length && /[\p{L}\p{N}_]/u.test(text[end]!)) end++;
    if (end > at + 1) out.push({ handle: text.slice(at, end), start: at });
  }
  return out;
}

/** Every listed account the publish addresses (`to`: the accounts the page shows it goes to) or mentions. */
export function findAudience(compiled: CompiledAudiences, texts: readonly string[], to: readonly string[]): AudienceMatch[] {
  if (compiled.audiences.length === 0) return [];
  const found: AudienceMatch[] = [];
  const add = (index: number | undefined, match: string, via: AudienceMatch['via']) => {
    const id = index === undefined ? undefined : compiled.audiences[index]?.id;
    // An account addressed counts once per list, however many of its handle and names the page shows.
    const seen = found.some((f) => f.id === id && f.via === via && (via === 'to' || f.match.toLowerCase() === match.toLowerCase()));
    if (id !== undefined && !seen) found.push({ id, match, via });
  };
  for (const account of to) {
    // A handle given alone ("gemeente_zuid", "@gemeente_zuid"), or a line as the page shows the account ("Gemeente Zuid @gemeente_zuid").
    const handles = handlesIn(account);
    if (handles.length === 0 && compiled.handles.has(handleKey(account))) add(compiled.handles.get(handleKey(account)), account.trim(), 'to');
    for (const { handle } of handles) add(compiled.handles.get(handleKey(handle)), handle, 'to');
    for (const name of findMatches(compiled.names, account)) add(compiled.audiences.findIndex((a) => a.id === name.topic), name.match, 'to');
  }
  for (const text of texts) {
    for (const { handle } of handlesIn(text)) add(compiled.handles.get(handleKey(handle)), handle, 'mention');
    for (const name of findMatches(compiled.names, text)) add(compiled.audiences.findIndex((a) => a.id === name.topic), name.match, 'mention');
  }
  return found;
}
