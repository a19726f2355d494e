/**
 * Reads a composer's text as the user sees it, block by block, without touching the editor.
 * Draft.js, Quill and ProseMirror all render one block element per line; `innerText` would depend on
 * layout and doubles the newlines between Quill paragraphs (docs/evidence/x.md#reading-the-text, docs/evidence/linkedin.md#editors).
 */
import type { DraftPart, PartKind } from '../core/draft.ts';
import type { Composer } from './types.ts';

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

const isBlock = (node: Node): node is Element => node instanceof Element && BLOCK_TAGS.has(node.tagName);

/** The text of one block's inline content: <br> is a line break unless it only holds the line open. */
function inlineText(block: Node): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data;
      else if (child instanceof HTMLBRElement) {
        if (!isTrailingBreak(child, block)) text += '\n';
      } else if (child instanceof HTMLImageElement) text += child.alt;
      // A clamped post's "…more" control is not the post's text (docs/evidence/linkedin.md#reposts).
      else if (child instanceof HTMLButtonElement) continue;
      else if (child instanceof Element) walk(child);
    }
  };
  walk(block);
  return text;
}

/** True when nothing but whitespace-free emptiness follows the <br> in its block (Quill's <p><br></p>, ProseMirror's trailing break). */
function isTrailingBreak(br: Element, block: Node): boolean {
  for (let node: Node | null = br; node && node !== block; node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE ? (next as Text).data !== '' : true) return false;
    }
  }
  return true;
}

/** The lines of an editor: one per innermost block, or the inline text when there are no blocks. */
export function readEditorText(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement) return editor.value;
  const lines: string[] = [];
  const collect = (node: Element) => {
    let sawBlock = false;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      if (isBlock(child)) {
        sawBlock = true;
        if (!collect(child)) lines.push(inlineText(child));
      }
    }
    return sawBlock;
  };
  if (!collect(editor)) return inlineText(editor);
  return lines.join('\n');
}

/** A public field's text: what an input holds, an image's description, or an editor's lines. */
function fieldText(el: HTMLElement): string {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
  if (el instanceof HTMLImageElement) return el.alt;
  return readEditorText(el);
}

const ORDER: PartKind[] = ['reposted', 'title', 'article', 'post', 'poll', 'alt'];

/**
 * Everything that goes out with a publish, as the employee will be shown it: a title first, then the posts,
 * then poll options and image descriptions (empty fields left out); for a repost, the reposted post.
 */
export function readDraft(composer: Composer): DraftPart[] {
  const parts: DraftPart[] = [
    ...(composer.reposted ? [{ kind: 'reposted' as const, text: readEditorText(composer.reposted) }] : []),
    ...(composer.reposted ? [] : composer.editors.map((el) => ({ kind: 'post' as const, text: readEditorText(el) }))),
    ...composer.fields.map(({ kind, el }) => ({ kind, text: fieldText(el) })).filter((part) => part.text.trim() !== ''),
  ];
  return parts.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
