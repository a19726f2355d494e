// LinkedIn's SDUI (React) feed with TipTap composers: the "Start a post" launcher opening the share
// <dialog> (placeholder first, swapped for the real node ~0.5 s later), SDUI comment boxes without <form>,
// and nested reply boxes. Class names are random per load (styles.ts); tests rely on other attributes.
import { composer } from '../common/composer.ts';
import { h, statusLine } from '../common/dom.ts';
import { ME, POSTS, feedRoute, markCurrentLink, newId, urnOf } from '../common/linkedin-feed.ts';
import type { Comment, FeedPost } from '../common/linkedin-feed.ts';
import { markReady } from '../common/record.ts';
import { onRouteChange, startAt } from '../common/router.ts';
import { createTiptap } from './editor.ts';
import type { TiptapEditor } from './editor.ts';
import { c, CSS } from './styles.ts';
import { avatar, icon, publish, t } from './ui.ts';
import type { IconId, Surface } from './ui.ts';

// ---- Page skeleton ---------------------------------------------------------------------------------------

document.head.append(h('style', {}, CSS));

const navLinks = [
  { href: '/feed/', label: t.home, id: 'home-medium' as const },
  { href: '/mynetwork/', label: t.myNetwork, id: 'people-medium' as const },
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

const iconButton = (label: string, id: IconId) => h('button', { class: c.iconBtn, 'aria-label': label, type: 'button' }, icon(id));

// ---- The share dialog ------------------------------------------------------------------------------------

let shareDialog: HTMLDialogElement | null = null;

function dialogNode(...children: Node[]): HTMLDialogElement {
  return h('dialog', { 'data-testid': 'dialog', class: c.dialog }, ...children);
}

/** LinkedIn mounts a loading dialog first and replaces the node with the real one about 0.5 s later. */
function openShareDialog(): void {
  if (shareDialog) return;
  const loading = dialogNode(h('div', { class: c.spinner, role: 'progressbar', 'aria-label': t.loading }, icon('loader-medium', 40)));
  document.body.append(loading);
  loading.showModal();
  shareDialog = loading;
  const timer = window.setTimeout(() => {
    if (shareDialog !== loading) return;
    const real = buildShareDialog();
    loading.replaceWith(real);
    shareDialog = real;
    real.showModal();
    real.dispatchEvent(new Event('pp-shown'));
  }, 500);
  loading.addEventListener('close', () => {
    if (shareDialog !== loading) return;
    clearTimeout(timer);
    loading.remove();
    shareDialog = null;
  });
}

function buildShareDialog(): HTMLDialogElement {
  const mount = h('div', {});
  // The one text-only <button> of the dialog; no stable attribute, and it ignores synthetic clicks.
  const post = h('button', { class: c.primaryBtn }, h('span', {}, t.post));
  const close = h('button', { class: c.iconBtn, 'aria-label': t.dismiss }, icon('close-medium'));
  const dialog = dialogNode(h('div', { class: c.screen, 'data-sdui-screen': 'com.linkedin.sdui.flagshipnav.sharing.ShareCompose' },
    h('div', { class: c.dialogHead },
      h('button', { class: c.authorBtn }, avatar(ME.name, 56),
        h('span', {}, h('b', {}, ME.name), h('span', { class: c.muted }, t.anyone)), icon('caret-small')),
      close),
    h('div', { class: c.dialogBody }, mount),
    h('div', { class: c.toolbar }, iconButton(t.media, 'image-medium'), iconButton(t.emoji, 'emoji-medium')),
    h('div', { class: c.footer }, iconButton(t.schedule, 'clock-medium'), post)));

  const { editor, send } = composer(post, (events) => createTiptap(mount, {
    attributes: { class: c.shareEditor, componentkey: 'ShareBox_textEditor', role: 'textbox',
      'aria-label': 'Text editor for creating content', 'aria-multiline': 'true', 'aria-placeholder': t.talkAbout },
    placeholder: t.talkAbout,
    ...events,
  }), (text, via, trusted) => {
    publish({ surface: 'share', texts: [text], via, trusted });
    dialog.close();
  });
  post.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    send('click', true);
  });
  close.addEventListener('click', () => dialog.close());
  // ProseMirror prevents the default of Escape inside the editor, which stops the native cancel; close anyway.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.defaultPrevented && dialog.open) dialog.close();
  });
  dialog.addEventListener('pp-shown', () => editor.focus());
  dialog.addEventListener('close', () => {
    editor.destroy();
    dialog.remove();
    if (shareDialog === dialog) shareDialog = null;
  });
  return dialog;
}

/** The comment and reply editors of the current view, destroyed when the route renders anew. */
const mounted: TiptapEditor[] = [];

// ---- Comment boxes ---------------------------------------------------------------------------------------

interface CommentBoxOptions {
  urn: string;
  surface: Extract<Surface, 'comment' | 'reply'>;
  button: string;
  placeholder: string;
  onPosted(text: string): void;
}

