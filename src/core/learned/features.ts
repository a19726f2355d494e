/**
 * What the learned signal reads in a text: its folded words and its symbols (emoji, punctuation), each alone
 * and each with the one after it ("knap hoor", "👏 👏"). The trainer (scripts/train-learned.mjs) and every
 * pause read texts with this one function, so weights learned on the labelled posts mean the same at a pause.
 */
import { foldText } from '../text/fold.ts';
import { words } from '../text/words.ts';

/** A feature as it occurs: its text, and where it stands in the original text. */
export interface FeatureAt {
  feature: string;
  start: number;
  end: number;
}

const isSpace = (cp: number) => cp <= 32 || cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x3000;

/** The text's tokens in order: words, and every other character that is not a space. */
function tokens(text: string): FeatureAt[] {
  const folded = foldText(text);
  const f = folded.text;
  const list = words(f);
  const out: FeatureAt[] = [];
  const at = (from: number, to: number) => ({ start: folded.startOf(from), end: folded.endOf(to - 1) });
  let w = 0;
  for (let i = 0; i < f.length; ) {
    if (w < list.count && list.start[w] === i) {
      const end = list.end[w++]!;
      out.push({ feature: f.slice(i, end), ...at(i, end) });
      i = end;
      continue;
    }
    const cp = f.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isSpace(cp)) out.push({ feature: f.slice(i, i + width), ...at(i, i + width) });
    i += width;
  }
  return out;
}

/** Every feature of `text` with its place: tokens, then pairs of neighbouring tokens. */
export function featuresOf(text: string): FeatureAt[] {
  const single = tokens(text);
  const pairs = single.slice(1).map((second, i) => ({ feature: `${single[i]!.feature} ${second.feature}`, start: single[i]!.start, end: second.end }));
  return [...single, ...pairs];
}
