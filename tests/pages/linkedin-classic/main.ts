// LinkedIn's classic (Ember/BEM) pages with Quill 1.3.7 composers (docs/evidence/linkedin.md): the feed with the
// share modal (share.ts: "Start a post", "Repost with your thoughts", "Edit post", an image and its alternative
// text), the comment box under each post and the nested reply boxes, a post's own page, messaging (`.msg-form`,
// messaging.ts) and the article editor (article.ts). With ?style=shadow the share modal renders in
// #interop-outlet's open shadow root, as LinkedIn did in 2026. ?variant=2026-10 keeps the comment markup these
// pages had until December 2026 (a submit that exists, disabled, while the box is empty).
import { composer } from '../common/composer.ts';
import { h, statusLine } from '../common/dom.ts';
import { ME, POSTS, commentUrnOf, feedRoute, isClamped, markCurrentLink, newId, urnOf } from '../common/linkedin-feed.ts';
import type { Comment, FeedPost } from '../common/linkedin-feed.ts';
import { withAppearingSubmit } from '../common/linkedin-submit.ts';
import { OCT_2026 } from '../common/linkedin-variant.ts';
import { markReady } from '../common/record.ts';
import { onRouteChange, startAt } from '../common/router.ts';
import { renderArticleEditor } from './article.ts';
import { createQuillEditor } from './editor.ts';
import type { QuillEditor } from './editor.ts';
import { closeMenu } from '../common/menu.ts';
import { toggleMenu } from './menu.ts';
import { closeMessaging, renderMessaging } from './messaging.ts';
import { closeShareModal, openShareModal, outlet } from './share.ts';
import { DOCUMENT_CSS, MODAL_CSS } from './styles.ts';
import { avatar, ember, icon, publish, shadowStyle, t } from './ui.ts';

// ---- Page skeleton ---------------------------------------------------------------------------------------

document.head.append(h('style', {}, DOCUMENT_CSS));

