/** Numbers and shares as the page's language writes them (1,000 and 12.5% in English; 1.000 en 12,5% in Dutch). */
import type { Locale } from '../core/i18n/messages.ts';

const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

export const numberText = (locale: Locale, n: number) => n.toLocaleString(tag(locale));

export const percentText = (locale: Locale, share: number | null, none = '–') =>
  share === null ? none : share.toLocaleString(tag(locale), { style: 'percent', maximumFractionDigits: 1 });
