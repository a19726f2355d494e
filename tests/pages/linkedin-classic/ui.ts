// Language, DOM helpers, routing, the status line and the publish record of the LinkedIn classic page.

export type Surface = 'share' | 'repost' | 'comment' | 'reply';
export type Via = 'click' | 'shortcut';
export interface Published {
  surface: Surface;
  texts: string[];
  via: Via;
  trusted: boolean;
}

const pageWindow = window as unknown as { __pp_published: Published[]; __pp_ready: boolean };
pageWindow.__pp_published = [];
pageWindow.__pp_ready = false;

const params = new URLSearchParams(location.search);
export const lang: 'en' | 'nl' = params.get('lang') === 'nl' ? 'nl' : 'en';
export const shadowStyle = params.get('style') === 'shadow';
document.documentElement.lang = lang;

// Navigation keeps `style` and `lang`, so the page stays in the same variant and language.
const kept = new URLSearchParams();
for (const key of ['style', 'lang']) {
  const value = params.get(key);
  if (value !== null) kept.set(key, value);
}
const keptSearch = kept.size ? `?${kept.toString()}` : '';

const strings = {
  en: {
    home: 'Home', myNetwork: 'My Network', startPost: 'Start a post', createPost: 'Create a post', dismiss: 'Dismiss',
    post: 'Post', comment: 'Comment', reply: 'Reply', like: 'Like', repost: 'Repost', send: 'Send',
    repostThoughts: 'Repost with your thoughts', repostInstantly: 'Repost',
    talkAbout: 'What do you want to talk about?', addComment: 'Add a comment…', addReply: 'Add a reply…',
    replyTo: (name: string) => `Reply to ${name}’s comment`, media: 'Add media', emoji: 'Open Emoji Keyboard',
    schedule: 'Schedule post', posted: 'Post successful', commented: 'Comment posted', reposted: 'Reposted',
    anyone: 'Post to Anyone', network: 'Manage my network', connections: 'Connections', following: 'Following & followers',
    notFound: 'This page doesn’t exist', comments: (n: number) => `${n} comments`,
  },
  nl: {
    home: 'Startpagina', myNetwork: 'Mijn netwerk', startPost: 'Een bijdrage starten', createPost: 'Een bijdrage maken',
    dismiss: 'Sluiten', post: 'Plaatsen', comment: 'Reageren', reply: 'Beantwoorden', like: 'Interessant',
    repost: 'Reposten', send: 'Verzenden', repostThoughts: 'Reposten met je eigen gedachten', repostInstantly: 'Reposten',
    talkAbout: 'Waarover wil je het hebben?', addComment: 'Een reactie toevoegen…', addReply: 'Een antwoord toevoegen…',
    replyTo: (name: string) => `Beantwoorden op de reactie van ${name}`, media: 'Media toevoegen',
    emoji: 'Emoji-toetsenbord openen', schedule: 'Bijdrage plannen', posted: 'Bijdrage geplaatst',
    commented: 'Reactie geplaatst', reposted: 'Gerepost', anyone: 'Plaatsen voor iedereen', network: 'Mijn netwerk beheren',
    connections: 'Connecties', following: 'Volgend en volgers', notFound: 'Deze pagina bestaat niet',
    comments: (n: number) => `${n} reacties`,
  },
};
export const t = strings[lang];

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | undefined | ((event: Event) => void)>;

/** Builds an element with DOM APIs (LinkedIn enforces Trusted Types, so no innerHTML strings). */
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

const SVG = 'http://www.w3.org/2000/svg';
const iconPaths = {
  close: 'M6 6l12 12M18 6L6 18',
  like: 'M7 11v9H4v-9zM7 11l4-7c1.5 0 2.5 1 2 3l-1 3h6a2 2 0 0 1 2 2l-2 6a2 2 0 0 1-2 2H7',
  comment: 'M4 5h16v11H9l-5 4z',
  repost: 'M7 17V7h10l-3-3M17 7l-3 3M17 7v10H7l3 3M7 17l3-3',
  send: 'M21 3L3 11l7 3 3 7zM10 14l11-11',
  image: 'M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15 9h.01',
  emoji: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM8 14s1.5 2 4 2 4-2 4-2M9 9h.01M15 9h.01',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
  home: 'M3 11l9-7 9 7v9h-6v-6H9v6H3z',
  network: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20c0-3 3-5 6-5s6 2 6 5M17 11a2.5 2.5 0 1 0 0-5M17 14c2.5 0 4 2 4 5',
  caret: 'M7 10l5 5 5-5',
  globe: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
};

/** An inline SVG icon drawn with strokes in the current colour. */
export function icon(name: keyof typeof iconPaths, size = 24): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ viewBox: '0 0 24 24', width: String(size), height: String(size), fill: 'none',
    stroke: 'currentColor', 'stroke-width': '1.8', 'stroke-linecap': 'round', 'stroke-linejoin': 'round',
    'aria-hidden': 'true', focusable: 'false', class: 'artdeco-button__icon' })) svg.setAttribute(k, v);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', iconPaths[name]);
  svg.append(path);
  return svg;
}

/** A round avatar with initials (inline SVG, no image request). */
export function avatar(name: string, size: number, className = 'EntityPhoto-circle-1'): HTMLElement {
  const hue = [...name].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 360;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 40 40');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  const circle = document.createElementNS(SVG, 'circle');
  for (const [k, v] of Object.entries({ cx: '20', cy: '20', r: '20', fill: `hsl(${hue} 45% 50%)` })) circle.setAttribute(k, v);
  const text = document.createElementNS(SVG, 'text');
  for (const [k, v] of Object.entries({ x: '20', y: '26', 'text-anchor': 'middle', 'font-size': '16', fill: '#fff', 'font-family': 'sans-serif' })) text.setAttribute(k, v);
  text.textContent = name.split(' ').map((part) => part[0] ?? '').join('').slice(0, 2);
  svg.append(circle, text);
  return h('div', { class: `ivm-view-attr__img-wrapper ${className}`, style: `width:${size}px;height:${size}px` }, svg);
}

let emberId = 100;
/** Ember's generated element ids. */
export function ember(): string {
  emberId += 1;
  return `ember${emberId}`;
}

/** Sets `disabled` and `aria-disabled` together, as artdeco buttons do. */
export function setDisabled(button: HTMLButtonElement, disabled: boolean): void {
  button.disabled = disabled;
  if (disabled) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}

// Routing: navigate() pushes a state and re-renders; popstate re-renders too.
const routeListeners = new Set<() => void>();
export function onRouteChange(listener: () => void): void {
  routeListeners.add(listener);
}
export function navigate(path: string): void {
  history.pushState(null, '', path + keptSearch);
  routeListeners.forEach((listener) => listener());
}
window.addEventListener('popstate', () => routeListeners.forEach((listener) => listener()));

// Same-origin links navigate without a page load.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const url = new URL(link.getAttribute('href') ?? '', location.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  navigate(url.pathname);
});

// The short status line ("toast") after a publish.
export const statusLine = h('div', { class: 'artdeco-toasts_toasts', role: 'status', 'aria-live': 'polite' });
let statusTimer = 0;
export function showStatus(text: string): void {
  statusLine.textContent = text;
  statusLine.classList.toggle('artdeco-toasts_toasts--visible', text !== '');
  clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => showStatus(''), 4000);
}

export function publish(record: Published): void {
  pageWindow.__pp_published.push(record);
  showStatus(record.surface === 'share' || record.surface === 'repost' ? t.posted : t.commented);
}

export function markReady(): void {
  pageWindow.__pp_ready = true;
}