const navLinks = [
  { href: '/feed/', label: t.home, name: 'home' as const },
  { href: '/mynetwork/', label: t.myNetwork, name: 'network' as const },
  { href: '/messaging/', label: t.messaging, name: 'comment' as const },
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
outlet.root = modalOutlet;
const interopOutlet = shadowStyle ? h('div', { id: 'interop-outlet', 'data-testid': 'interop-shadowdom', style: 'height:0' }) : null;

document.body.replaceChildren(h('div', { class: 'application-outlet' }, nav, h('div', { class: 'authentication-outlet' }, layout)),
  modalOutlet, statusLine('artdeco-toasts_toasts', 'artdeco-toasts_toasts--visible'));
if (interopOutlet) {
  document.body.append(interopOutlet);
  const shadow = interopOutlet.attachShadow({ mode: 'open' });
  shadow.append(h('style', {}, MODAL_CSS));
  outlet.root = shadow;
}

// ---- Comment boxes ---------------------------------------------------------------------------------------

interface CommentBoxOptions {
  surface: 'comment' | 'reply';
  button: string;
  placeholder: string;
  onPosted(text: string): void;
}

const submitButton = (label: string) => h('button', { type: 'submit', id: ember(),
  class: 'comments-comment-box__submit-button--cr artdeco-button artdeco-button--1 artdeco-button--primary ember-view' },
h('span', { class: 'artdeco-button__text' }, label));

/**
 * `.comments-comment-box--cr > form.comments-comment-box__form > .comments-comment-texteditor > .ql-container`, and
 * the button group whose submit appears once there is text (docs/evidence/linkedin.md#classic-comments).
 */
function commentBox(parent: HTMLElement, options: CommentBoxOptions): QuillEditor {
  const container = h('div', { class: 'editor-container' });
  const group = h('div', { class: 'comments-comment-box__button-group' });
  const form = h('form', { class: 'comments-comment-box__form', novalidate: true },
    h('div', { class: 'comments-comment-texteditor' }, container), group);
  parent.append(h('div', { class: 'comments-comment-box comments-comment-box--cr' },
    avatar(ME.name, 40, 'comments-comment-box__avatar-image'), form));
  form.addEventListener('submit', (event) => event.preventDefault());
  let editor!: QuillEditor;
  const posted = (text: string, trusted: boolean) => {
    publish({ surface: options.surface, texts: [text], via: 'click', trusted });
    editor.clear();
    options.onPosted(text);
  };
  const mount = (onChange: (empty: boolean) => void) =>
    createQuillEditor(container, { placeholder: options.placeholder, ariaLabel: 'Text editor for creating content', onChange });
  if (OCT_2026) {
    // Until December 2026 these pages kept the submit in place, disabled while the box was empty.
    const submit = submitButton(options.button);
    group.append(submit);
    const made = composer(submit, (events) => mount(events.onChange), (text, _via, trusted) => posted(text, trusted));
    submit.addEventListener('click', (event) => {
      event.preventDefault();
      made.send('click', event.isTrusted);
    });
    editor = made.editor;
  } else {
    editor = withAppearingSubmit(group, () => submitButton(options.button), mount, posted).editor;
  }
  return editor;
}

/** "Edit comment": the comment's content becomes a comment box with its text, "Cancel" and "Save changes" (a guess). */
function editComment(content: HTMLElement, comment: Comment, onSaved: () => void): void {
  const container = h('div', { class: 'editor-container' });
  const save = submitButton(t.saveChanges);
  const cancel = h('button', { type: 'button', class: 'comments-comment-box__cancel-button artdeco-button artdeco-button--1 artdeco-button--secondary' },
    h('span', { class: 'artdeco-button__text' }, t.cancel));
  const form = h('form', { class: 'comments-comment-box__form', novalidate: true },
    h('div', { class: 'comments-comment-texteditor' }, container), h('div', { class: 'comments-comment-box__button-group' }, cancel, save));
  const box = h('div', { class: 'comments-comment-box comments-comment-box--cr comments-comment-item__edit-box' }, form);
  content.replaceWith(box);
  const restore = () => box.replaceWith(content);
  const { editor, send } = composer(save, (events) => createQuillEditor(container, {
    placeholder: t.addComment, ariaLabel: 'Text editor for creating content', onChange: events.onChange, content: comment.text,
  }), (text, via, trusted) => {
    publish({ surface: 'edit-comment', texts: [text], via, trusted });
    comment.text = text;
    restore();
    onSaved();
  });
  save.disabled = editor.isEmpty();
  if (!save.disabled) save.removeAttribute('aria-disabled');
  form.addEventListener('submit', (event) => event.preventDefault());
  save.addEventListener('click', (event) => {
    event.preventDefault();
    send('click', event.isTrusted);
  });
  cancel.addEventListener('click', restore);
  editor.focus();
}

// ---- Feed ------------------------------------------------------------------------------------------------

function commentEntity(parent: HTMLElement, post: FeedPost, comment: Comment, openReply: () => void): HTMLElement {
  const text = h('span', { class: 'comments-comment-item__main-content-text', dir: 'ltr' }, comment.text);
  const content = h('div', { class: 'comments-comment-item__main-content' },
    h('span', { class: 'comments-comment-meta__description-title' }, comment.name), text);
  const body = h('div', { class: 'comments-comment-entity__body' }, content,
    h('div', { class: 'comments-comment-social-bar--cr' },
      h('button', { class: 'comments-comment-social-bar__action artdeco-button artdeco-button--tertiary', type: 'button' }, t.like),
      h('button', { type: 'button', 'aria-label': t.replyTo(comment.name), onclick: openReply,
        class: 'comments-comment-social-bar__reply-action-button--cr comments-comment-social-bar__action artdeco-button artdeco-button--tertiary' },
      h('span', { class: 'artdeco-button__text' }, t.reply))));
  const article = h('article', { class: 'comments-comment-entity', 'data-id': commentUrnOf(post, comment) }, avatar(comment.name, 32), body);
  if (comment.name === ME.name && !OCT_2026) {
    const options = h('button', { type: 'button', 'aria-label': t.commentMenu(comment.name), 'aria-expanded': 'false',
      class: 'comment-options-trigger artdeco-dropdown__trigger artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--tertiary' },
    icon('caret', 16));
    options.addEventListener('click', () => toggleMenu(article, options, [
      { label: t.editComment, run: () => editComment(content, comment, () => { text.textContent = comment.text; }) },
      { label: t.deleteComment, run: () => {} },
    ], 'comment-options-dropdown__content'));
    article.append(options);
  }
  parent.append(article);
  return body;
}

function renderComment(list: HTMLElement, post: FeedPost, comment: Comment): void {
  let replyEditor: QuillEditor | null = null;
  const replies = h('div', { class: 'comments-replies-list' });
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
  body.append(replies);
  for (const reply of comment.replies) commentEntity(replies, post, reply, openReply);
}

/** `.feed-shared-update-v2__description > .update-components-text`, and "…more" beside it when the text is clamped. */
function description(post: FeedPost): HTMLElement {
  const text = h('div', { class: 'update-components-text relative update-components-update-v2__commentary', dir: 'ltr' },
    h('span', { class: 'break-words tvm-parent-container' }, h('span', { dir: 'ltr' }, post.text)));
  const wrapper = h('div', { class: 'feed-shared-inline-show-more-text feed-shared-update-v2__description', tabindex: '-1' }, text);
  if (isClamped(post)) {
    wrapper.classList.add('feed-shared-inline-show-more-text--3-lines');
    const more = h('button', { type: 'button', 'aria-label': t.seeMore,
      class: 'feed-shared-inline-show-more-text__see-more-less-toggle see-more t-14 t-black--light t-normal hoverable-link-text' },
    h('span', {}, t.more));
    more.addEventListener('click', () => {
      wrapper.classList.remove('feed-shared-inline-show-more-text--3-lines');
      more.remove();
    });
    wrapper.append(more);
  }
  return h('div', { class: 'feed-shared-update-v2__description-wrapper' }, wrapper);
}

function renderPost(parent: HTMLElement, post: FeedPost): void {
  const urn = urnOf(post);
  const counts = h('div', { class: 'social-details-social-counts' }, t.comments(post.comments.length));
  const repost = h('button', { type: 'button', 'aria-label': t.repost, 'aria-haspopup': 'true', 'aria-expanded': 'false',
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
  const control = h('button', { type: 'button', 'aria-label': t.postMenu(post.name), 'aria-expanded': 'false',
    class: 'feed-shared-control-menu__trigger artdeco-dropdown__trigger artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--tertiary' },
  icon('caret', 16));
  const controlMenu = h('div', { class: 'feed-shared-control-menu' }, control);
  let text = description(post);
  const card = h('div', { class: 'feed-shared-update-v2 artdeco-card', 'data-urn': urn, role: 'article' },
    h('div', { class: 'update-components-actor' }, avatar(post.name, 48),
      h('div', {}, h('span', { class: 'update-components-actor__title' }, post.name),
        h('span', { class: 'update-components-actor__description' }, post.headline),
        h('a', { class: 'update-components-actor__sub-description', href: `/feed/update/${urn}/` }, `${post.time} • `, icon('globe', 12))),
      controlMenu),
    text, counts, bar, comments);
  parent.append(card);

  const list = h('div', { class: 'comments-comments-list' });
  const editor = commentBox(comments, {
    surface: 'comment', button: t.comment, placeholder: t.addComment,
    onPosted: (posted) => {
      const comment: Comment = { id: newId(), name: ME.name, text: posted, replies: [] };
      post.comments.push(comment);
      renderComment(list, post, comment);
      counts.textContent = t.comments(post.comments.length);
    },
  });
  comments.append(list);
  for (const comment of post.comments) renderComment(list, post, comment);

  commentToggle.addEventListener('click', () => editor.focus());
  control.addEventListener('click', () => toggleMenu(controlMenu, control, post.name === ME.name
    ? [
      { label: t.editPost, run: () => openShareModal({ kind: 'edit', post, onSaved: (saved) => {
        post.text = saved;
        const next = description(post);
        text.replaceWith(next);
        text = next;
      } }) },
      { label: t.copyLink, run: () => {} },
      { label: t.deletePost, run: () => {} },
    ]
    : [{ label: t.savePost, run: () => {} }, { label: t.copyLink, run: () => {} }], 'feed-shared-control-menu__content'));
  repost.addEventListener('click', () => toggleMenu(bar, repost, [
    { label: t.repostThoughts, note: t.repostThoughtsNote(post.name), run: () => openShareModal({ kind: 'repost', post }) },
    { label: t.repostInstantly, note: t.repostInstantlyNote(post.name), run: (trusted) => {
      publish({ surface: 'instant-repost', texts: [post.text], via: 'click', trusted });
    } },
  ], 'social-reshare-button__menu'));
}

function renderFeed(): void {
  const trigger = h('button', { id: ember(), class: 'share-box-feed-entry__trigger artdeco-button artdeco-button--muted artdeco-button--tertiary artdeco-button--3 ember-view',
    onclick: () => openShareModal() }, h('span', { class: 'artdeco-button__text' }, t.startPost));
  main.append(h('div', { class: 'share-box-feed-entry__closed-share-box artdeco-card' },
    h('div', { class: 'share-box-feed-entry__top-bar' }, avatar(ME.name, 48), trigger),
    h('div', { class: 'share-box-feed-entry-toolbar' },
      h('a', { class: 'share-box-feed-entry-toolbar__item artdeco-button artdeco-button--muted artdeco-button--tertiary', href: '/article/new/' },
        icon('comment', 20), h('span', {}, t.writeArticle)))));
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
  closeShareModal();
  closeMessaging();
  main.replaceChildren();
  layout.classList.remove('scaffold-layout__inner--single');
  markCurrentLink(navLinks, 'global-nav__primary-link--active');
  const route = feedRoute();
  if (route.page === 'feed') renderFeed();
  else if (route.page === 'post') renderPost(main, route.post);
  else if (route.page === 'network') renderNetwork();
  else if (route.page === 'messaging') renderMessaging(main, route.conversation);
  else if (route.page === 'article') {
    layout.classList.add('scaffold-layout__inner--single');
    renderArticleEditor(main);
  } else main.append(h('section', { class: 'artdeco-card mn-network-page' }, h('h1', {}, t.notFound), h('a', { href: '/feed/' }, t.home)));
}

onRouteChange(renderRoute);
startAt('/feed/');
renderRoute();
markReady();
