// Hostile input for fuzzing, shared by the matcher's unit fuzz and the end-to-end browser fuzz: a seeded
// generator (the same input on every run) and the pieces hostile text is made of.

/** A seeded pseudo-random generator in [0, 1). */
export function random(seed) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** Regular-expression syntax, combining marks, ligatures, look-alikes, bidi and zero-width controls, a lone surrogate, ZWJ emoji. */
export const HOSTILE_PIECES = ['a', 'aa', 'é', 'e\u0301', '*', '.*', '(', ')', '[', ']', '+', '?', '\\', '|', '^', '$', '{2,}', ' ', '-', '#',
  '🏳️‍🌈', '🌈', '\u200B', '\u202E', 'ﬁ', '𝐁', 'Ａ', 'ß', 'İ', 'ı', '\uD800', 'انتخابات', 'zwarte', 'piet', '\n', 'x'];

/** `n` hostile pieces in a row. */
export function hostilePhrase(rnd, n) {
  return Array.from({ length: n }, () => HOSTILE_PIECES[Math.floor(rnd() * HOSTILE_PIECES.length)]).join('');
}
