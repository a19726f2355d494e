// LinkedIn's classic (Ember/BEM) feed with Quill 1.3.7 composers: the share modal ("Start a post" and
// "Repost with your thoughts"), the comment box under each post and the nested reply boxes.
// With ?style=shadow the share modal renders in #interop-outlet's open shadow root, as LinkedIn did in 2026.
import { composer } from '../common/composer.ts';
import { h, statusLine } from '../common/dom.ts';
import { ME, POSTS, feedRoute, markCurrentLink, newId, urnOf } from '../common/linkedin-feed.ts';
import type { Comment, FeedPost } from '../common/linkedin-feed.ts';
import { markReady } from '../common/record.ts';
import { onRouteChange, startAt } from '../common/router.ts';
import { showStatus } from '../common/status.ts';
import { createQuillEditor } from './editor.ts';
import type { QuillEditor } from './editor.ts';
import { DOCUMENT_CSS, MODAL_CSS } from './styles.ts';
import { avatar, ember, icon, publish, shadowStyle, t } from './ui.ts';
import type { Surface } from './ui.ts';

// ---- Page skeleton ---------------------------------------------------------------------------------------

document.head.append(h('style', {}, DOCUMENT_CSS));

const navLinks = [
  { href: '/feed/', label: t.home, name: 'home' as const },
  { href: '/mynetwork/', label: t.myNetwork, name: 'network' as const },
].map(({ href, label, name }) => h('a', { class: 'global-nav__primary-link', href }, icon(name), h('span', { class: 't-12' }, label)));

const nav = h('header', { class: 'global-nav', id: 'global-nav' },
  h('div', { class: 'global-nav__content' },
    h('div', { class: 'global-nav__logo', 'aria-hidden': 'true' }, 'in'),
    h('nav', { class: 'global-nav__nav', 'aria-label': 'Primary Navigation' },
      h('ul', { class: 'global-nav__primary-items' }, ...navLinks.map((link) => h('li', { class: 'global-nav__primary-item' }, link))))));

const main = h('main', { class: 'scaffold-layout__main', id: 'main', 'aria-label': 'Main Feed' });
const leftRail = h('aside', { class: 'scaffold-layout__sidebar', 'aria-label': 'Side Bar' },
  h('div', { class: 'artdeco-card profile-card' }, avatar(ME.name, 72),
    h('div', { class: 'profile-card__name' }, ME.name), h('div', { class: 'profile-card__headline' }, ME.headline)));
const layout = h('div', { class: 'scaffold-layout__inner' }, leftRail, main);

// The share modal goes to #artdeco-modal-outlet, or with ?style=shadow into #interop-outlet's open shadow root.
const modalOutlet = h('div', { id: 'artdeco-modal-outlet' });
let modalRoot: ParentNode = modalOutlet;
const interopOutlet = shadowStyle ? h('div', { id: 'interop-outlet', 'data-testid': 'interop-shadowdom', style: 'height:0' }) : null;

document.body.replaceChildren(h('div', { class: 'application-outlet' }, nav, h('div', { class: 'authentication-outlet' }, layout)),
  modalOutlet, statusLine('artdeco-toasts_toasts', 'artdeco-toasts_toasts--visible'));
if (interopOutlet) {
  document.body.append(interopOutlet);
  const shadow = interopOutlet.attachShadow({ mode: 'open' });
  shadow.append(h('style', {}, MODAL_CSS));
  modalRoot = shadow;
}

// ---- Composers -------------------------------------------------------------------------------------------

interface CommentBoxOptions {
  surface: Extract<Surface, 'comment' | 'reply'>;
  button: string;
  placeholder: string;
  onPosted(text: string): void;
}

