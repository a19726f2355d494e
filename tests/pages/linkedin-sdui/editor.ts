// The editors of LinkedIn's SDUI pages. TipTap 3 as LinkedIn mounts it: `div.tiptap.ProseMirror[role=textbox]`
// appended to the element it is given, a `data-placeholder` on the empty first paragraph (class
// `is-editor-empty`), and a mention chip (the reply box's pre-filled author) that is one uneditable unit. No key
// publishes (docs/evidence/linkedin.md#keyboard): Enter is a new paragraph. And the native
// `contenteditable="plaintext-only"` box some permalink comment editors are (docs/evidence/linkedin.md#editors).
import { Editor, Extension, Node, type JSONContent } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { Plugin } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface SduiEditor {
  /** The text as the editor's model has it (a mention chip reads as the name it shows). */
  text(): string;
  isEmpty(): boolean;
  clear(): void;
  focus(): void;
  destroy(): void;
}

export interface TiptapEditor extends SduiEditor {
  editor: Editor;
  /** The content, to mount again after the screen was swapped (schedule, media). */
  json(): JSONContent;
}

interface Options {
  attributes: Record<string, string>;
  placeholder: string;
  onChange(empty: boolean): void;
  /** What the editor starts with: plain text (one paragraph a line) or content saved with `json()`. */
  content?: string | JSONContent;
  /** The class of a mention chip (hashed, like every class of the page). */
  mentionClass?: string;
  /** More TipTap extensions (messaging's Enter to send). */
  extensions?: Extension[];
}

/** The library's Placeholder behaviour (which lives outside the installed packages), in a few lines. */
function placeholder(text: string): Extension {
  return Extension.create({
    name: 'ppPlaceholder',
    addProseMirrorPlugins() {
      return [new Plugin({
        props: {
          decorations: ({ doc }) => {
            const first = doc.firstChild;
            if (doc.childCount !== 1 || !first?.isTextblock || first.content.size !== 0) return null;
            return DecorationSet.create(doc, [Decoration.node(0, first.nodeSize, { class: 'is-editor-empty', 'data-placeholder': text })]);
          },
        },
      })];
    },
  });
}

/**
 * A mention: an inline atom showing a member's name, as TipTap's Mention extension renders one
 * (`span[data-type=mention]`; ProseMirror makes an atom `contenteditable="false"`). Its text is the name.
 */
function mention(className: string): Node {
  return Node.create({
    name: 'mention',
    group: 'inline',
    inline: true,
    atom: true,
    selectable: false,
    addAttributes: () => ({ id: { default: null }, label: { default: '' } }),
    parseHTML: () => [{ tag: 'span[data-type="mention"]' }],
    renderHTML: ({ node }) => ['span', { 'data-type': 'mention', 'data-id': String(node.attrs.id), class: className }, String(node.attrs.label)],
    renderText: ({ node }) => String(node.attrs.label),
  });
}

/** Plain text as TipTap content: one paragraph a line. */
export function paragraphs(text: string): JSONContent {
  return { type: 'doc', content: text.split('\n').map((line) => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' })) };
}

/** A reply's start: the mention chip of the member replied to, and a space after it. */
export function mentionOf(name: string, id: string): JSONContent {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { id, label: name } }, { type: 'text', text: ' ' }] }] };
}

export function createTiptap(mount: HTMLElement, options: Options): TiptapEditor {
  const text = () => editor.getText({ blockSeparator: '\n' });
  const isEmpty = () => text().trim() === '';
  const content = typeof options.content === 'string' ? paragraphs(options.content) : options.content;
  const editor: Editor = new Editor({
    element: mount,
    extensions: [StarterKit, placeholder(options.placeholder), mention(options.mentionClass ?? ''), ...(options.extensions ?? [])],
    ...(content ? { content } : {}),
    editorProps: { attributes: options.attributes },
    onUpdate: () => options.onChange(isEmpty()),
  });
  return {
    editor,
    text,
    isEmpty,
    json: () => editor.getJSON(),
    clear: () => { editor.commands.clearContent(true); },
    focus: () => { editor.commands.focus('end'); },
    destroy: () => {
      if (!editor.isDestroyed) editor.destroy();
    },
  };
}

/**
 * A native `contenteditable="plaintext-only"` box: the browser keeps it plain text (no markup is pasted in);
 * Enter breaks the line. Its model is its own text.
 */
export function createPlaintext(mount: HTMLElement, options: Options): SduiEditor {
  const box = document.createElement('div');
  for (const [name, value] of Object.entries(options.attributes)) box.setAttribute(name, value);
  box.setAttribute('contenteditable', 'plaintext-only');
  box.setAttribute('aria-placeholder', options.placeholder);
  mount.append(box);
  // innerText gives the lines as shown: a text node or <br> per break; the browser's last <br> only holds the line open.
  const text = () => box.innerText.replace(/\n$/, '');
  const isEmpty = () => text().trim() === '';
  box.addEventListener('input', () => options.onChange(isEmpty()));
  return {
    text,
    isEmpty,
    clear: () => {
      box.replaceChildren();
      options.onChange(true);
    },
    focus: () => {
      box.focus();
      const range = document.createRange();
      range.selectNodeContents(box);
      range.collapse(false);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    destroy: () => box.remove(),
  };
}
