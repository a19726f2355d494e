// The feed both LinkedIn pages show (classic and SDUI): the member, the posts and their comments, the company
// page the member manages, the conversations, and which page a path is.

export interface Comment {
  id: string;
  name: string;
  text: string;
  replies: Comment[];
}
export interface FeedPost {
  id: string;
  name: string;
  headline: string;
  time: string;
  text: string;
  comments: Comment[];
}

export const ME = { name: 'Pat Pause', headline: 'Communications at PostPause Demo' };
/** The company page the member manages (posts there go out as the company). */
export const COMPANY = { id: '90000001', name: 'Northwind Demo', tagline: 'Bridges, tunnels and quiet roads', followers: '4,812 followers' };
let nextId = 100;
export const newId = () => `7260000000000${String(nextId++).padStart(6, '0')}`;

/** A per-render, UUID-like part, as LinkedIn puts into its component keys (docs/evidence/linkedin.md#markup-styles). */
export const renderKey = () => crypto.randomUUID();

export const POSTS: FeedPost[] = [
  { id: '7250000000000000001', name: 'Maria Jansen', headline: 'Head of Engineering at Northwind', time: '2h',
    text: 'We shipped our new onboarding flow today. Thanks to everyone who tested it with us!',
    comments: [
      { id: '7260000000000000001', name: 'Tom Peters', text: 'Congrats, the new flow looks great.', replies: [] },
      { id: '7260000000000000002', name: 'Sanne de Vries', text: 'Are you hiring for the team?', replies: [] },
    ] },
  { id: '7250000000000000002', name: 'Ravi Kumar', headline: 'Data scientist', time: '5h',
    text: 'Three things I learned from a year of on-call:\n1. Write the runbook first.\n2. Alerts need owners.\n3. Sleep matters.\n4. Thank the people who wake up with you.',
    comments: [
      { id: '7260000000000000003', name: 'Lena Müller', text: 'Number 2, a hundred times.', replies: [] },
      { id: '7260000000000000004', name: ME.name, text: 'Saving this for our next retro.', replies: [] },
    ] },
  { id: '7250000000000000003', name: ME.name, headline: ME.headline, time: '1d',
    text: 'Our team visited the new tunnel site this week. Impressive work by everyone involved.',
    comments: [] },
];

/** A post's text is clamped behind "…more" from this many lines on (the text stays in the page, CSS hides it). */
export const CLAMP_LINES = 4;
export const isClamped = (post: FeedPost) => post.text.split('\n').length > CLAMP_LINES;

export interface Conversation {
  id: string;
  name: string;
  messages: { from: string; text: string }[];
}
export const CONVERSATIONS: Conversation[] = [
  { id: '2-MTIzNDU2Nzg5MA==', name: 'Tom Peters', messages: [{ from: 'Tom Peters', text: 'Are you at the site visit tomorrow?' }] },
];

export const urnOf = (post: FeedPost) => `urn:li:activity:${post.id}`;
export const commentUrnOf = (post: FeedPost, comment: Comment) => `urn:li:comment:(activity:${post.id},${comment.id})`;

function findPost(urn: string): FeedPost {
  return POSTS.find((post) => urnOf(post) === urn)
    ?? { id: urn.split(':').pop() ?? '0', name: 'Alex Smit', headline: 'Consultant', time: '1d', text: 'An update from your network.', comments: [] };
}

export type FeedRoute =
  | { page: 'feed' }
  | { page: 'post'; post: FeedPost }
  | { page: 'network' }
  | { page: 'messaging'; conversation: Conversation }
  | { page: 'company-admin'; company: typeof COMPANY }
  | { page: 'article' }
  | { page: 'missing' };

/**
 * The page the current path shows: the feed, one post (`/feed/update/<urn>/`), My Network, messaging
 * (`/messaging/…`), a company page's admin view (`/company/<id>/admin/…`), the article editor (`/article/new/`), or none.
 */
export function feedRoute(): FeedRoute {
  const path = location.pathname;
  const update = /^\/feed\/update\/(urn:li:activity:\d+)\/?$/.exec(decodeURIComponent(path));
  if (path === '/' || path === '/feed' || path === '/feed/') return { page: 'feed' };
  if (update?.[1]) return { page: 'post', post: findPost(update[1]) };
  if (path.startsWith('/mynetwork')) return { page: 'network' };
  if (path.startsWith('/messaging')) {
    const thread = /^\/messaging\/thread\/([^/]+)/.exec(path)?.[1];
    return { page: 'messaging', conversation: CONVERSATIONS.find((c) => c.id === thread) ?? CONVERSATIONS[0]! };
  }
  if (/^\/company\/[^/]+\/admin(\/|$)/.test(path)) return { page: 'company-admin', company: COMPANY };
  if (/^\/article\/new\/?$/.test(path) || /^\/pulse\/[^/]+\/edit\/?$/.test(path)) return { page: 'article' };
  return { page: 'missing' };
}

/** Marks the navigation link of the current section with `activeClass` and `aria-current="page"`. */
export function markCurrentLink(links: HTMLAnchorElement[], activeClass: string): void {
  for (const link of links) {
    const active = location.pathname.startsWith(link.getAttribute('href') ?? '');
    link.classList.toggle(activeClass, active);
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
