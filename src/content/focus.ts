/**
 * Remembers where the caret was in the editor when the pause opened, and puts focus and caret back after.
 * Reads and sets only the selection, never the editor's content.
 */
export interface SavedSelection {
  anchorNode: Node;
  anchorOffset: number;
  focusNode: Node;
  focusOffset: number;
}

type SelectionRoot = { getSelection?: () => Selection | null };

/** The selection of the tree the editor lives in (Chromium gives shadow roots their own). */
function selectionOf(editor: HTMLElement): Selection | null {
  const root = editor.getRootNode() as SelectionRoot;
  return (typeof root.getSelection === 'function' ? root.getSelection() : null) ?? editor.ownerDocument.getSelection();
}

/** The editor among `editors` holding the caret, with the caret, or the first editor. */
export function saveCaret(editors: HTMLElement[]): { editor: HTMLElement | null; selection: SavedSelection | null } {
  for (const editor of editors) {
    const sel = selectionOf(editor);
    if (sel?.anchorNode && sel.focusNode && editor.contains(sel.anchorNode) && editor.contains(sel.focusNode)) {
      const { anchorNode, anchorOffset, focusNode, focusOffset } = sel;
      return { editor, selection: { anchorNode, anchorOffset, focusNode, focusOffset } };
    }
  }
  return { editor: editors[0] ?? null, selection: null };
}

/** Focuses the editor again and puts the caret back where it was, when its nodes still exist. */
export function restoreCaret(editor: HTMLElement | null, saved: SavedSelection | null) {
  if (!editor?.isConnected) return;
  editor.focus({ preventScroll: true });
  if (!saved || !editor.contains(saved.anchorNode) || !editor.contains(saved.focusNode)) return;
  try {
    selectionOf(editor)?.setBaseAndExtent(saved.anchorNode, saved.anchorOffset, saved.focusNode, saved.focusOffset);
  } catch {
    // The editor re-rendered its nodes meanwhile; focus alone is fine.
  }
}
