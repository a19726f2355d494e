// The feed both LinkedIn pages show (classic and SDUI): the member, the posts and their comments, and which
// page a path is.

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
let nextId = 100;
export const newId = () => `7260000000000${String(nextId++).padStart(6, '0')}`;

export const POSTS: FeedPost[] = [
  { id: '7250000000000000001', name: 'Maria Jansen', headline: 'Head of Engineering at Northwind', time: '2h',
    text: 'We shipped our new onboarding flow today. Thanks to everyone who tested it with us!',
    comments: [
      { id: '7260000000000000001', name: 'Tom Peters', text: 'Congrats, the new flow looks great.', replies: [] },
      { id: '7260000000000000002', name: 'Sanne de Vries', text: 'Are you hiring for the team?', replies: [] },
    ] },
  { id: '7250000000000000002', name: 'Ravi Kumar', headline: 'Data scientist', time: '5h',
    text: 'Three things I learned from a year of on-call:\n1. Write the runbook first.\n2. Alerts need owners.\n3. Sleep matters.',
    comments: [{ id: '7260000000000000003', name: 'Lena Müller', text: 'Number 2, a hundred times.', replies: [] }] },
];

export const urnOf = (post: FeedPost) => `urn:li:activity:${post.id}`;

function findPost(urn: string): FeedPost {
  return POSTS.find((post) => urnOf(post) === urn)
    ?? { id: urn.split(':').pop() ?? '0', name: 'Alex Smit', headline: 'Consultant', time: '1d', text: 'An update from your network.', comments: [] };
}

export type FeedRoute = { page: 'feed' } | { page: 'post'; post: FeedPost } | { page: 'network' } | { page: 'missing' };

/** The page the current path shows: the feed, one post (`/feed/update/<urn>/`), My Network, or none. */
export function feedRoute(): FeedRoute {
  const path = location.pathname;
  const update = /^\/feed\/update\/(urn:li:activity:\d+)\/?$/.exec(decodeURIComponent(path));
  if (path === '/' || path === '/feed' || path === '/feed/') return { page: 'feed' };
  if (update?.[1]) return { page: 'post', post: findPost(update[1]) };
  if (path.startsWith('/mynetwork')) return { page: 'network' };
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