/** `.comments-comment-box--cr > form.comments-comment-box__form > .comments-comment-texteditor > .ql-container`. */
function commentBox(parent: HTMLElement, options: CommentBoxOptions): QuillEditor {
  const container = h('div', { class: 'editor-container' });
  const submit = h('button', { type: 'submit', id: ember(),
    class: 'comments-comment-box__submit-button--cr artdeco-button artdeco-button--1 artdeco-button--primary ember-view' },
  h('span', { class: 'artdeco-button__text' }, options.button));
  const form = h('form', { class: 'comments-comment-box__form', novalidate: true },
    h('div', { class: 'comments-comment-texteditor' }, container),
    h('div', { class: 'comments-comment-box__button-group' }, submit));
  parent.append(h('div', { class: 'comments-comment-box comments-comment-box--cr' },
    avatar(ME.name, 40, 'comments-comment-box__avatar-image'), form));

  const { editor, send } = composer(submit,
    (events) => createQuillEditor(container, { placeholder: options.placeholder, ariaLabel: 'Text editor for creating content', ...events }),
    (text, via, trusted) => {
      publish({ surface: options.surface, texts: [text], via, trusted });
      editor.clear();
      options.onPosted(text);
    });
  submit.addEventListener('click', (event) => {
    event.preventDefault();
    send('click', event.isTrusted);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  return editor;
}

let share: { overlay: HTMLElement; editor: QuillEditor } | null = null;

function closeShareModal(): void {
  share?.overlay.remove();
  share = null;
}

/** The "Create a post" modal; with `attached` it is "Repost with your thoughts" (surface `repost`). */
function openShareModal(attached?: FeedPost): void {
  closeShareModal();
  const surface: Surface = attached ? 'repost' : 'share';
  const container = h('div', { class: 'editor-container' });
  const post = h('button', { id: ember(),
    class: 'share-actions__primary-action artdeco-button artdeco-button--2 artdeco-button--primary ember-view' },
  h('span', { class: 'artdeco-button__text' }, t.post));
  const tool = (label: string, name: 'image' | 'emoji' | 'clock') => h('button', { type: 'button', 'aria-label': label,
    class: 'share-promoted-detour-button artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--tertiary' }, icon(name));
  const dialog = h('div', { role: 'dialog', tabindex: '-1', 'aria-labelledby': 'share-to-linkedin-modal__header',
    class: 'artdeco-modal artdeco-modal--layer-default share-box-v2__modal' },
  h('button', { 'aria-label': t.dismiss, id: ember(), onclick: closeShareModal,
    class: 'artdeco-modal__dismiss artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--2 artdeco-button--tertiary ember-view' },
  icon('close')),
  h('div', { class: 'artdeco-modal__header share-box-v2__header' },
    h('h2', { id: 'share-to-linkedin-modal__header', class: 'share-box-v2__modal-header' }, avatar(ME.name, 56),
      h('span', {}, t.createPost, h('small', {}, `${ME.name} · ${t.anyone}`)))),
  h('div', { class: 'artdeco-modal__content share-box-v2__modal-content' },
    h('div', { class: 'share-creation-state' },
      h('div', { class: 'share-creation-state__text-editor' }, container),
      attached && h('div', { class: 'share-creation-state__additional-content feed-shared-mini-update-v2', 'data-urn': urnOf(attached) },
        h('b', {}, attached.name), h('span', { class: 'update-components-actor__description' }, attached.headline),
        h('div', {}, attached.text)))),
  h('div', { class: 'share-box_actions share-creation-state__footer' },
    h('div', { class: 'share-box-footer__tools' }, tool(t.media, 'image'), tool(t.emoji, 'emoji'), tool(t.schedule, 'clock')),
    h('div', { class: 'share-creation-state__schedule-and-post-container' }, post)));
  const overlay = h('div', { 'data-test-modal-container': true, 'data-test-modal-id': 'sharebox',
    class: 'artdeco-modal-overlay artdeco-modal-overlay--layer-default artdeco-modal-overlay--is-top-layer ember-view' }, dialog);
  modalRoot.append(overlay);

  // Quill mounts on `.share-creation-state__text-editor > div`, which becomes `.ql-container`.
  const { editor, send } = composer(post,
    (events) => createQuillEditor(container, { placeholder: t.talkAbout, ariaLabel: 'Text editor for creating content', ...events }),
    (text, via, trusted) => {
      publish({ surface, texts: [text], via, trusted });
      closeShareModal();
    });
  share = { overlay, editor };
  post.addEventListener('click', (event) => send('click', event.isTrusted));
  overlay.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeShareModal();
  });
  editor.focus();
}

// ---- Feed ------------------------------------------------------------------------------------------------

let openMenu: HTMLElement | null = null;
function closeMenu(): void {
  openMenu?.remove();
  openMenu = null;
}
document.addEventListener('click', (event) => {
  if (openMenu && !(event.target instanceof Node && openMenu.parentElement?.contains(event.target))) closeMenu();
});

function commentEntity(parent: HTMLElement, post: FeedPost, comment: Comment, openReply: () => void): HTMLElement {
  const body = h('div', { class: 'comments-comment-entity__body' },
    h('div', { class: 'comments-comment-item__main-content' },
      h('span', { class: 'comments-comment-meta__description-title' }, comment.name),
      h('span', { class: 'comments-comment-item__main-content-text', dir: 'ltr' }, comment.text)),
    h('div', { class: 'comments-comment-social-bar--cr' },
      h('button', { class: 'comments-comment-social-bar__action artdeco-button artdeco-button--tertiary', type: 'button' }, t.like),
      h('button', { type: 'button', 'aria-label': t.replyTo(comment.name), onclick: openReply,
        class: 'comments-comment-social-bar__reply-action-button--cr comments-comment-social-bar__action artdeco-button artdeco-button--tertiary' },
      h('span', { class: 'artdeco-button__text' }, t.reply))));
  const article = h('article', { class: 'comments-comment-entity', 'data-id': `urn:li:comment:(activity:${post.id},${comment.id})` },
    avatar(comment.name, 32), body);
  parent.append(article);
  return body;
}

function renderComment(list: HTMLElement, post: FeedPost, comment: Comment): void {
  let replyEditor: QuillEditor | null = null;
  let replies: HTMLElement;
  const openReply = () => {
    if (!replyEditor) {
      const box = h('div', { class: 'comments-reply-box' });
      body.append(box);
      replyEditor = commentBox(box, {
        surface: 'reply', button: t.reply, placeholder: t.addReply,
        onPosted: (text) => {
          const reply: Comment = { id: newId(), name: ME.name, text, replies: [] };
          comment.replies.push(reply);
          commentEntity(replies, post, reply, openReply);
        },
      });
    }
    replyEditor.focus();
  };
  const body = commentEntity(list, post, comment, openReply);
  replies = h('div', { class: 'comments-replies-list' });
  body.append(replies);
  for (const reply of comment.replies) commentEntity(replies, post, reply, openReply);
}

