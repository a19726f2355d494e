/** @jsxImportSource react */
// X's compose boxes: the Draft.js RichText editor, the inline composer (home, inline reply) and the
// modal composer (new post, thread, reply, quote) with its one tweetButton.
import { useEffect, useRef, useState } from 'react';
import { Editor, EditorState, KeyBindingUtil, getDefaultKeyBinding } from 'draft-js';
import type { DraftHandleValue, SyntheticKeyboardEvent } from 'draft-js';
import { Avatar, Icon } from './icons.tsx';
import type { Via } from '../common/record.ts';
import { publish, t } from './shared.ts';
import type { Post, Surface } from './shared.ts';

const ME = 'postpause_demo';

function isBlank(editorState: EditorState): boolean {
  return editorState.getCurrentContent().getPlainText().trim() === '';
}

interface RichTextProps {
  index: number;
  editorState: EditorState;
  onChange(editorState: EditorState): void;
  placeholder: string;
  onSend(trusted: boolean): void;
  onDismiss?: () => void;
  autoFocus?: boolean;
}

/** X's RichText: the Draft editor inside `tweetTextarea_<i>RichTextInputContainer`. */
function RichText({ index, editorState, onChange, placeholder, onSend, onDismiss, autoFocus }: RichTextProps) {
  const editor = useRef<Editor | null>(null);
  // handleKeyCommand gets no event, so the keydown that produced the command is remembered here.
  const lastKeyTrusted = useRef(false);
  useEffect(() => {
    if (autoFocus) editor.current?.focus();
  }, []);

  const keyBindingFn = (event: SyntheticKeyboardEvent): string | null => {
    lastKeyTrusted.current = event.nativeEvent.isTrusted;
    if (event.keyCode === 13 && KeyBindingUtil.hasCommandModifier(event)) return 'send-tweet';
    if (event.keyCode === 27 && onDismiss) return 'dismiss-composer';
    return getDefaultKeyBinding(event);
  };
  const handleKeyCommand = (command: string): DraftHandleValue => {
    if (command === 'send-tweet') {
      onSend(lastKeyTrusted.current);
      return 'handled';
    }
    if (command === 'dismiss-composer' && onDismiss) {
      onDismiss();
      return 'handled';
    }
    return 'not-handled';
  };

  return (
    <div className="rich-text" data-testid={`tweetTextarea_${index}RichTextInputContainer`}>
      <Editor ref={editor} webDriverTestID={`tweetTextarea_${index}`} ariaLabel={t.postText} ariaMultiline
        placeholder={placeholder} editorState={editorState} onChange={onChange} spellCheck
        keyBindingFn={keyBindingFn} handleKeyCommand={handleKeyCommand} />
    </div>
  );
}

interface PostButtonProps {
  testId: 'tweetButtonInline' | 'tweetButton';
  label: string;
  disabled: boolean;
  onSend(via: Via, trusted: boolean): void;
}

function PostButton({ testId, label, disabled, onSend }: PostButtonProps) {
  return (
    <button type="button" role="button" className="post-button" data-testid={testId} disabled={disabled}
      aria-disabled={disabled ? 'true' : undefined} onClick={(event) => onSend('click', event.isTrusted)}>
      <span><span>{label}</span></span>
    </button>
  );
}

function MediaButton() {
  return (
    <button type="button" role="button" className="icon-button" aria-label={t.media} data-testid="fileInput-button">
      <Icon name="media" />
    </button>
  );
}

