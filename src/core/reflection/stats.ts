/**
 * The employee's own reflection, kept on their device only: how often PostPause paused, and what they chose,
 * per day, per site and per topic; and the flags they said were wrong, per keyword. Counts only: no post
 * text, no matched words, nothing that identifies a post.
 */
import type { Choice } from '../protocol.ts';
import { SITE_IDS, type SiteId } from '../sites.ts';

export interface DayStats {
  pauses: Record<SiteId, number>;
  edits: Record<SiteId, number>;
  posts: Record<SiteId, number>;
  /** Pauses by topic found (a pause with two topics counts for both). */
  topics: Record<string, number>;
}

export interface Reflection {
  /** By local date, YYYY-MM-DD. */
  days: Record<string, DayStats>;
  /** "topic keyword" → how often the user said this keyword flagged wrongly. */
  wrongFlags: Record<string, number>;
}

/** A pause and the user's choice, as the content script reports it. */
export interface PauseEvent {
  site: SiteId;
  topics: string[];
  choice: Choice;
}

/** How many days are kept. */
export const KEEP_DAYS = 90;

export const emptyReflection = (): Reflection => ({ days: {}, wrongFlags: {} });

const perSite = () => Object.fromEntries(SITE_IDS.map((site) => [site, 0])) as Record<SiteId, number>;
/** A day's count over every site (a site added later counts 0 on days stored before it). */
const allSites = (counts: Record<SiteId, number>) => SITE_IDS.reduce((sum, site) => sum + (counts[site] ?? 0), 0);

const emptyDay = (): DayStats => ({ pauses: perSite(), edits: perSite(), posts: perSite(), topics: {} });

/** The local date of `at`, as the reflection keys it. */
export function dayKey(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Adds a pause and its outcome; drops days older than KEEP_DAYS. Returns a new reflection. */
export function recordPause(reflection: Reflection, event: PauseEvent, at: Date): Reflection {
  const key = dayKey(at);
  const day = structuredClone(reflection.days[key] ?? emptyDay());
  const counts = event.choice === 'edit' ? day.edits : day.posts;
  day.pauses[event.site] = (day.pauses[event.site] ?? 0) + 1;
  counts[event.site] = (counts[event.site] ?? 0) + 1;
  for (const topic of new Set(event.topics)) day.topics[topic] = (day.topics[topic] ?? 0) + 1;
  const oldest = dayKey(new Date(at.getTime() - (KEEP_DAYS - 1) * 86_400_000));
  const days = Object.fromEntries(Object.entries({ ...reflection.days, [key]: day }).filter(([d]) => d >= oldest));
  return { ...reflection, days };
}

export function recordWrongFlag(reflection: Reflection, topic: string, keywords: string[]): Reflection {
  const wrongFlags = { ...reflection.wrongFlags };
  for (const keyword of new Set(keywords)) wrongFlags[`${topic} ${keyword}`] = (wrongFlags[`${topic} ${keyword}`] ?? 0) + 1;
  return { ...reflection, wrongFlags };
}

export interface Totals {
  pauses: number;
  edits: number;
  posts: number;
  bySite: Record<SiteId, number>;
  byTopic: Record<string, number>;
}

/** Totals over the last `days` days up to `at` (1 = today). */
export function totals(reflection: Reflection, at: Date, days: number): Totals {
  const out: Totals = { pauses: 0, edits: 0, posts: 0, bySite: perSite(), byTopic: {} };
  for (let i = 0; i < days; i++) {
    const day = reflection.days[dayKey(new Date(at.getTime() - i * 86_400_000))];
    if (!day) continue;
    out.pauses += allSites(day.pauses);
    out.edits += allSites(day.edits);
    out.posts += allSites(day.posts);
    for (const site of SITE_IDS) out.bySite[site] += day.pauses[site] ?? 0;
    for (const [topic, n] of Object.entries(day.topics)) out.byTopic[topic] = (out.byTopic[topic] ?? 0) + n;
  }
  return out;
}

/** Pauses per day for the last `days` days, oldest first, for the chart. */
export function series(reflection: Reflection, at: Date, days: number): { day: string; pauses: number; edits: number }[] {
  return Array.from({ length: days }, (_, k) => {
    const key = dayKey(new Date(at.getTime() - (days - 1 - k) * 86_400_000));
    const day = reflection.days[key];
    return { day: key, pauses: day ? allSites(day.pauses) : 0, edits: day ? allSites(day.edits) : 0 };
  });
}
