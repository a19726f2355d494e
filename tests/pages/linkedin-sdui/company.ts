// A company page's admin view, `/company/<id>/admin/page-posts/published/` (docs/evidence/linkedin.md#company-admin-composer):
// the page's published posts and "Start a post", which opens a dialog whose editor is a plain `[role="textbox"]`
// (not `ShareBox_textEditor`, no screen marker) and whose one text-only button is "Post", disabled while empty. A
// member who manages the page posts here as the company. The dialog's markup beyond that is a guess.
import { composer } from '../common/composer.ts';
import { h } from '../common/dom.ts';
import type { COMPANY } from '../common/linkedin-feed.ts';
import { createTiptap, type TiptapEditor } from './editor.ts';
import { c } from './styles.ts';
import { avatar, icon, iconButton, publish, t } from './ui.ts';

let open: { dialog: HTMLDialogElement; editor: TiptapEditor } | null = null;

function openComposer(company: typeof COMPANY, onPosted: (text: string) => void): void {
  if (open) return;
  const mount = h('div', {});
  const post = h('button', { class: c.primaryBtn }, h('span', {}, t.post));
  const dialog = h('dialog', { class: c.dialog, 'aria-label': t.create },
    h('div', { class: c.dialogHead },
      h('button', { class: c.authorBtn }, avatar(company.name, 56),
        h('span', {}, h('b', {}, company.name), h('span', { class: c.muted }, t.anyone)), icon('caret-small')),
      iconButton(t.dismiss, 'close-medium', { onclick: () => dialog.close() })),
    h('div', { class: c.dialogBody }, mount),
    h('div', { class: c.toolbar }, iconButton(t.media, 'image-medium'), iconButton(t.emoji, 'emoji-medium')),
    h('div', { class: c.footer }, post));
  document.body.append(dialog);
  const { editor, send } = composer(post, (events) => createTiptap(mount, {
    attributes: { class: c.shareEditor, role: 'textbox', 'aria-label': 'Text editor for creating content', 'aria-multiline': 'true' },
    placeholder: t.talkAbout,
    onChange: events.onChange,
  }), (text, via, trusted) => {
    publish({ surface: 'company-post', texts: [text], via, trusted });
    onPosted(text);
    dialog.close();
  });
  post.addEventListener('click', (event) => send('click', event.isTrusted));
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.defaultPrevented && dialog.open) dialog.close();
  });
  dialog.addEventListener('close', () => {
    editor.destroy();
    dialog.remove();
    open = null;
  });
  open = { dialog, editor };
  dialog.showModal();
  editor.focus();
}

export function closeCompanyComposer(): void {
  open?.dialog.close();
}

export function renderCompanyAdmin(main: HTMLElement, company: typeof COMPANY): void {
  const posts = h('div', {});
  const show = (text: string) => posts.prepend(h('div', { class: `${c.card} ${c.post}` },
    h('div', { class: c.postHead }, avatar(company.name, 48),
      h('div', {}, h('p', { class: c.actorName }, company.name), h('span', { class: c.muted }, company.followers))),
    h('p', { class: c.postText }, text)));
  const base = `/company/${company.id}/admin`;
  main.append(h('section', { class: `${c.card} ${c.admin}` },
    h('div', { class: c.adminHead }, avatar(company.name, 64),
      h('div', {}, h('h1', {}, company.name), h('span', { class: c.muted }, `${company.tagline} · ${company.followers}`),
        h('span', { class: c.muted }, t.adminView))),
    h('nav', { class: c.tabs, 'aria-label': t.pagePosts },
      h('a', { class: c.tab, href: `${base}/page-posts/published/`, 'aria-current': 'page' }, t.published)),
    h('button', { class: c.launchBtn, type: 'button', onclick: () => openComposer(company, show) }, t.create)),
  posts);
  show('Our new tunnel opens next spring.');
}
