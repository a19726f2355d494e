// Building the LinkedIn pages with DOM APIs (LinkedIn enforces Trusted Types, so no innerHTML strings).
import { onStatus } from './status.ts';

type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | boolean | undefined | ((event: Event) => void)>;

/** An element with attributes (`on…` functions become listeners, `true` an empty attribute) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** An SVG element with attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>, ...children: Node[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** The status line (status.ts) as an element: its text, and `visibleClass` while it has one. */
export function statusLine(className: string, visibleClass: string): HTMLElement {
  const line = h('div', { class: className, role: 'status', 'aria-live': 'polite' });
  onStatus((text) => {
    line.textContent = text;
    line.classList.toggle(visibleClass, text !== '');
  });
  return line;
}
