/** @jsxImportSource react */
// X's touch layout (`?layout=mobile`, docs/evidence/x.md#mobile-layout): no Draft.js, a plain <textarea>
// inside `div[data-testid="tweetTextarea_0"]`, on the /compose/post page and in the inline reply.
import { useState } from 'react';
import { PostButton } from './composer.tsx';
import { Avatar, Icon } from './icons.tsx';
import { ME, publish, t } from './shared.ts';
import type { Post, Surface } from './shared.ts';
import type { Via } from '../common/record.ts';

interface PlainTextProps {
  value: string;
  onChange(value: string): void;
  placeholder: string;
  autoFocus?: boolean;
}

/** X's plain text input (`isRichTextInput` false). Guess: no publish shortcut; Enter is a new line. */
function PlainText({ value, onChange, placeholder, autoFocus }: PlainTextProps) {
  return (
    <div className="plain-text" data-testid="tweetTextarea_0">
      <textarea aria-label={t.postText} placeholder={placeholder} dir="auto" rows={3} autoFocus={autoFocus} value={value}
        onChange={(event: { currentTarget: HTMLTextAreaElement }) => onChange(event.currentTarget.value)} />
    </div>
  );
}

/** The /compose/post page of the touch layout: close, Post, and the textarea. */
export function MobileCompose({ onDone }: { onDone(): void }) {
  const [text, setText] = useState('');
  const empty = text.trim() === '';
  const send = (via: Via, trusted: boolean) => {
    if (empty) return;
    publish({ surface: 'mobile', texts: [text], via, trusted });
    onDone();
  };
  return (
    <div className="mobile-compose">
      <div className="column-header spread">
        <button type="button" role="button" data-testid="app-bar-close" aria-label={t.close} className="icon-button" onClick={onDone}>
          <Icon name="close" />
        </button>
        <PostButton testId="tweetButton" label={t.post} disabled={empty} onSend={send} />
      </div>
      <div className="composer">
        <Avatar user={ME.user} />
        <div className="composer-body"><PlainText value={text} onChange={setText} placeholder={t.whatsHappening} autoFocus /></div>
      </div>
    </div>
  );
}

/** The inline reply under a focused post, in the touch layout. */
export function MobileInlineReply({ replyTo }: { replyTo: Post }) {
  const [text, setText] = useState('');
  const empty = text.trim() === '';
  const surface: Surface = 'mobile-reply';
  return (
    <div className="composer inline">
      <Avatar user={ME.user} />
      <div className="composer-body">
        <div className="replying-to">{t.replyingTo} <a href={`/${replyTo.user}`}>@{replyTo.user}</a></div>
        <PlainText value={text} onChange={setText} placeholder={t.postYourReply} />
        <div className="toolbar" data-testid="toolBar">
          <div className="toolbar-icons" />
          <PostButton testId="tweetButtonInline" label={t.reply} disabled={empty} onSend={(via, trusted) => {
            if (empty) return;
            publish({ surface, texts: [text], via, trusted });
            setText('');
          }} />
        </div>
      </div>
    </div>
  );
}
