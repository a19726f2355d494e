// The article and newsletter editor, `/article/new/` and `/pulse/…/edit` (docs/evidence/linkedin.md#articles-and-newsletters):
// a "Title" text box and the body, a Quill `.ql-editor` labelled "Article editor content". "Next" opens the share
// modal with a text box for the share commentary, the article attached, and "Publish", which publishes. The
// classes of the title and the page around them are guesses.
import { h } from '../common/dom.ts';
import { ME } from '../common/linkedin-feed.ts';
import { createQuillEditor } from './editor.ts';
import { openShareModal } from './share.ts';
import { avatar, t } from './ui.ts';

export function renderArticleEditor(main: HTMLElement): void {
  const title = h('textarea', { class: 'article-editor-headline__textarea', placeholder: t.title, rows: '1', maxlength: '150' });
  const container = h('div', { class: 'editor-container' });
  const next = h('button', { type: 'button', class: 'article-editor-nav__publish artdeco-button artdeco-button--2 artdeco-button--primary' },
    h('span', { class: 'artdeco-button__text' }, t.next));
  const page = h('section', { class: 'artdeco-card article-editor' },
    h('header', { class: 'article-editor-nav' }, avatar(ME.name, 32), h('span', { class: 'article-editor-nav__author' }, `${ME.name} · ${t.writeArticle}`), next),
    h('div', { class: 'article-editor-headline' }, title),
    h('div', { class: 'article-editor-content' }, container));
  main.append(page);
  const body = createQuillEditor(container, { placeholder: t.writeHere, ariaLabel: 'Article editor content', onChange: update });
  function update(): void {
    next.disabled = title.value.trim() === '' || body.isEmpty();
  }
  title.addEventListener('input', update);
  update();
  next.addEventListener('click', () => {
    if (next.disabled) return;
    openShareModal({ kind: 'article', title: title.value, body: body.text(), onPublished: () => {
      // The published article: read-only, as /pulse/… shows it.
      page.replaceChildren(h('h1', { class: 'reader-article-header__title' }, title.value),
        h('div', { class: 'reader-article-content', dir: 'ltr' }, ...body.text().split('\n').map((line) => h('p', {}, line))));
    } });
  });
  title.focus();
}
