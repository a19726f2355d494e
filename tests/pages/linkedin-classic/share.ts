// The classic share modal (docs/evidence/linkedin.md#classic-share-box): `.share-box-v2__modal[role=dialog]` in
// `#artdeco-modal-outlet`, or with ?style=shadow in #interop-outlet's open shadow root; Quill in
// `.share-creation-state__text-editor`; `button.share-actions__primary-action`, disabled while empty. It serves
// "Start a post", "Repost with your thoughts" (the post attached), "Edit post" (the text in it, the button "Save")
// and an article's "Next" (the commentary, the article attached, the button "Publish"). Its "Add media" step, in the
// same modal, takes an image and its "Alternative text" (docs/evidence/linkedin.md#alt-text); the image then shows in
// the share box with that description as its `alt`.
import { composer } from '../common/composer.ts';
import { h } from '../common/dom.ts';
import { ME, urnOf, type FeedPost } from '../common/linkedin-feed.ts';
import { createQuillEditor, type QuillEditor } from './editor.ts';
import { avatar, ember, icon, publish, t } from './ui.ts';

export type ShareMode =
  | { kind: 'new' }
  | { kind: 'repost'; post: FeedPost }
  | { kind: 'edit'; post: FeedPost; onSaved(text: string): void }
  | { kind: 'article'; title: string; body: string; onPublished(commentary: string): void };

/** Where the modal renders: `#artdeco-modal-outlet`, or #interop-outlet's shadow root (set by main.ts). */
export const outlet: { root: ParentNode } = { root: document.body };

let share: { overlay: HTMLElement; editor: QuillEditor } | null = null;

export function closeShareModal(): void {
  share?.overlay.remove();
  share = null;
}

