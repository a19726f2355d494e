import { describe, expect, it } from 'vitest';
import { activeOn, isCalendarDate, seasonAt } from '../../src/core/season.ts';

const on = (iso: string) => new Date(`${iso}T12:00:00`);
const sinterklaas = [{ from: '11-15', until: '12-06' }];

describe('topics with a season', () => {
  it('repeats MM-DD windows every year, inclusive', () => {
    expect(activeOn(sinterklaas, on('2026-11-15'))).toBe(true);
    expect(activeOn(sinterklaas, on('2027-12-06'))).toBe(true);
    expect(activeOn(sinterklaas, on('2026-12-07'))).toBe(false);
    expect(activeOn(sinterklaas, on('2026-11-14'))).toBe(false);
  });

  it('wraps the year end, holds YYYY-MM-DD windows once, and is always on without windows', () => {
    const newYear = [{ from: '12-20', until: '01-06' }];
    expect([activeOn(newYear, on('2026-12-31')), activeOn(newYear, on('2027-01-06')), activeOn(newYear, on('2027-01-07'))]).toEqual([true, true, false]);
    const election = [{ from: '2027-02-01', until: '2027-03-17' }];
    expect([activeOn(election, on('2027-03-17')), activeOn(election, on('2028-03-01'))]).toEqual([true, false]);
    expect(activeOn(undefined, on('2026-01-01'))).toBe(true);
    expect(activeOn([], on('2026-01-01'))).toBe(true);
  });

  it('says until when a topic is on, or from when it will be', () => {
    expect(seasonAt(sinterklaas, on('2026-12-01'))).toEqual({ activeUntil: '2026-12-06' });
    expect(seasonAt(sinterklaas, on('2026-12-10'))).toEqual({ nextFrom: '2027-11-15' });
    expect(seasonAt([{ from: '12-20', until: '01-06' }], on('2026-12-24'))).toEqual({ activeUntil: '2027-01-06' });
    expect(seasonAt([{ from: '2025-01-01', until: '2025-02-01' }], on('2026-01-01'))).toBeNull();
  });

  it('knows a calendar date', () => {
    expect(['02-29', '12-31', '2026-02-28'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['02-30', '13-01', '2026-02-29', '1-5'].map(isCalendarDate)).toEqual([false, false, false, false]);
  });
});

describe('a season in words', () => {
  it('says "active until 6 December", in English and Dutch', async () => {
    const { seasonText } = await import('../../src/ui/code-summary.tsx');
    const { pageCatalogs } = await import('../../src/core/i18n/pages.ts');
    expect(seasonText(pageCatalogs.en, 'en', { when: sinterklaas }, on('2026-12-01'))).toBe('active until 6 December');
    expect(seasonText(pageCatalogs.nl, 'nl', { when: sinterklaas }, on('2026-12-01'))).toBe('actief tot 6 december');
    expect(seasonText(pageCatalogs.en, 'en', { when: sinterklaas }, on('2026-12-10'))).toBe('active from 15 November');
    expect(seasonText(pageCatalogs.en, 'en', {}, on('2026-12-10'))).toBeNull();
  });
});
