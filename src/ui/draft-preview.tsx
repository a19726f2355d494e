/** The draft exactly as written (read-only), one block per post of a thread, with matched words marked. */
import type { Messages } from '../core/i18n/messages.ts';
import { format } from '../core/i18n/messages.ts';

export interface Highlight {
  part: number;
  start: number;
  end: number;
}

interface Props {
  t: Messages;
  parts: string[];
  highlights: Highlight[];
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
  const thread = parts.length > 1;
  return (
    <div class="pp-draft" data-testid="pp-preview">
      {parts.map((text, part) => (
        <figure class="pp-part" key={part}>
          {thread && <figcaption class="pp-muted pp-part-label">{format(t.threadPart, { n: part + 1, total: parts.length })}</figcaption>}
          <p class="pp-part-text" data-testid="pp-part">
            {segments(text, highlights.filter((h) => h.part === part)).map((s, i) =>
              s.marked ? <mark key={i}>{s.text}</mark> : s.text,
            )}
          </p>
        </figure>
      ))}
    </div>
  );
}