export function openShareModal(mode: ShareMode = { kind: 'new' }): void {
  closeShareModal();
  const container = h('div', { class: 'editor-container' });
  const label = mode.kind === 'edit' ? t.save : mode.kind === 'article' ? t.publish : t.post;
  const post = h('button', { id: ember(),
    class: 'share-actions__primary-action artdeco-button artdeco-button--2 artdeco-button--primary ember-view' },
  h('span', { class: 'artdeco-button__text' }, label));
  const tool = (text: string, name: 'image' | 'emoji' | 'clock', onclick?: () => void) => h('button', { type: 'button', 'aria-label': text,
    class: 'share-promoted-detour-button artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--tertiary', onclick }, icon(name));
  const images = h('div', { class: 'share-images-v2__container' });
  let image: { url: string; alt: string } | null = null;
  const showImage = () => {
    images.replaceChildren();
    if (!image) return;
    images.append(h('img', { class: 'share-images-v2__image', src: image.url, alt: image.alt }),
      h('button', { type: 'button', 'aria-label': t.removeMedia, onclick: () => { image = null; showImage(); },
        class: 'share-images-v2__remove artdeco-button artdeco-button--circle artdeco-button--2 artdeco-button--secondary' }, icon('close')));
  };
  const attached = mode.kind === 'repost'
    ? h('div', { class: 'share-creation-state__additional-content feed-shared-mini-update-v2', 'data-urn': urnOf(mode.post) },
      h('b', {}, mode.post.name), h('span', { class: 'update-components-actor__description' }, mode.post.headline),
      h('div', {}, mode.post.text))
    : mode.kind === 'article'
      ? h('div', { class: 'share-creation-state__additional-content share-article' }, h('b', {}, mode.title || t.title),
        h('span', { class: 'update-components-actor__description' }, ME.name))
      : null;
  const heading = mode.kind === 'edit' ? t.editPost : mode.kind === 'article' ? t.publishArticle : t.createPost;
  const composeStep = h('div', { class: 'share-box-v2__compose-step' },
    h('div', { class: 'artdeco-modal__header share-box-v2__header' },
      h('h2', { id: 'share-to-linkedin-modal__header', class: 'share-box-v2__modal-header' }, avatar(ME.name, 56),
        h('span', {}, heading, h('small', {}, `${ME.name} · ${t.anyone}`)))),
    h('div', { class: 'artdeco-modal__content share-box-v2__modal-content' },
      h('div', { class: 'share-creation-state' },
        h('div', { class: 'share-creation-state__text-editor' }, container), images, attached)),
    h('div', { class: 'share-box_actions share-creation-state__footer' },
      h('div', { class: 'share-box-footer__tools' },
        mode.kind === 'article' ? null : tool(t.media, 'image', () => mediaStep()), tool(t.emoji, 'emoji'),
        mode.kind === 'new' || mode.kind === 'repost' ? tool(t.schedule, 'clock') : null),
      h('div', { class: 'share-creation-state__schedule-and-post-container' }, post)));
  const dialog = h('div', { role: 'dialog', tabindex: '-1', 'aria-labelledby': 'share-to-linkedin-modal__header',
    class: 'artdeco-modal artdeco-modal--layer-default share-box-v2__modal' },
  h('button', { 'aria-label': t.dismiss, id: ember(), onclick: closeShareModal,
    class: 'artdeco-modal__dismiss artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--2 artdeco-button--tertiary ember-view' },
  icon('close')),
  composeStep);
  const overlay = h('div', { 'data-test-modal-container': true, 'data-test-modal-id': 'sharebox',
    class: 'artdeco-modal-overlay artdeco-modal-overlay--layer-default artdeco-modal-overlay--is-top-layer ember-view' }, dialog);
  outlet.root.append(overlay);

  /** The "Add media" step: the compose step is hidden (its editor kept), the image editor shown in the same modal. */
  function mediaStep(): void {
    let chosen = image ? { ...image } : null;
    const body = h('div', { class: 'artdeco-modal__content share-box-v2__media-editor' });
    const next = h('button', { type: 'button', class: 'share-box-footer__primary-btn artdeco-button artdeco-button--2 artdeco-button--primary' },
      h('span', { class: 'artdeco-button__text' }, t.next));
    const back = h('button', { type: 'button', class: 'share-box-footer__secondary-btn artdeco-button artdeco-button--2 artdeco-button--secondary' },
      h('span', { class: 'artdeco-button__text' }, t.back));
    const file = h('input', { type: 'file', accept: 'image/*', hidden: true, 'aria-label': t.upload, class: 'media-editor__file-input' });
    file.addEventListener('change', () => {
      const picked = file.files?.[0];
      if (!picked) return;
      chosen = { url: URL.createObjectURL(picked), alt: '' };
      render();
    });
    const step = h('div', { class: 'share-box-v2__media-step' },
      h('div', { class: 'artdeco-modal__header' }, h('h2', { class: 'share-box-v2__modal-header' }, t.editor)), body,
      h('div', { class: 'share-box_actions share-creation-state__footer' }, h('div', {}), h('div', {}, back, next)));
    function render(): void {
      next.disabled = !chosen;
      if (!chosen) {
        body.replaceChildren(h('p', {}, t.selectFiles), file,
          h('button', { type: 'button', class: 'artdeco-button artdeco-button--2 artdeco-button--secondary', onclick: () => file.click() }, t.upload));
        return;
      }
      const current = chosen;
      const alt = h('textarea', { class: 'media-editor-alt-text__textarea', 'aria-label': t.altText, maxlength: '1000', rows: '3' });
      alt.value = current.alt;
      const panel = h('div', { class: 'media-editor-alt-text', hidden: true },
        h('label', {}, h('span', { class: 'media-editor-alt-text__label' }, t.altText), alt), h('p', {}, t.altHelp),
        h('button', { type: 'button', class: 'artdeco-button artdeco-button--1 artdeco-button--primary', onclick: () => {
          current.alt = alt.value.trim();
          render();
        } }, current.alt ? t.update : t.add));
      body.replaceChildren(h('img', { class: 'media-editor__image', src: current.url, alt: current.alt }),
        h('div', { class: 'media-editor-toolbar' }, h('button', { type: 'button', class: 'artdeco-button artdeco-button--1 artdeco-button--tertiary',
          onclick: () => {
            panel.hidden = false;
            alt.focus();
          } }, t.altText)),
        panel);
    }
    const leave = () => {
      step.remove();
      composeStep.hidden = false;
      editor.focus();
    };
    back.addEventListener('click', leave);
    next.addEventListener('click', () => {
      if (!chosen) return;
      image = chosen;
      showImage();
      leave();
    });
    composeStep.hidden = true;
    dialog.append(step);
    render();
  }

  const onSend = (text: string, via: 'click' | 'shortcut', trusted: boolean) => {
    if (mode.kind === 'edit') {
      publish({ surface: 'edit-post', texts: [text], via, trusted });
      mode.onSaved(text);
    } else if (mode.kind === 'article') {
      publish({ surface: 'article', texts: [text, mode.title, mode.body], via, trusted });
      mode.onPublished(text);
    } else publish({ surface: mode.kind === 'repost' ? 'repost' : 'share', texts: [text], via, trusted });
    closeShareModal();
  };
  const options = {
    placeholder: mode.kind === 'article' ? t.articleAbout : t.talkAbout, ariaLabel: 'Text editor for creating content',
    content: mode.kind === 'edit' ? mode.post.text : undefined,
  };
  // An article publishes with or without a commentary: its Publish is never disabled.
  const { editor, send } = mode.kind === 'article'
    ? (() => {
      const quill = createQuillEditor(container, { ...options, onChange: () => {} });
      return { editor: quill, send: (via: 'click' | 'shortcut', trusted: boolean) => onSend(quill.text(), via, trusted) };
    })()
    : composer(post, (events) => createQuillEditor(container, { ...options, onChange: events.onChange }), onSend);
  share = { overlay, editor };
  // An edited post's text is in the editor from the start: the button follows it now.
  post.disabled = mode.kind !== 'article' && editor.isEmpty();
  if (post.disabled) post.setAttribute('aria-disabled', 'true');
  else post.removeAttribute('aria-disabled');
  post.addEventListener('click', (event) => send('click', event.isTrusted));
  overlay.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeShareModal();
  });
  editor.focus();
}