/** The inline composer of the home timeline (`home`) and of a conversation (`inline-reply`). */
export function InlineComposer({ surface, replyTo }: { surface: Surface; replyTo?: Post }) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const empty = isBlank(editorState);
  const send = (via: Via, trusted: boolean) => {
    if (empty) return;
    publish({ surface, texts: [editorState.getCurrentContent().getPlainText()], via, trusted });
    // A new empty box; after the shortcut the caret stays in it, after a click focus stays on the button.
    const fresh = EditorState.createEmpty();
    setEditorState(via === 'shortcut' ? EditorState.moveFocusToEnd(fresh) : fresh);
  };
  return (
    <div className="composer inline">
      <Avatar user={ME} />
      <div className="composer-body">
        {replyTo && <div className="replying-to">{t.replyingTo} <a href={`/${replyTo.user}`}>@{replyTo.user}</a></div>}
        <RichText index={0} editorState={editorState} onChange={setEditorState} onSend={(trusted) => send('shortcut', trusted)}
          placeholder={replyTo ? t.postYourReply : t.whatsHappening} />
        <div className="toolbar" data-testid="toolBar">
          <div className="toolbar-icons"><MediaButton /></div>
          <PostButton testId="tweetButtonInline" label={replyTo ? t.reply : t.post} disabled={empty} onSend={send} />
        </div>
      </div>
    </div>
  );
}

function QuotedCard({ post }: { post: Post }) {
  return (
    <div className="quoted" role="link" tabIndex={0}>
      <div className="quoted-head"><b>{post.name}</b> <span className="muted">@{post.user} · {post.time}</span></div>
      <div>{post.text}</div>
    </div>
  );
}

interface ModalComposerProps {
  replyTo?: Post;
  quoted?: Post;
  onDone(): void;
}

/** The compose modal's thread: editors tweetTextarea_0…N, addButton, and one tweetButton under the last post. */
export function ModalComposer({ replyTo, quoted, onDone }: ModalComposerProps) {
  const [editorStates, setEditorStates] = useState(() => [EditorState.createEmpty()]);
  const surface: Surface = replyTo ? 'reply-modal' : quoted ? 'quote' : 'modal';
  const empty = editorStates.every(isBlank);
  const label = replyTo ? t.reply : editorStates.length > 1 ? t.postAll : t.post;

  const send = (via: Via, trusted: boolean) => {
    if (empty) return;
    publish({ surface, texts: editorStates.map((s) => s.getCurrentContent().getPlainText()), via, trusted });
    onDone();
  };
  const change = (index: number) => (editorState: EditorState) =>
    setEditorStates((states) => states.map((s, i) => (i === index ? editorState : s)));
  const add = () => setEditorStates((states) => [...states, EditorState.createEmpty()]);

  return (
    <div className="thread">
      {replyTo && (
        <div className="thread-item context">
          <div className="rail"><Avatar user={replyTo.user} /><div className="line" /></div>
          <div className="item-body">
            <div><b>{replyTo.name}</b> <span className="muted">@{replyTo.user} · {replyTo.time}</span></div>
            <div>{replyTo.text}</div>
            <div className="replying-to">{t.replyingTo} <a href={`/${replyTo.user}`}>@{replyTo.user}</a></div>
          </div>
        </div>
      )}
      {editorStates.map((editorState, index) => (
        <div className="thread-item" key={index}>
          <div className="rail"><Avatar user={ME} />{index < editorStates.length - 1 && <div className="line" />}</div>
          <div className="item-body">
            <RichText index={index} editorState={editorState} onChange={change(index)} autoFocus
              placeholder={index > 0 ? t.addAnother : replyTo ? t.postYourReply : t.whatsHappening}
              onSend={(trusted) => send('shortcut', trusted)} onDismiss={onDone} />
            {index === 0 && quoted && <QuotedCard post={quoted} />}
            {index === editorStates.length - 1 && (
              <div className="toolbar" data-testid="toolBar">
                <div className="toolbar-icons">
                  <MediaButton />
                  <button type="button" role="button" className="icon-button add" data-testid="addButton"
                    aria-label={t.addPost} onClick={add}>
                    <Icon name="plus" />
                  </button>
                </div>
                <PostButton testId="tweetButton" label={label} disabled={empty} onSend={send} />
              </div>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}
