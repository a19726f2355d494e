/**
 * The draft exactly as written (read-only), one block per part (each post of a thread, a title, poll options,
 * image descriptions, or the post being reposted), with matched words marked.
 */
import type { DraftPart } from '../core/draft.ts';
import { format, type Messages } from '../core/i18n/messages.ts';

export interface Highlight {
  part: number;
  start: number;
  end: number;
}

interface Props {
  t: Messages;
  parts: DraftPart[];
  highlights: Highlight[];
}

/** What a part is, said above it; a lone post needs no caption. */
function caption(t: Messages, parts: DraftPart[], index: number): string | null {
  const part = parts[index]!;
  const nth = (kind: DraftPart['kind']) => parts.slice(0, index + 1).filter((p) => p.kind === kind).length;
  const total = (kind: DraftPart['kind']) => parts.filter((p) => p.kind === kind).length;
  switch (part.kind) {
    case 'post':
      return total('post') > 1 ? format(t.threadPart, { n: nth('post'), total: total('post') }) : parts.length > 1 ? t.draftLabel : null;
    case 'title':
      return t.partTitle;
    case 'article':
      return t.partArticle;
    case 'poll':
      return format(t.partPoll, { n: nth('poll') });
    case 'alt':
      return t.partAlt;
    case 'reposted':
      return null;
  }
}

function segments(text: string, marks: Highlight[]) {
  const out: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < at) continue;
    if (mark.start > at) out.push({ text: text.slice(at, mark.start), marked: false });
    out.push({ text: text.slice(mark.start, mark.end), marked: true });
    at = mark.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

export function DraftPreview({ t, parts, highlights }: Props) {
  return (
    <div class="pp-draft" data-testid="pp-preview">
      {parts.map(({ kind, text }, part) => {
        const label = caption(t, parts, part);
        return (
          <figure class="pp-part" key={part} data-kind={kind}>
            {label && <figcaption class="pp-muted pp-part-label">{label}</figcaption>}
            <p class="pp-part-text" data-testid="pp-part">
              {segments(text, highlights.filter((h) => h.part === part)).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : s.text))}
            </p>
          </figure>
        );
      })}
    </div>
  );
}
