// How the LinkedIn pages wire an editor to its publish button, as the sites do: the button is disabled while
// the editor is empty, and the button or the shortcut sends the draft, never an empty one.
import type { Via } from './record.ts';

interface EditorEvents {
  onChange(empty: boolean): void;
  onShortcut(trusted: boolean): void;
}

/** Sets `disabled` and `aria-disabled` together, as LinkedIn's buttons do. */
function setDisabled(button: HTMLButtonElement, disabled: boolean): void {
  button.disabled = disabled;
  if (disabled) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}

/**
 * Mounts the editor through `mount` with the events it must report, and returns it with its `send`: `onSend`
 * gets the draft unless the editor is empty. The caller binds the button's clicks to `send`.
 */
export function composer<Editor extends { text(): string; isEmpty(): boolean }>(
  button: HTMLButtonElement,
  mount: (events: EditorEvents) => Editor,
  onSend: (text: string, via: Via, trusted: boolean) => void,
): { editor: Editor; send(via: Via, trusted: boolean): void } {
  const editor = mount({
    onChange: (empty) => setDisabled(button, empty),
    onShortcut: (trusted) => send('shortcut', trusted),
  });
  setDisabled(button, true);
  function send(via: Via, trusted: boolean): void {
    if (!editor.isEmpty()) onSend(editor.text(), via, trusted);
  }
  return { editor, send };
}
