// Language, strings, fake posts, routing and the publish record of the X demo page.

export type Surface = 'home' | 'modal' | 'reply-modal' | 'quote' | 'inline-reply';
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

// Read once at startup; navigation keeps the query string, so a reload stays in the same language.
const search = location.search;
export const lang: 'en' | 'nl' = new URLSearchParams(search).get('lang') === 'nl' ? 'nl' : 'en';
document.documentElement.lang = lang;

const strings = {
  en: {
    post: 'Post', postAll: 'Post all', reply: 'Reply', repost: 'Repost', quote: 'Quote', like: 'Like',
    whatsHappening: "What's happening?", postYourReply: 'Post your reply', addAnother: 'Add another post',
    postText: 'Post text', addPost: 'Add post', close: 'Close', home: 'Home', replyingTo: 'Replying to',
    sent: 'Your post was sent.', compose: 'Compose new post', back: 'Back', postHeader: 'Post', media: 'Add photos or video',
  },
  nl: {
    post: 'Plaatsen', postAll: 'Alles plaatsen', reply: 'Beantwoorden', repost: 'Reposten', quote: 'Citeren', like: 'Vind ik leuk',
    whatsHappening: 'Wat houdt je bezig?', postYourReply: 'Je antwoord plaatsen', addAnother: 'Nog een post toevoegen',
    postText: 'Tekst plaatsen', addPost: 'Post toevoegen', close: 'Sluiten', home: 'Startpagina', replyingTo: 'Antwoord aan',
    sent: 'Je post is verzonden.', compose: 'Nieuwe post opstellen', back: 'Terug', postHeader: 'Post', media: "Foto's of video toevoegen",
  },
};
export const t = strings[lang];

export interface Post {
  id: string;
  user: string;
  name: string;
  text: string;
  time: string;
}

export const POSTS: Post[] = [
  { id: '1850000000000000001', user: 'ada_builds', name: 'Ada Builds', time: '2h',
    text: 'Shipped the new onboarding flow today. Small steps, every day.' },
  { id: '1850000000000000002', user: 'grace_ops', name: 'Grace Ops', time: '5h',
    text: 'Reminder: the quickest incident is the one you never cause. Read your diff twice.' },
  { id: '1850000000000000003', user: 'tim_bikes', name: 'Tim on Bikes', time: '1d',
    text: 'Commuted 20 km in the rain and still beat the bus. Coffee first, emails later.' },
];

export function findPost(id: string, user = 'someuser'): Post {
  return POSTS.find((p) => p.id === id) ?? { id, user, name: user, time: '3h', text: 'A post from the conversation.' };
}

// Routing: the app re-renders on pushState through navigate() and on popstate.
export interface RouteState {
  inReplyToStatusId?: string;
  quotedStatus?: Post;
}
const routeListeners = new Set<() => void>();
export function onRouteChange(listener: () => void): () => void {
  routeListeners.add(listener);
  return () => routeListeners.delete(listener);
}
export function navigate(path: string, state: RouteState | null = null): void {
  history.pushState(state, '', path + search);
  routeListeners.forEach((listener) => listener());
}
window.addEventListener('popstate', () => routeListeners.forEach((listener) => listener()));

// Links inside the app navigate without a page load, unless someone already handled the click.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const url = new URL(link.getAttribute('href') ?? '', location.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  navigate(url.pathname);
});

// The short status line after a publish.
let statusText = '';
let statusTimer = 0;
const statusListeners = new Set<(text: string) => void>();
export function onStatus(listener: (text: string) => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}
function showStatus(text: string): void {
  statusText = text;
  statusListeners.forEach((listener) => listener(statusText));
  clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => {
    statusText = '';
    statusListeners.forEach((listener) => listener(statusText));
  }, 4000);
}

export function publish(record: Published): void {
  pageWindow.__pp_published.push(record);
  showStatus(t.sent);
}

export function markReady(): void {
  pageWindow.__pp_ready = true;
}
