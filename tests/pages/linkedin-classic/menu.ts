// The classic page's dropdowns (a post's control menu, its Repost menu, a comment's options): artdeco dropdown
// content under the trigger, with `role=menuitem` entries (the label, and a note under it). Closed by a press
// outside, Escape, or an entry (common/menu.ts).
import { h } from '../common/dom.ts';
import { closeMenu, toggleMenuOf } from '../common/menu.ts';

export interface MenuEntry {
  label: string;
  note?: string;
  /** Runs the entry; `trusted` is the isTrusted of the press. */
  run(trusted: boolean): void;
}

/** Opens the dropdown of `opener` inside `parent` (closes it when it is open already). */
export function toggleMenu(parent: HTMLElement, opener: HTMLElement, entries: MenuEntry[], className: string): void {
  toggleMenuOf(opener, () => {
    const menu = h('div', { class: `${className} artdeco-dropdown__content artdeco-dropdown__content--is-open`, role: 'menu' },
      ...entries.map((entry) => h('button', { type: 'button', role: 'menuitem', class: 'artdeco-dropdown__item', onclick: (event: Event) => {
        closeMenu();
        entry.run(event.isTrusted);
      } }, h('span', { class: 'artdeco-dropdown__item-title' }, entry.label), entry.note && h('span', { class: 'artdeco-dropdown__item-note' }, entry.note))));
    parent.append(menu);
    return menu;
  });
}
