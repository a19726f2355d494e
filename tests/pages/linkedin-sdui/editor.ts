// A TipTap 3 editor as LinkedIn's SDUI mounts it: `div.tiptap.ProseMirror[role=textbox]` appended to the
// element it is given, a `data-placeholder` on the empty first paragraph (class `is-editor-empty`),
// and Ctrl+Enter / ⌘+Enter bound to the composer's publish.
import { Editor, Extension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { Plugin } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface TiptapEditor {
  editor: Editor;
  text(): string;
  isEmpty(): boolean;
  clear(): void;
  focus(): void;
  destroy(): void;
}

interface Options {
  attributes: Record<string, string>;
  placeholder: string;
  onChange(empty: boolean): void;
  onShortcut(trusted: boolean): void;
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

export function createTiptap(mount: HTMLElement, options: Options): TiptapEditor {
  // Shortcut commands get no event, so the keydown's isTrusted is read first (editorProps run before keymaps).
  let keyTrusted = false;
  const submit = Extension.create({
    name: 'ppSubmitShortcut',
    priority: 1000,
    addKeyboardShortcuts() {
      const run = () => {
        options.onShortcut(keyTrusted);
        return true;
      };
      return { 'Mod-Enter': run, 'Ctrl-Enter': run, 'Meta-Enter': run };
    },
  });
  const text = () => editor.getText({ blockSeparator: '\n' });
  const isEmpty = () => text().trim() === '';
  const editor: Editor = new Editor({
    element: mount,
    extensions: [StarterKit, submit, placeholder(options.placeholder)],
    editorProps: {
      attributes: options.attributes,
      handleKeyDown: (_view, event) => {
        keyTrusted = event.isTrusted;
        return false;
      },
    },
    onUpdate: () => options.onChange(isEmpty()),
  });
  return {
    editor,
    text,
    isEmpty,
    clear: () => { editor.commands.clearContent(true); },
    focus: () => { editor.commands.focus('end'); },
    destroy: () => editor.destroy(),
  };
}
