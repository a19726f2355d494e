// The SDUI share dialog: a native <dialog data-testid="dialog"> opened with showModal(), first a loading
// placeholder, replaced by the real node about 0.5 s later (docs/evidence/linkedin.md#sdui-share-box). Its screens
// replace one another inside the same <dialog>: the compose screen (`ShareCompose`, TipTap editor keyed
// `ShareBox_textEditor`, icon buttons, one text-only button reading Post, Schedule or Save), the schedule screen
// (docs/evidence/linkedin.md#schedule) and the media editor with its "Alternative text" (#alt-text). It serves
// "Start a post", "Repost with your thoughts" (the post attached) and "Edit post".
import type { JSONContent } from '@tiptap/core';
import { h } from '../common/dom.ts';
import { ME, type FeedPost } from '../common/linkedin-feed.ts';
import { composer } from '../common/composer.ts';
import { createTiptap, paragraphs, type TiptapEditor } from './editor.ts';
import { c } from './styles.ts';
import { avatar, icon, iconButton, publish, t } from './ui.ts';

export type ShareMode =
  | { kind: 'new' }
  | { kind: 'repost'; post: FeedPost }
  | { kind: 'edit'; post: FeedPost; onSaved(text: string): void };

interface Draft {
  content: JSONContent | undefined;
  schedule: { date: string; time: string } | null;
  image: { url: string; name: string; alt: string } | null;
}

let shareDialog: HTMLDialogElement | null = null;

function dialogNode(...children: Node[]): HTMLDialogElement {
  return h('dialog', { 'data-testid': 'dialog', class: c.dialog }, ...children);
}

