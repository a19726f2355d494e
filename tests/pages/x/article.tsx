/** @jsxImportSource react */
// X Articles at /compose/articles/edit/<id> (docs/evidence/x.md#articles): a title and a Draft.js body, a
// "Publish" button without a test id that opens the "Publish Article" sheet, whose "Publish" publishes.
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { EditorState } from 'draft-js';
import { RichText } from './composer.tsx';
import { Icon } from './icons.tsx';
import { layers } from './sheets.tsx';
import { publish, t } from './shared.ts';

const plain = (editorState: EditorState) => editorState.getCurrentContent().getPlainText();

/** The "Publish Article" sheet (XB TwitterArticles-967cca90.js): what happens on publish, and its own "Publish". */
function PublishArticleSheet({ onPublish, onClose }: { onPublish(trusted: boolean): void; onClose(): void }) {
  const [copyLink, setCopyLink] = useState(false);
  const titleId = useRef(`publish-article-${Math.random().toString(36).slice(2)}`).current;
  return createPortal(
    <div className="layer">
      <div className="mask" onClick={onClose} />
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="dialog publish-article">
        <div className="dialog-head spread">
          <button type="button" role="button" data-testid="app-bar-close" aria-label={t.close} className="icon-button" onClick={onClose}>
            <Icon name="close" />
          </button>
          <h2 id={titleId}>{t.publishArticle}</h2>
          <button type="button" role="button" className="post-button small brand" onClick={(event) => onPublish(event.isTrusted)}>
            <span><span>{t.publish}</span></span>
          </button>
        </div>
        <p>{t.articlePublishText}</p>
        <label className="checkbox">
          <input type="checkbox" data-testid="copyTwitterArticleLinkCheckbox" checked={copyLink}
            onChange={(event: { currentTarget: HTMLInputElement }) => setCopyLink(event.currentTarget.checked)} />
          {t.copyLink}
        </label>
      </div>
    </div>,
    layers(),
  );
}

export function ArticleEditor({ id }: { id: string }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState(() => EditorState.createEmpty());
  const [sheet, setSheet] = useState(false);
  const ready = title.trim() !== '' && plain(body).trim() !== '';
  return (
    <div className="article-compose" data-article-id={id}>
      <div className="column-header spread">
        <a href="/home" aria-label={t.back} className="icon-button" data-testid="app-bar-back"><Icon name="back" /></a>
        <h2>{t.articles}</h2>
        <div className="head-actions">
          <span className="muted">{t.drafts}</span>
          {/* No test id (docs/evidence/x.md#articles). */}
          <button type="button" role="button" className="post-button brand" disabled={!ready} aria-disabled={ready ? undefined : 'true'}
            onClick={() => setSheet(true)}>
            <span><span>{t.publish}</span></span>
          </button>
        </div>
      </div>
      <div className="article-body">
        {/* React Native for Web's multiline TextInput: a <textarea> named by its label (XB TwitterArticles-dee3c9bb.js). */}
        <textarea className="article-title" name={t.articleTitle} placeholder={t.addTitle} maxLength={100} rows={1} dir="auto"
          value={title} onChange={(event: { currentTarget: HTMLTextAreaElement }) => setTitle(event.currentTarget.value)} />
        {/* The body's RichTextInput has the test id "composer" (guess: it lands on the editor as tweetTextarea_N does). */}
        <RichText index={0} testId="composer" ariaLabel="" placeholder={t.startWriting} editorState={body} onChange={setBody} />
      </div>
      {sheet && (
        <PublishArticleSheet onClose={() => setSheet(false)}
          onPublish={(trusted) => {
            publish({ surface: 'article', texts: [plain(body)], title, via: 'click', trusted });
            setSheet(false);
            setTitle('');
            setBody(EditorState.createEmpty());
          }} />
      )}
    </div>
  );
}