/** `div[componentkey=commentBox-<urn>]` > editor wrapper + `commentButtonSection-<urn>` > `button[type=submit]`. */
function commentBox(parent: HTMLElement, options: CommentBoxOptions): TiptapEditor {
  const wrapper = h('div', { class: c.editorWrap, 'data-testid': 'ui-core-tiptap-text-editor-wrapper' });
  const submit = h('button', { type: 'submit', class: c.primaryBtn }, h('span', {}, options.button));
  parent.append(h('div', { class: c.commentBox, componentkey: `commentBox-${options.urn}` },
    avatar(ME.name, 40),
    h('div', { class: c.commentField }, wrapper,
      h('div', { class: c.commentTools },
        h('div', {}, iconButton(t.emoji, 'emoji-medium'), iconButton(t.photo, 'image-medium')),
        h('div', { class: c.commentButtons, componentkey: `commentButtonSection-${options.urn}` }, submit)))));
  const { editor, send } = composer(submit, (events) => createTiptap(wrapper, {
    attributes: { class: c.editor, role: 'textbox', 'aria-label': 'Text editor for creating comment', 'aria-multiline': 'true' },
    placeholder: options.placeholder,
    ...events,
  }), (text, via, trusted) => {
    publish({ surface: options.surface, texts: [text], via, trusted });
    editor.clear();
    options.onPosted(text);
  });
  mounted.push(editor);
  submit.addEventListener('click', (event) => send('click', event.isTrusted));
  return editor;
}

function commentEntry(parent: HTMLElement, comment: Comment, openReply: () => void): HTMLElement {
  const body = h('div', { class: c.commentMain },
    h('div', { class: c.bubble }, h('b', {}, comment.name), h('span', {}, comment.text)),
    h('div', { class: c.commentActions },
      h('button', { class: c.textBtn, type: 'button' }, t.like),
      h('button', { class: c.textBtn, type: 'button', onclick: openReply }, t.reply)));
  parent.append(h('div', { class: c.comment, 'data-view-name': 'comment-container' }, avatar(comment.name, 32), body));
  return body;
}

function renderComment(list: HTMLElement, comment: Comment): void {
  let replyEditor: TiptapEditor | null = null;
  const openReply = () => {
    if (!replyEditor) {
      replyEditor = commentBox(body, {
        urn: `urn:li:comment:${comment.id}`, surface: 'reply', button: t.reply, placeholder: t.addReply,
        onPosted: (text) => {
          const reply: Comment = { id: newId(), name: ME.name, text, replies: [] };
          comment.replies.push(reply);
          commentEntry(replies, reply, openReply);
        },
      });
    }
    replyEditor.focus();
  };
  const body = commentEntry(list, comment, openReply);
  const replies = h('div', { class: c.replies });
  body.append(replies);
  for (const reply of comment.replies) commentEntry(replies, reply, openReply);
}

// ---- Feed ------------------------------------------------------------------------------------------------

function renderPost(parent: HTMLElement, post: FeedPost): void {
  const urn = urnOf(post);
  const counts = h('div', { class: c.counts }, t.comments(post.comments.length));
  const action = (label: string, id: IconId, text: string) => h('button', { class: c.actionBtn, 'aria-label': label, type: 'button' },
    icon(id), h('span', {}, text));
  const commentToggle = action(t.comment, 'comment-small', t.comment);
  const comments = h('div', { class: c.comments });
  parent.append(h('div', { role: 'listitem' },
    h('div', { class: `${c.card} ${c.post}`, 'data-view-name': 'feed-full-update' },
      h('div', { class: c.postHead }, avatar(post.name, 48),
        h('div', {}, h('span', { class: c.postName }, post.name), h('span', { class: c.muted }, post.headline),
          h('a', { href: `/feed/update/${urn}/` }, `${post.time} • `, icon('globe-small', 12)))),
      h('p', { class: c.postText, 'data-testid': 'expandable-text-box' }, post.text),
      counts,
      h('div', { class: c.actionBar },
        action(t.likeState, 'thumbs-up-outline-small', t.like), commentToggle,
        action(t.repost, 'repost-small', t.repost), action(t.send, 'send-privately-small', t.send)),
      comments)));
  const list = h('div', {});
  const editor = commentBox(comments, {
    urn, surface: 'comment', button: t.comment, placeholder: t.addComment,
    onPosted: (text) => {
      const comment: Comment = { id: newId(), name: ME.name, text, replies: [] };
      post.comments.push(comment);
      renderComment(list, comment);
      counts.textContent = t.comments(post.comments.length);
    },
  });
  comments.append(list);
  for (const comment of post.comments) renderComment(list, comment);
  commentToggle.addEventListener('click', () => editor.focus());
}

function renderFeed(): void {
  // Since the 2026-09 redesign the launcher is a plain div with an aria-label: no role, no tabindex.
  const launcher = h('div', { class: c.launcher, 'aria-label': t.startPost, onclick: openShareDialog }, h('p', {}, t.startPost));
  main.append(h('div', { class: c.card },
    h('div', { class: c.shareRow }, avatar(ME.name, 48, { id: 'shareboxProfilePictureComponentRef' }), launcher)));
  const feed = h('div', { 'data-testid': 'mainFeed', class: c.feed });
  main.append(feed);
  for (const post of POSTS) renderPost(feed, post);
}

function renderRoute(): void {
  mounted.splice(0).forEach((editor) => editor.destroy());
  main.replaceChildren();
  markCurrentLink(navLinks, c.navLinkActive);
  const route = feedRoute();
  if (route.page === 'feed') renderFeed();
  else if (route.page === 'post') {
    const single = h('div', {});
    main.append(single);
    renderPost(single, route.post);
  } else if (route.page === 'network') {
    main.append(h('section', { class: `${c.card} ${c.page}` }, h('h1', {}, t.network),
      h('p', {}, `${t.connections} · 312`), h('p', {}, `${t.following} · 87`)));
  } else main.append(h('section', { class: `${c.card} ${c.page}` }, h('h1', {}, t.notFound), h('a', { href: '/feed/' }, t.home)));
}

onRouteChange(renderRoute);
startAt('/feed/');
renderRoute();
markReady();
