/** Whether an offset of a string lies between two grapheme clusters (user-perceived characters). */
let segmenter: Intl.Segmenter | undefined;

/** Clusters longer than this are not real text; a window this wide finds the boundaries around an offset. */
const WINDOW = 64;

export function isGraphemeBoundary(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return true;
  const before = text.charCodeAt(pos - 1);
  const after = text.charCodeAt(pos);
  // Below U+0300 nothing extends a cluster (marks, joiners, selectors and surrogates all lie above), but CR LF is one.
  if (before < 0x300 && after < 0x300) return !(before === 13 && after === 10);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const from = Math.max(0, pos - WINDOW);
  for (const { index } of segmenter.segment(text.slice(from, pos + WINDOW))) {
    if (from + index === pos) return true;
    if (from + index > pos) return false;
  }
  return false;
}
