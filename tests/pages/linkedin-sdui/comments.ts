// SDUI comment boxes, threads and replies as the 2026 evidence shows them (docs/evidence/linkedin.md#sdui-comments,
// #post-detail-comments, #comment-replies). No <form>. `[componentkey="commentBox-<urn>-<render key>"]` wraps only
// `div[data-view-name="comment-box"]` with the TipTap editor; the button row is its sibling, and its submit does not
// exist until the editor holds text: `button[data-view-name="comment-post"]` "Comment" in the feed, a button in
// `div[id*="commentButtonSection"]` on a post page, `button[data-view-name="comment-reply-post"]` "Reply" in a reply
// box. A reply box is a sibling of the comment row (`div[id^="replaceableComment_urn:li:comment:"]`), pre-filled with
// a mention chip of the author. With ?variant=2026-10 the boxes are the older markup (linkedin-variant.ts).
import type { JSONContent } from '@tiptap/core';
import { composer } from '../common/composer.ts';
import { h } from '../common/dom.ts';
import { ME, commentUrnOf, newId, renderKey, type Comment, type FeedPost } from '../common/linkedin-feed.ts';
import { withAppearingSubmit } from '../common/linkedin-submit.ts';
import { OCT_2026, PLAINTEXT_EDITOR } from '../common/linkedin-variant.ts';
import { createPlaintext, createTiptap, mentionOf, paragraphs, type SduiEditor } from './editor.ts';
import { toggleMenu } from './menu.ts';
import { c } from './styles.ts';
import { avatar, iconButton, publish, t } from './ui.ts';

/** The comment and reply editors of the current view, destroyed when the route renders anew. */
export const mounted: SduiEditor[] = [];

interface BoxOptions {
  /** The urn the box is keyed by: the post's (a comment) or the comment's (a reply). */
  urn: string;
  surface: 'comment' | 'reply';
  label: string;
  placeholder: string;
  /** The submit's view name (feed comments and replies); none on a post page. */
  viewName?: string;
  /** The id of the post page's button section (`…commentButtonSection<postKey>FeedType_FEED_DETAIL`). */
  buttonSection?: string;
  /** A native plaintext-only editor instead of TipTap (some permalink comment editors). */
  plaintext?: boolean;
  content?: JSONContent;
  onPosted(text: string): void;
}

/** `<div>` holding `[componentkey=commentBox-…] > [data-view-name=comment-box] > editor` and, beside it, the button row. */
function commentBox(parent: HTMLElement, options: BoxOptions): SduiEditor {
  if (OCT_2026) return commentBox2026Oct(parent, options);
  const mount = options.plaintext ? h('div', {}) : h('div', { class: c.editorWrap, 'data-testid': 'ui-core-tiptap-text-editor-wrapper' });
  const slot = options.buttonSection ? h('div', { class: c.commentButtons, id: options.buttonSection }) : h('div', { class: c.commentButtons });
  const field = h('div', { class: c.commentField },
    h('div', { componentkey: `commentBox-${options.urn}-${renderKey()}` }, h('div', { 'data-view-name': 'comment-box' }, mount)),
    h('div', { class: c.commentTools }, h('div', {}, iconButton(t.emoji, 'emoji-medium'), iconButton(t.photo, 'image-medium')), slot));
  parent.append(h('div', { class: c.commentBox }, avatar(ME.name, 40), field));
  const attributes = { class: c.editor, role: 'textbox', 'aria-label': 'Text editor for creating comment', 'aria-multiline': 'true' };
  const { editor } = withAppearingSubmit(slot,
    () => h('button', { class: c.primaryBtn, ...(options.viewName ? { 'data-view-name': options.viewName } : {}) }, h('span', {}, options.label)),
    (onChange) => (options.plaintext ? createPlaintext : createTiptap)(mount, {
      attributes, placeholder: options.placeholder, onChange, content: options.content, mentionClass: c.mention,
    }),
    (text, trusted) => {
      publish({ surface: options.surface, texts: [text], via: 'click', trusted });
      editor.clear();
      options.onPosted(text);
    });
  mounted.push(editor);
  return editor;
}

/** The markup of these pages until December 2026: `commentBox-<urn>` wraps editor and `commentButtonSection-<urn>`. */
function commentBox2026Oct(parent: HTMLElement, options: BoxOptions): SduiEditor {
  const wrapper = h('div', { class: c.editorWrap, 'data-testid': 'ui-core-tiptap-text-editor-wrapper' });
  const submit = h('button', { type: 'submit', class: c.primaryBtn }, h('span', {}, options.label));
  parent.append(h('div', { class: c.commentBox, componentkey: `commentBox-${options.urn}` },
    avatar(ME.name, 40),
    h('div', { class: c.commentField }, wrapper,
      h('div', { class: c.commentTools },
        h('div', {}, iconButton(t.emoji, 'emoji-medium'), iconButton(t.photo, 'image-medium')),
        h('div', { class: c.commentButtons, componentkey: `commentButtonSection-${options.urn}` }, submit)))));
  const { editor, send } = composer(submit, (events) => createTiptap(wrapper, {
    attributes: { class: c.editor, role: 'textbox', 'aria-label': 'Text editor for creating comment', 'aria-multiline': 'true' },
    placeholder: options.placeholder,
    onChange: events.onChange,
  }), (text, via, trusted) => {
    publish({ surface: options.surface, texts: [text], via, trusted });
    editor.clear();
    options.onPosted(text);
  });
  mounted.push(editor);
  submit.addEventListener('click', (event) => send('click', event.isTrusted));
  return editor;
}