function renderPost(parent: HTMLElement, post: FeedPost): void {
  const urn = urnOf(post);
  const counts = h('div', { class: 'social-details-social-counts' }, t.comments(post.comments.length));
  const repost = h('button', { type: 'button', 'aria-label': t.repost, 'aria-haspopup': 'true',
    class: 'social-reshare-button artdeco-button artdeco-button--muted artdeco-button--tertiary' }, icon('repost'), h('span', {}, t.repost));
  const commentToggle = h('button', { type: 'button', 'aria-label': t.comment,
    class: 'comment-button artdeco-button artdeco-button--muted artdeco-button--tertiary' }, icon('comment'), h('span', {}, t.comment));
  const bar = h('div', { class: 'feed-shared-social-action-bar' },
    h('button', { type: 'button', 'aria-label': t.like, 'aria-pressed': 'false',
      class: 'react-button__trigger artdeco-button artdeco-button--muted artdeco-button--tertiary' }, icon('like'), h('span', {}, t.like)),
    commentToggle, repost,
    h('button', { type: 'button', 'aria-label': t.send, class: 'send-privately-button artdeco-button artdeco-button--muted artdeco-button--tertiary' },
      icon('send'), h('span', {}, t.send)));
  const comments = h('div', { class: 'feed-shared-update-v2__comments-container' });
  parent.append(h('div', { class: 'feed-shared-update-v2 artdeco-card', 'data-urn': urn, role: 'article' },
    h('div', { class: 'update-components-actor' }, avatar(post.name, 48),
      h('div', {}, h('span', { class: 'update-components-actor__title' }, post.name),
        h('span', { class: 'update-components-actor__description' }, post.headline),
        h('a', { class: 'update-components-actor__sub-description', href: `/feed/update/${urn}/` }, `${post.time} • `, icon('globe', 12)))),
    h('div', { class: 'feed-shared-update-v2__description' }, h('span', { class: 'break-words', dir: 'ltr' }, post.text)),
    counts, bar, comments));

  const list = h('div', { class: 'comments-comments-list' });
  const editor = commentBox(comments, {
    surface: 'comment', button: t.comment, placeholder: t.addComment,
    onPosted: (text) => {
      const comment: Comment = { id: newId(), name: ME.name, text, replies: [] };
      post.comments.push(comment);
      renderComment(list, post, comment);
      counts.textContent = t.comments(post.comments.length);
    },
  });
  comments.append(list);
  for (const comment of post.comments) renderComment(list, post, comment);

  commentToggle.addEventListener('click', () => editor.focus());
  repost.addEventListener('click', () => {
    if (openMenu?.parentElement === bar) return closeMenu();
    closeMenu();
    const item = (label: string, action: () => void) => h('button', { type: 'button', role: 'menuitem', onclick: () => { closeMenu(); action(); } }, label);
    openMenu = h('div', { class: 'social-reshare-button__menu artdeco-dropdown__content', role: 'menu' },
      item(t.repostThoughts, () => openShareModal(post)),
      item(t.repostInstantly, () => showStatus(t.reposted)));
    bar.append(openMenu);
  });
}

function renderFeed(): void {
  const trigger = h('button', { id: ember(), class: 'share-box-feed-entry__trigger artdeco-button artdeco-button--muted artdeco-button--tertiary artdeco-button--3 ember-view',
    onclick: () => openShareModal() }, h('span', { class: 'artdeco-button__text' }, t.startPost));
  main.append(h('div', { class: 'share-box-feed-entry__closed-share-box artdeco-card' },
    h('div', { class: 'share-box-feed-entry__top-bar' }, avatar(ME.name, 48), trigger)));
  const feed = h('div', { class: 'scaffold-finite-scroll__content', 'data-finite-scroll-hotkey-context': 'FEED' });
  main.append(feed);
  for (const post of POSTS) renderPost(feed, post);
}

function renderNetwork(): void {
  main.append(h('section', { class: 'artdeco-card mn-network-page' }, h('h1', {}, t.network),
    h('ul', {}, h('li', {}, `${t.connections} · 312`), h('li', {}, `${t.following} · 87`))));
}

function renderRoute(): void {
  closeMenu();
  main.replaceChildren();
  markCurrentLink(navLinks, 'global-nav__primary-link--active');
  const route = feedRoute();
  if (route.page === 'feed') renderFeed();
  else if (route.page === 'post') renderPost(main, route.post);
  else if (route.page === 'network') renderNetwork();
  else main.append(h('section', { class: 'artdeco-card mn-network-page' }, h('h1', {}, t.notFound), h('a', { href: '/feed/' }, t.home)));
}

onRouteChange(renderRoute);
startAt('/feed/');
renderRoute();
markReady();
