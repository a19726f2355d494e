/** @jsxImportSource react */
// Inline SVG icons (no network requests), drawn with strokes in the current text colour.

const paths = {
  logo: 'M4 4l16 16M20 4L4 20',
  home: 'M3 11l9-7 9 7v9h-6v-6H9v6H3z',
  feather: 'M5 19l9-9M14 4c4 0 6 2 6 6l-8 8H6v-6z',
  reply: 'M4 5h16v11H9l-5 4z',
  repost: 'M7 17V7h10l-3-3M17 7l-3 3M17 7v10H7l3 3M7 17l3-3',
  like: 'M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z',
  media: 'M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15 9h.01',
  plus: 'M12 5v14M5 12h14',
  close: 'M6 6l12 12M18 6L6 18',
  back: 'M19 12H5M11 6l-6 6 6 6',
  poll: 'M5 5h14M5 12h9M5 19h5',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  alt: 'M4 7h16v10H4zM8 14l2-5 2 5M9 12h2M15 9v5',
  check: 'M5 12l5 5 9-10',
  send: 'M4 12l16-8-6 16-3-7z',
  grok: 'M5 19L19 5M8 5h11v11',
  article: 'M5 4h14v16H5zM8 8h8M8 12h8M8 16h5',
  chat: 'M4 5h16v11H8l-4 4z',
};

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="icon" fill="none" stroke="currentColor"
      strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
      <path d={paths[name]} />
    </svg>
  );
}

export function Avatar({ user }: { user: string }) {
  const hue = [...user].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 360;
  return (
    <div className="avatar" data-testid="Tweet-User-Avatar" style={{ background: `hsl(${hue} 55% 55%)` }}>
      {user.slice(0, 1).toUpperCase()}
    </div>
  );
}