/** LinkedIn mounts a loading dialog first and replaces the node with the real one about 0.5 s later. */
export function openShareDialog(mode: ShareMode = { kind: 'new' }): void {
  if (shareDialog) return;
  const loading = dialogNode(h('div', { class: c.spinner, role: 'progressbar', 'aria-label': t.loading }, icon('loader-medium', 40)));
  document.body.append(loading);
  loading.showModal();
  shareDialog = loading;
  const timer = window.setTimeout(() => {
    if (shareDialog !== loading) return;
    const real = buildShareDialog(mode);
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

function tomorrow(): string {
  const date = new Date(Date.now() + 86_400_000);
  return `${String(date.getMonth() + 1).padStart(2, '0')}/${String(date.getDate()).padStart(2, '0')}/${date.getFullYear()}`;
}

function buildShareDialog(mode: ShareMode): HTMLDialogElement {
  const dialog = dialogNode();
  const draft: Draft = { content: mode.kind === 'edit' ? paragraphs(mode.post.text) : undefined, schedule: null, image: null };
  let editor: TiptapEditor | null = null;
  const unmount = () => {
    if (!editor) return;
    draft.content = editor.json();
    editor.destroy();
    editor = null;
  };
  const close = () => dialog.close();
  const head = (...children: Node[]) => h('div', { class: c.dialogHead }, ...children, iconButton(t.dismiss, 'close-medium', { onclick: close }));

  // ---- The compose screen -----------------------------------------------------------------------------------
  function compose(): void {
    unmount();
    const mount = h('div', {});
    // The one text-only <button> of the screen: no stable attribute, and it ignores synthetic clicks.
    const label = mode.kind === 'edit' ? t.save : draft.schedule ? t.schedule : t.post;
    const main = h('button', { class: c.primaryBtn }, h('span', {}, label));
    const attached = mode.kind === 'repost'
      ? h('div', { class: c.attached }, h('b', {}, mode.post.name), h('span', { class: c.muted }, mode.post.headline), h('p', {}, mode.post.text))
      : null;
    const image = draft.image
      ? h('div', { class: c.media }, h('img', { class: c.mediaImg, src: draft.image.url, alt: draft.image.alt }),
        iconButton(t.removeMedia, 'close-medium', { onclick: () => { draft.image = null; compose(); } }))
      : null;
    const scheduled = draft.schedule
      ? h('button', { class: c.scheduleInfo, type: 'button', onclick: schedule }, icon('clock-small'),
        h('span', {}, t.scheduledFor(`${draft.schedule.date}, ${draft.schedule.time}`)))
      : null;
    // The clock: a link, labelled "Scheduled" (docs/evidence/linkedin.md#schedule); not offered when editing.
    const clock = mode.kind === 'edit' ? null : h('a', { href: '#', 'aria-label': t.scheduled, class: c.iconBtn }, icon('clock-medium'));
    clock?.addEventListener('click', (event) => {
      event.preventDefault();
      schedule();
    });
    const screen = h('div', { class: c.screen, 'data-sdui-screen': 'com.linkedin.sdui.flagshipnav.sharing.ShareCompose' },
      head(h('button', { class: c.authorBtn }, avatar(ME.name, 56),
        h('span', {}, h('b', {}, ME.name), h('span', { class: c.muted }, mode.kind === 'edit' ? t.editingPost : t.anyone)), icon('caret-small'))),
      h('div', { class: c.dialogBody }, mount, image, attached),
      h('div', { class: c.toolbar }, iconButton(t.media, 'image-medium', { onclick: media }), iconButton(t.emoji, 'emoji-medium')),
      h('div', { class: c.footer }, scheduled, clock, main));
    dialog.replaceChildren(screen);

    const made = composer(main, (events) => createTiptap(mount, {
      attributes: { class: c.shareEditor, componentkey: 'ShareBox_textEditor', role: 'textbox',
        'aria-label': 'Text editor for creating content', 'aria-multiline': 'true', 'aria-placeholder': t.talkAbout },
      placeholder: t.talkAbout,
      content: draft.content,
      onChange: events.onChange,
    }), (text, via, trusted) => {
      if (mode.kind === 'edit') {
        publish({ surface: 'edit-post', texts: [text], via, trusted });
        mode.onSaved(text);
      } else publish({ surface: draft.schedule ? 'schedule' : mode.kind === 'repost' ? 'repost' : 'share', texts: [text], via, trusted });
      close();
    });
    editor = made.editor;
    main.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      made.send('click', true);
    });
    // Content put in at mount is no change TipTap reports: the button follows it now.
    main.disabled = made.editor.isEmpty();
    if (main.disabled) main.setAttribute('aria-disabled', 'true');
    else main.removeAttribute('aria-disabled');
    if (dialog.open) made.editor.focus();
  }

  // ---- The schedule screen ---------------------------------------------------------------------------------
  function schedule(): void {
    unmount();
    const date = h('input', { 'data-testid': 'date-picker-input', class: c.input, type: 'text', inputmode: 'numeric',
      value: draft.schedule?.date ?? tomorrow(), 'aria-label': t.date });
    const time = h('input', { 'data-testid': 'time-picker-input', class: c.input, type: 'text', value: draft.schedule?.time ?? '9:00 AM',
      'aria-label': t.time });
    const confirm = h('button', { class: c.primaryBtn }, t.confirm);
    confirm.addEventListener('click', () => {
      if (!date.value.trim() || !time.value.trim()) return;
      draft.schedule = { date: date.value.trim(), time: time.value.trim() };
      compose();
    });
    dialog.replaceChildren(h('div', { class: c.screen, 'data-sdui-screen': 'com.linkedin.sdui.flagshipnav.sharing.SchedulePost' },
      head(h('h2', { class: c.screenTitle }, t.scheduleTitle)),
      h('div', { class: c.dialogBody },
        h('label', { class: c.field }, h('span', { class: c.fieldLabel }, t.date), date),
        h('label', { class: c.field }, h('span', { class: c.fieldLabel }, t.time), time),
        h('p', { class: c.note }, t.timeZone)),
      h('div', { class: c.footer }, h('button', { class: c.secondaryBtn, onclick: compose }, t.back), confirm)));
    date.focus();
  }

  // ---- The media editor ------------------------------------------------------------------------------------
  function media(): void {
    unmount();
    let image = draft.image ? { ...draft.image } : null;
    const body = h('div', { class: c.dialogBody });
    const next = h('button', { class: c.primaryBtn }, t.next);
    const file = h('input', { type: 'file', accept: 'image/*', hidden: true, 'aria-label': t.upload });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      image = { url: URL.createObjectURL(chosen), name: chosen.name, alt: '' };
      render();
    });
    function render(): void {
      next.disabled = !image;
      if (!image) {
        body.replaceChildren(h('p', {}, t.selectFiles), file,
          h('button', { class: c.secondaryBtn, onclick: () => file.click() }, t.upload));
        return;
      }
      const current = image;
      const alt = h('textarea', { class: c.textarea, 'aria-label': t.altText, maxlength: '1000' });
      alt.value = current.alt;
      const panel = h('div', { class: c.altPanel, hidden: true },
        h('label', { class: c.field }, h('span', { class: c.fieldLabel }, t.altText), alt),
        h('p', { class: c.note }, t.altHelp),
        h('button', { class: c.primaryBtn, onclick: () => {
          current.alt = alt.value.trim();
          render();
        } }, current.alt ? t.update : t.add));
      body.replaceChildren(
        h('img', { class: c.mediaImg, src: current.url, alt: current.alt }),
        h('div', { class: c.toolbar }, h('button', { class: c.secondaryBtn, onclick: () => {
          panel.hidden = false;
          alt.focus();
        } }, t.altText)),
        panel);
    }
    next.addEventListener('click', () => {
      if (!image) return;
      draft.image = image;
      compose();
    });
    dialog.replaceChildren(h('div', { class: c.screen, 'data-sdui-screen': 'com.linkedin.sdui.flagshipnav.sharing.MediaEditor' },
      head(h('h2', { class: c.screenTitle }, t.editor)), body,
      h('div', { class: c.footer }, h('button', { class: c.secondaryBtn, onclick: compose }, t.back), next)));
    render();
  }

  compose();
  // ProseMirror prevents the default of Escape inside the editor, which stops the native cancel; close anyway.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.defaultPrevented && dialog.open) dialog.close();
  });
  dialog.addEventListener('pp-shown', () => editor?.focus());
  dialog.addEventListener('close', () => {
    editor?.destroy();
    editor = null;
    dialog.remove();
    if (shareDialog === dialog) shareDialog = null;
  });
  return dialog;
}
