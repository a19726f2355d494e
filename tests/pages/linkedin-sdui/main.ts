// LinkedIn's SDUI (React) pages with TipTap composers (docs/evidence/linkedin.md): the feed with the "Start a post"
// launcher and its share <dialog> (share.ts), posts with their menus, comment boxes, threads and reply boxes
// (feed.ts, comments.ts), a post's own page, the new messaging inside #interop-outlet's shadow root (messaging.ts)
// and a company page's admin composer (company.ts). Class names are random per load (styles.ts); tests rely on
// other attributes. ?variant=2026-10 keeps the comment markup these pages had until December 2026.
import { h, statusLine } from '../common/dom.ts';
import { ME, POSTS, feedRoute, markCurrentLink } from '../common/linkedin-feed.ts';
import { markReady } from '../common/record.ts';
import { onRouteChange, startAt } from '../common/router.ts';
import { mounted } from './comments.ts';
import { closeCompanyComposer, renderCompanyAdmin } from './company.ts';
import { renderPost } from './feed.ts';
import { closeMenu } from '../common/menu.ts';
import { closeMessaging, renderMessaging } from './messaging.ts';
import { openShareDialog } from './share.ts';
import { c, CSS } from './styles.ts';
import { avatar, icon, t } from './ui.ts';

// ---- Page skeleton ---------------------------------------------------------------------------------------

document.head.append(h('style', {}, CSS));

const navLinks = [
  { href: '/feed/', label: t.home, id: 'home-medium' as const },
  { href: '/mynetwork/', label: t.myNetwork, id: 'people-medium' as const },
  { href: '/messaging/', label: t.messaging, id: 'messages-medium' as const },
].map(({ href, label, id }) => h('a', { class: c.navLink, href }, icon(id), h('span', {}, label)));
const nav = h('header', { class: c.nav },
  h('div', { class: c.navInner }, h('div', { class: c.logo, 'aria-hidden': 'true' }, 'in'),
    h('nav', { 'aria-label': 'Primary Navigation' }, h('ul', { class: c.navList }, ...navLinks.map((link) => h('li', {}, link))))));
const main = h('main', { class: c.center, 'aria-label': 'Main Feed' });
const rail = h('aside', { class: c.rail },
  h('div', { class: `${c.card} ${c.profile}` }, avatar(ME.name, 72),
    h('div', { class: c.profileName }, ME.name), h('span', { class: c.muted }, ME.headline)));
document.body.replaceChildren(h('div', { class: c.app, id: 'root' }, nav, h('div', { class: c.layout }, rail, main)),
  statusLine(c.status, c.statusVisible));

// ---- Routes ----------------------------------------------------------------------------------------------

function renderFeed(): void {
  // Since the 2026-09 redesign the launcher is a plain div with an aria-label: no role, no tabindex.
  const launcher = h('div', { class: c.launcher, 'aria-label': t.startPost, onclick: () => openShareDialog() }, h('p', {}, t.startPost));
  main.append(h('div', { class: c.card },
    h('div', { class: c.shareRow }, avatar(ME.name, 48, { id: 'shareboxProfilePictureComponentRef' }), launcher)));
  const feed = h('div', { 'data-testid': 'mainFeed', class: c.feed });
  main.append(feed);
  for (const post of POSTS) renderPost(feed, post);
}

function renderRoute(): void {
  closeMenu();
  closeMessaging();
  closeCompanyComposer();
  mounted.splice(0).forEach((editor) => editor.destroy());
  main.replaceChildren();
  markCurrentLink(navLinks, c.navLinkActive);
  const route = feedRoute();
  if (route.page === 'feed') renderFeed();
  else if (route.page === 'post') renderPost(main, route.post, true);
  else if (route.page === 'network') {
    main.append(h('section', { class: `${c.card} ${c.page}` }, h('h1', {}, t.network),
      h('p', {}, `${t.connections} · 312`), h('p', {}, `${t.following} · 87`)));
  } else if (route.page === 'messaging') {
    main.append(h('section', { class: `${c.card} ${c.page}` }, h('h1', {}, t.messaging)));
    renderMessaging(route.conversation);
  } else if (route.page === 'company-admin') renderCompanyAdmin(main, route.company);
  else main.append(h('section', { class: `${c.card} ${c.page}` }, h('h1', {}, t.notFound), h('a', { href: '/feed/' }, t.home)));
}

onRouteChange(renderRoute);
startAt('/feed/');
renderRoute();
markReady();
