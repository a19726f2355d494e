// SDUI feed posts: `[data-testid="mainFeed"] [role="listitem"]` (docs/evidence/linkedin.md#markup-styles). Each has
// its author (the actor image link and the name beside it), a control menu ("Open control menu for post by <name>";
// "Edit post" on the member's own), its text in `[data-testid="expandable-text-box"]` (clamped behind an inline
// "…more"), the action bar (the `feed-comment-button` toggle, Repost with its menu of `div[role=button]` entries),
// the comment box and the comment threads. The markup of the post itself is not in the evidence: it follows public
// scripts of 2026 and is marked a guess in tests/pages/README.md.
import { h } from '../common/dom.ts';
import { ME, isClamped, newId, renderKey, urnOf, type Comment, type FeedPost } from '../common/linkedin-feed.ts';
import { postCommentBox, renderThread } from './comments.ts';
import { toggleMenu } from './menu.ts';
import { openShareDialog } from './share.ts';
import { c } from './styles.ts';
import { avatar, icon, iconButton, publish, t, type IconId } from './ui.ts';

const profileOf = (name: string) => `/in/${name.toLowerCase().replace(/[^a-z]+/g, '-')}/`;

/** The text box: the text itself, and inline after it (on a clamped post) the "…more" button, as public 2026 captures show. */
function postText(post: FeedPost): HTMLElement {
  const box = h('p', { class: c.postText, 'data-testid': 'expandable-text-box' }, post.text);
  if (isClamped(post)) {
    box.setAttribute('data-clamped', '');
    const more = h('button', { class: c.moreBtn, type: 'button', 'data-testid': 'expandable-text-button' }, t.more);
    more.addEventListener('click', () => {
      box.removeAttribute('data-clamped');
      more.remove();
    });
    box.append(more);
  }
  return box;
}

/** One post card; `detail` on the post's own page (`/feed/update/<urn>/`). */
export function renderPost(parent: HTMLElement, post: FeedPost, detail = false): void {
  const urn = urnOf(post);
  const counts = h('div', { class: c.counts }, t.comments(post.comments.length));
  const action = (label: string, id: IconId, text: string, attrs: Record<string, string> = {}) =>
    h('button', { class: c.actionBtn, 'aria-label': label, type: 'button', ...attrs }, icon(id), h('span', {}, text));
  const commentToggle = action(t.comment, 'comment-small', t.comment, { 'data-view-name': 'feed-comment-button' });
  const repost = action(t.repost, 'repost-small', t.repost, { 'aria-expanded': 'false' });
  const comments = h('div', { class: c.comments });
  let text = postText(post);
  const menu = iconButton(t.postMenu(post.name), 'overflow-web-ios-small', { class: `${c.iconBtn} ${c.postMenuBtn}`, 'aria-expanded': 'false' });
  const card = h('div', { class: `${c.card} ${c.post}`, 'data-view-name': 'feed-full-update' },
    h('div', { class: c.postHead },
      h('a', { 'data-view-name': 'feed-actor-image', href: profileOf(post.name), 'aria-label': t.viewProfile(post.name) }, avatar(post.name, 48)),
      h('a', { class: c.actorLink, href: profileOf(post.name) }, h('p', { class: c.actorName }, post.name), h('p', { class: c.muted }, post.headline)),
      h('a', { class: `${c.muted} ${c.postTime}`, href: `/feed/update/${urn}/` }, `${post.time} • `, icon('globe-small', 12)),
      menu),
    h('div', { componentkey: `feed-commentary_${renderKey()}` }, text),
    counts,
    h('div', { class: c.actionBar }, action(t.likeState, 'thumbs-up-outline-small', t.like), commentToggle, repost,
      action(t.send, 'send-privately-small', t.send)),
    comments);
  parent.append(detail ? card : h('div', { role: 'listitem' }, card));

  menu.addEventListener('click', () => toggleMenu(menu, post.name === ME.name
    ? [
      { label: t.editPost, icon: 'edit-small', run: () => openShareDialog({ kind: 'edit', post, onSaved: (saved) => {
        post.text = saved;
        const next = postText(post);
        text.replaceWith(next);
        text = next;
      } }) },
      { label: t.copyLink, icon: 'link-small', run: () => {} },
      { label: t.deletePost, icon: 'trash-small', run: () => {} },
    ]
    : [
      { label: t.savePost, icon: 'bookmark-outline-small', run: () => {} },
      { label: t.copyLink, icon: 'link-small', run: () => {} },
    ]));
  repost.addEventListener('click', () => toggleMenu(repost, [
    { label: t.repostThoughts, note: t.repostThoughtsNote(post.name), icon: 'edit-small', run: () => openShareDialog({ kind: 'repost', post }) },
    { label: t.repostNow, note: t.repostNowNote(post.name), icon: 'repost-small', run: (trusted) => {
      publish({ surface: 'instant-repost', texts: [post.text], via: 'click', trusted });
    } },
  ]));

  const list = h('div', {});
  const editor = postCommentBox(comments, urn, detail, (posted) => {
    const comment: Comment = { id: newId(), name: ME.name, text: posted, replies: [] };
    post.comments.push(comment);
    renderThread(list, post, comment);
    counts.textContent = t.comments(post.comments.length);
  });
  comments.append(list);
  for (const comment of post.comments) renderThread(list, post, comment);
  commentToggle.addEventListener('click', () => editor.focus());
}
