// The SDUI page's pop-up menus (a post's control menu, its Repost menu, a comment's options): rendered at the end
// of <body>, away from the button that opened them, with `div[role=button]` entries (docs/evidence/linkedin.md#reposts);
// the entry's label first, a note under it. Closed by a press outside, Escape, or an entry (common/menu.ts).
import { h } from '../common/dom.ts';
import { closeMenu, toggleMenuOf } from '../common/menu.ts';
import { c } from './styles.ts';
import { icon, type IconId } from './ui.ts';

export interface MenuEntry {
  label: string;
  note?: string;
  icon: IconId;
  /** Runs the entry; `trusted` is the isTrusted of the press. */
  run(trusted: boolean): void;
}

/** Opens the menu of `opener` (closes it when it is open already). */
export function toggleMenu(opener: HTMLElement, entries: MenuEntry[]): void {
  toggleMenuOf(opener, () => menuFor(opener, entries));
}

/** The menu, at the end of <body> under the right edge of `opener`. */
function menuFor(opener: HTMLElement, entries: MenuEntry[]): HTMLElement {
  const menu = h('div', { class: c.menu });
  for (const entry of entries) {
    const item = h('div', { role: 'button', tabindex: '0', class: c.menuItem }, icon(entry.icon),
      h('div', {}, h('span', {}, entry.label), entry.note && h('span', { class: c.menuNote }, entry.note)));
    const activate = (event: Event) => {
      closeMenu();
      entry.run(event.isTrusted);
    };
    item.addEventListener('click', activate);
    item.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate(event);
      }
    });
    menu.append(item);
  }
  const rect = opener.getBoundingClientRect();
  menu.style.top = `${rect.bottom + scrollY + 4}px`;
  menu.style.left = `${Math.max(8, rect.right + scrollX - 280)}px`;
  document.body.append(menu);
  return menu;
}
