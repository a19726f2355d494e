// The analysis of a draft: topics (with their seasons), listed accounts, and the disclosure nudge.
import { describe, expect, it } from 'vitest';
import { analyseDraft, compileCode, shouldPause } from '../../src/core/analysis.ts';

const code = compileCode({
  topics: [
    { id: 'piet', keywords: ['zwarte piet'], when: [{ from: '11-15', until: '12-06' }] },
    { id: 'politics', keywords: ['verkiezingen'] },
  ],
  audiences: [
    { id: 'clients', label: 'a client of ours', guidance: 'Keep it kind.', handles: ['@Gemeente_Zuid'], names: ['Gemeente Zuid', 'Rijkswaterstaat'] },
    { id: 'press', label: 'a journalist', guidance: 'Talk to Communications first.', handles: ['@anna_nos'] },
  ],
  disclosure: { brands: ['Bouwbedrijf Noord', 'NoordBouw*'], phrases: ['ik werk bij', '#werkenbij', 'my employer'], suggestion: '(Ik werk bij Bouwbedrijf Noord.)' },
});
const on = (iso: string) => new Date(`${iso}T12:00:00`);

describe('topics with a season', () => {
  it('find nothing outside their windows', () => {
    const text = ['Zwarte Piet en de verkiezingen'];
    expect(analyseDraft(code, text, { date: on('2026-12-01') }).findings.map((f) => f.topic)).toEqual(['piet', 'politics']);
    expect(analyseDraft(code, text, { date: on('2026-12-07') }).findings.map((f) => f.topic)).toEqual(['politics']);
  });
});

describe('audiences', () => {
  it('knows the account a reply goes to, by handle (any case) or by name', () => {
    expect(analyseDraft(code, ['Thanks!'], { to: ['Gemeente Zuid @gemeente_zuid'] }).audience).toEqual([{ id: 'clients', match: '@gemeente_zuid', via: 'to' }]);
    expect(analyseDraft(code, ['Thanks!'], { to: ['Rijkswaterstaat'] }).audience).toEqual([{ id: 'clients', match: 'Rijkswaterstaat', via: 'to' }]);
    expect(analyseDraft(code, ['Thanks!'], { to: ['GEMEENTE_ZUID'] }).audience).toEqual([{ id: 'clients', match: 'GEMEENTE_ZUID', via: 'to' }]);
  });

  it('finds mentions by handle or name, never in an e-mail address', () => {
    expect(analyseDraft(code, ['cc @Anna_NOS, met dank aan Rijkswaterstaat']).audience).toEqual([
      { id: 'press', match: '@Anna_NOS', via: 'mention' },
      { id: 'clients', match: 'Rijkswaterstaat', via: 'mention' },
    ]);
    expect(analyseDraft(code, ['mail info@anna_nos.nl']).audience).toEqual([]);
  });

  it('pauses in mode "flagged" when a listed account is found, even with no topic', () => {
    expect(shouldPause('flagged', analyseDraft(code, ['Dank!'], { to: ['@gemeente_zuid'] }))).toBe(true);
    expect(shouldPause('flagged', analyseDraft(code, ['Dank!'], { to: ['@someone_else'] }))).toBe(false);
  });
});

describe('the disclosure nudge', () => {
  it('notes a brand named without the tie said, and not once it is said', () => {
    expect(analyseDraft(code, ['Wat een mooi project van NoordBouw-Oost']).disclosure).toEqual({ brand: 'NoordBouw', missing: true });
    expect(analyseDraft(code, ['Trots op Bouwbedrijf Noord! #werkenbij']).disclosure).toBeNull();
    expect(analyseDraft(code, ['Ik werk bij een mooi bedrijf: Bouwbedrijf Noord']).disclosure).toBeNull();
    expect(analyseDraft(code, ['Nothing about us']).disclosure).toBeNull();
  });

  it('is off without brands', () => {
    expect(analyseDraft(compileCode({ topics: [], disclosure: { brands: [], phrases: [], suggestion: '' } }), ['Bouwbedrijf Noord']).disclosure).toBeNull();
  });
});
