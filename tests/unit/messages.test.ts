import { describe, expect, it } from 'vitest';
import { catalogs, en, format, nl, resolveLocale } from '../../src/core/i18n/messages.ts';

describe('messages', () => {
  it('has every English key in Dutch and no extra ones', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries(catalogs))('has no empty text in %s', (_, messages) => {
    for (const [key, value] of Object.entries(messages)) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(names(nl[key]), key).toEqual(names(en[key]));
  });

  it('names the question and the two buttons exactly as the product requires', () => {
    expect(en.question).toBe("Is this appropriate and does it help our company's goals?");
    expect(nl.question).toBe('Is dit gepast en draagt het bij aan de doelen van ons bedrijf?');
    expect([en.postAnyway, en.keepEditing, en.pressAgain]).toEqual(['Post anyway', 'Keep editing', 'Almost done: press the button once more to post.']);
    expect([nl.postAnyway, nl.keepEditing, nl.pressAgain]).toEqual(['Toch plaatsen', 'Verder bewerken', 'Bijna klaar: druk nog een keer op de knop om te plaatsen.']);
  });

  it.each([
    ['auto', 'nl-NL', 'nl'],
    ['auto', 'nl', 'nl'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'de-DE', 'en'],
    ['auto', undefined, 'en'],
    ['nl', 'en-US', 'nl'],
    ['en', 'nl-BE', 'en'],
  ] as const)('resolves %s with browser %s to %s', (setting, browser, expected) => {
    expect(resolveLocale(setting, browser)).toBe(expected);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{company} and {company}', { company: 'Acme' })).toBe('Acme and Acme');
    expect(format('in {n} s {x}', { n: 3 })).toBe('in 3 s {x}');
  });
});

describe('messages of our own pages', () => {
  it('has every English key in Dutch, with the same placeholders and no empty text', async () => {
    const { pagesEn, pagesNl } = await import('../../src/core/i18n/pages.ts');
    expect(Object.keys(pagesNl).sort()).toEqual(Object.keys(pagesEn).sort());
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(pagesEn) as (keyof typeof pagesEn)[]) {
      expect(names(pagesNl[key]), key).toEqual(names(pagesEn[key]));
      expect(pagesNl[key].trim(), key).not.toBe('');
    }
  });
});
