import { describe, expect, it } from 'vitest';
import { dayKey, emptyReflection, KEEP_DAYS, recordPause, recordWrongFlag, series, totals } from '../../src/core/reflection/stats.ts';

const at = (iso: string) => new Date(`${iso}T12:00:00`);

describe('the reflection counts', () => {
  it('counts pauses and choices per site and topics per pause', () => {
    let r = emptyReflection();
    r = recordPause(r, { site: 'x', topics: ['politics', 'politics', 'religion'], choice: 'edit' }, at('2026-11-20'));
    r = recordPause(r, { site: 'linkedin', topics: [], choice: 'post' }, at('2026-11-20'));
    r = recordPause(r, { site: 'x', topics: ['politics'], choice: 'post' }, at('2026-11-21'));
    expect(r.days['2026-11-20']).toEqual({ pauses: { x: 1, linkedin: 1 }, edits: { x: 1, linkedin: 0 }, posts: { x: 0, linkedin: 1 }, topics: { politics: 1, religion: 1 } });
    expect(totals(r, at('2026-11-21'), 7)).toEqual({ pauses: 3, edits: 1, posts: 2, bySite: { x: 2, linkedin: 1 }, byTopic: { politics: 2, religion: 1 } });
    expect(totals(r, at('2026-11-21'), 1).pauses).toBe(1);
    expect(series(r, at('2026-11-21'), 3)).toEqual([
      { day: '2026-11-19', pauses: 0, edits: 0 },
      { day: '2026-11-20', pauses: 2, edits: 1 },
      { day: '2026-11-21', pauses: 1, edits: 0 },
    ]);
  });

  it('keeps only the last days, and never changes what it was given', () => {
    const start = emptyReflection();
    const first = recordPause(start, { site: 'x', topics: [], choice: 'post' }, at('2026-01-01'));
    expect(start.days).toEqual({});
    const later = recordPause(first, { site: 'x', topics: [], choice: 'post' }, new Date(at('2026-01-01').getTime() + KEEP_DAYS * 86_400_000));
    expect(Object.keys(later.days)).toEqual([dayKey(new Date(at('2026-01-01').getTime() + KEEP_DAYS * 86_400_000))]);
  });

  it('counts wrong flags per topic and keyword, never any text', () => {
    let r = recordWrongFlag(emptyReflection(), 'politics', ['pvv', 'pvv']);
    r = recordWrongFlag(r, 'politics', ['pvv', 'verkiez*']);
    expect(r.wrongFlags).toEqual({ 'politics pvv': 2, 'politics verkiez*': 1 });
  });
});
