// A LinkedIn comment submit that does not exist until its editor holds text (docs/evidence/linkedin.md#classic-comments,
// #sdui-comments): made anew when text appears, removed when the editor empties, as a React or Ember template
// renders `{hasText && <button>}`.

interface Editor {
  text(): string;
  isEmpty(): boolean;
}

/**
 * Mounts the editor through `mount`, which reports every change; keeps a button made by `make` in `slot` while
 * the editor holds text. A press sends the draft (`onSend`), never an empty one.
 */
export function withAppearingSubmit<E extends Editor>(
  slot: HTMLElement,
  make: () => HTMLButtonElement,
  mount: (onChange: (empty: boolean) => void) => E,
  onSend: (text: string, trusted: boolean) => void,
): { editor: E; send(trusted: boolean): void; refresh(): void } {
  let button: HTMLButtonElement | null = null;
  const update = (empty: boolean) => {
    if (empty && button) {
      button.remove();
      button = null;
    } else if (!empty && !button) {
      button = make();
      button.addEventListener('click', (event) => {
        event.preventDefault();
        send(event.isTrusted);
      });
      slot.append(button);
    }
  };
  const editor = mount(update);
  function send(trusted: boolean): void {
    if (!editor.isEmpty()) onSend(editor.text(), trusted);
  }
  const refresh = () => update(editor.isEmpty());
  refresh();
  return { editor, send, refresh };
}
