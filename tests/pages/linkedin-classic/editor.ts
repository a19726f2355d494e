// A Quill 1.3.7 editor as LinkedIn's classic pages mount it: `.ql-container > .ql-editor[role=textbox]`, no
// toolbar. No key publishes (docs/evidence/linkedin.md#keyboard): Enter breaks the line.
import Quill from 'quill';

export interface QuillEditor {
  quill: Quill;
  /** The model's text without Quill's trailing newline. */
  text(): string;
  isEmpty(): boolean;
  clear(): void;
  focus(): void;
}

interface Options {
  placeholder: string;
  ariaLabel: string;
  onChange(empty: boolean): void;
  /** The text it starts with (an edited post or comment). */
  content?: string;
}

/** Mounts Quill on `container`, which must already be in its document or shadow root. */
export function createQuillEditor(container: HTMLElement, options: Options): QuillEditor {
  const quill = new Quill(container, { placeholder: options.placeholder, modules: { toolbar: false } });
  if (options.content) quill.setText(options.content, 'silent');
  const root = container.getRootNode();
  if (root instanceof ShadowRoot) patchForShadowRoot(quill, root);

  const editor = quill.root;
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('aria-label', options.ariaLabel);
  editor.setAttribute('aria-multiline', 'true');
  editor.setAttribute('data-test-ql-editor-contenteditable', 'true');

  const text = () => quill.getText().replace(/\n$/, '');
  const isEmpty = () => text().trim() === '';
  quill.on('text-change', () => options.onChange(isEmpty()));
  return {
    quill,
    text,
    isEmpty,
    clear: () => { quill.setText(''); },
    // The caret at the end, as LinkedIn opens a box (an edited comment: after its text).
    focus: () => quill.setSelection(quill.getLength() - 1, 0, 'api'),
  };
}

/**
 * Quill 1 reads the selection from `document` and dispatches selectionchange only to `.ql-container`s that
 * `document.querySelectorAll` can see, so inside a shadow root it never finds its caret (and ignores every
 * key binding). LinkedIn's shadow-root build works, so the demo applies the smallest equivalent patch.
 */
function patchForShadowRoot(quill: Quill, root: ShadowRoot): void {
  const shadowSelection = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection;
  const selection = quill.selection;
  selection.getNativeRange = () => {
    const native = shadowSelection ? shadowSelection.call(root) : document.getSelection();
    if (!native || native.rangeCount <= 0) return null;
    return selection.normalizeNative(native.getRangeAt(0));
  };
  selection.hasFocus = () => root.activeElement === quill.root;
  for (const type of ['selectionchange', 'mousedown', 'mouseup', 'click']) {
    document.addEventListener(type, (event) => {
      if (quill.root.isConnected) quill.emitter.handleDOM(event);
    });
  }
}
