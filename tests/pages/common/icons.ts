// The drawings both LinkedIn pages use: stroked line icons and round avatars with initials (inline SVG, no
// image request).
import { svg } from './dom.ts';

export const ICON_PATHS = {
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

/** The attributes of a line icon `size` pixels wide, drawn in the current colour. */
export function lineIcon(size: number): Record<string, string> {
  return {
    viewBox: '0 0 24 24', width: String(size), height: String(size), fill: 'none', stroke: 'currentColor', 'stroke-width': '1.8',
    'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true',
  };
}

/** A round avatar with the initials of `name`, in a colour of its own. */
export function initials(name: string, size: number): SVGSVGElement {
  const hue = [...name].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 360;
  return svg('svg', { viewBox: '0 0 40 40', width: String(size), height: String(size), 'aria-hidden': 'true' },
    svg('circle', { cx: '20', cy: '20', r: '20', fill: `hsl(${hue} 45% 50%)` }),
    svg('text', { x: '20', y: '26', 'text-anchor': 'middle', 'font-size': '16', fill: '#fff', 'font-family': 'sans-serif' },
      document.createTextNode(name.split(' ').map((part) => part[0] ?? '').join('').slice(0, 2))));
}