/** The comment box under a post: in the feed, or on the post's own page (`detail`). */
export function postCommentBox(parent: HTMLElement, urn: string, detail: boolean, onPosted: (text: string) => void): SduiEditor {
  return commentBox(parent, {
    urn, surface: 'comment', label: t.comment, placeholder: t.addComment, onPosted,
    ...(detail
      ? { buttonSection: `${renderKey().slice(0, 8)}-commentButtonSection${urn}FeedType_FEED_DETAIL`, plaintext: PLAINTEXT_EDITOR }
      : { viewName: 'comment-post' }),
  });
}

/** One comment row; `actions` gets its Reply (and, for the member's own comment, its options). */
function commentRow(post: FeedPost, comment: Comment, onReply: () => void, onChanged: () => void): HTMLElement {
  const urn = commentUrnOf(post, comment);
  const text = h('span', {}, comment.text);
  const reply = h('button', { class: c.textBtn, type: 'button', onclick: onReply, ...(OCT_2026 ? {} : { 'aria-label': t.replyTo(comment.name) }) }, t.reply);
  const actions = h('div', { class: c.commentActions }, h('button', { class: c.textBtn, type: 'button' }, t.like), reply);
  const main = h('div', { class: c.commentMain },
    h('div', { class: c.bubble }, h('b', {}, comment.name), text), actions);
  const row = h('div', { class: c.comment, 'data-view-name': 'comment-container', ...(OCT_2026 ? {} : { id: `replaceableComment_${urn}` }) },
    avatar(comment.name, 32), main);
  if (comment.name === ME.name && !OCT_2026) {
    const options = iconButton(t.commentMenu(comment.name), 'overflow-web-ios-small', { 'aria-expanded': 'false' });
    options.addEventListener('click', () => toggleMenu(options, [
      { label: t.editComment, icon: 'edit-small', run: () => editComment(main, comment, () => {
        text.textContent = comment.text;
        onChanged();
      }) },
      { label: t.deleteComment, icon: 'trash-small', run: () => {} },
    ]));
    row.append(options);
  }
  return row;
}

/**
 * "Edit comment": the row's content is replaced by a box holding the comment's text, with "Cancel" and "Save
 * changes" (docs/evidence/linkedin.md#edits; where the box sits and the buttons' hooks are guesses).
 */
function editComment(main: HTMLElement, comment: Comment, onSaved: () => void): void {
  const mount = h('div', { class: c.editorWrap, 'data-testid': 'ui-core-tiptap-text-editor-wrapper' });
  const save = h('button', { class: c.primaryBtn }, t.saveChanges);
  const cancel = h('button', { class: c.secondaryBtn }, t.cancel);
  const box = h('div', { class: c.editBox }, h('div', { class: c.commentField }, mount), h('div', { class: c.editActions }, cancel, save));
  main.replaceWith(box);
  const restore = () => {
    editor.destroy();
    box.replaceWith(main);
  };
  const { editor, send } = composer(save, (events) => createTiptap(mount, {
    attributes: { class: c.editor, role: 'textbox', 'aria-label': 'Text editor for creating comment', 'aria-multiline': 'true' },
    placeholder: t.addComment, content: paragraphs(comment.text), onChange: events.onChange,
  }), (text, via, trusted) => {
    publish({ surface: 'edit-comment', texts: [text], via, trusted });
    comment.text = text;
    restore();
    onSaved();
  });
  mounted.push(editor);
  save.disabled = editor.isEmpty();
  if (save.disabled) save.setAttribute('aria-disabled', 'true');
  else save.removeAttribute('aria-disabled');
  save.addEventListener('click', (event) => send('click', event.isTrusted));
  cancel.addEventListener('click', restore);
  editor.focus();
}

/**
 * A comment with its replies. "Reply" on it (or on one of its replies) renders the reply box right after the
 * comment's row, pre-filled with a mention of the author replied to; the box goes once the reply is posted.
 */
export function renderThread(list: HTMLElement, post: FeedPost, comment: Comment): void {
  const thread = h('div', { class: c.thread });
  const replies = h('div', { class: c.replies });
  let box: { element: HTMLElement; editor: SduiEditor } | null = null;
  const closeBox = () => {
    if (!box) return;
    box.editor.destroy();
    box.element.remove();
    box = null;
  };
  const openReply = (to: Comment) => {
    if (box) return box.editor.focus();
    const element = h('div', { class: c.replies });
    if (OCT_2026) row.querySelector(`.${c.commentMain}`)!.append(element);
    else row.after(element);
    const editor = commentBox(element, {
      urn: commentUrnOf(post, comment), surface: 'reply', label: t.reply, placeholder: t.addReply, viewName: 'comment-reply-post',
      ...(OCT_2026 ? {} : { content: mentionOf(to.name, `urn:li:fsd_profile:${to.name.replace(/\W/g, '')}` ) }),
      onPosted: (text) => {
        const reply: Comment = { id: newId(), name: ME.name, text, replies: [] };
        comment.replies.push(reply);
        addReply(reply);
        if (!OCT_2026) closeBox();
      },
    });
    box = { element, editor };
    editor.focus();
  };
  const addReply = (reply: Comment) => replies.append(commentRow(post, reply, () => openReply(reply), () => {}));
  const row = commentRow(post, comment, () => openReply(comment), () => {});
  thread.append(row, replies);
  for (const reply of comment.replies) addReply(reply);
  list.append(thread);
}


