/** What every part of the editor reads: the strings, the draft, its problems by field, and how to edit. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EditorMessages } from '../core/i18n/editor.ts';
import type { Locale } from '../core/i18n/messages.ts';
import type { Problem } from '../core/policy/settings.ts';
import type { Draft, Path } from './state.ts';

export interface Editor {
  t: EditorMessages;
  locale: Locale;
  draft: Draft;
  /** Problems of the draft, by the field they are shown at (state.ts fieldFor). */
  problems: Map<string, Problem[]>;
  /** Sets `value` at `path` (undefined removes it); edits with the same `typing` key in a row are one undo step. */
  set: (path: Path, value: unknown, typing?: string) => void;
  /** Any other change of the draft, as one undo step. */
  change: (next: (draft: Draft) => Draft) => void;
}

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside the editor');
  return editor;
}
