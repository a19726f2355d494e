/**
 * The disclosure nudge: a post that mentions the employer's brands or products without saying the writer
 * works there gets a calm note (the Dutch advertising code for social media and influencer marketing and the
 * FTC's endorsement guides ask employees to make that tie clear). Brands and phrases match as keywords do.
 */
import { compileMatcher, type Matcher } from './matcher/compile.ts';
import { findMatches } from './matcher/match.ts';

export interface Disclosure {
  brands: string[];
  /** Phrases that make the tie clear ("#werkenbij", "ik werk bij", "#employee", "my employer"). */
  phrases: string[];
  /** What the employee could add, copied to the clipboard on request; the draft itself is never changed. */
  suggestion: string;
}

export interface DisclosureNote {
  /** The brand as written in the post. */
  brand: string;
  missing: true;
}

export interface CompiledDisclosure {
  brands: Matcher;
  phrases: Matcher;
}

export const compileDisclosure = (disclosure: Disclosure): CompiledDisclosure => ({
  brands: compileMatcher([{ id: 'brand', keywords: disclosure.brands }]),
  phrases: compileMatcher([{ id: 'phrase', keywords: disclosure.phrases }]),
});

/** The note for a draft (all its parts together), or null when no brand is named or the tie is already said. */
export function checkDisclosure(compiled: CompiledDisclosure | null, texts: readonly string[]): DisclosureNote | null {
  if (!compiled) return null;
  const brand = texts.map((text) => findMatches(compiled.brands, text)[0]).find(Boolean);
  if (!brand) return null;
  if (texts.some((text) => findMatches(compiled.phrases, text).length > 0)) return null;
  return { brand: brand.match, missing: true };
}
