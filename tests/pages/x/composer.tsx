/** @jsxImportSource react */
// X's compose boxes: the Draft.js RichText editor, the inline composer (home, inline reply) and the
// modal composer (new post, thread, reply, quote, edit) with its one tweetButton; what they attach (images with
// descriptions, a poll, a quoted post) and the sheets a press may open before anything goes out.
import { useEffect, useRef, useState } from 'react';
import { ContentState, Editor, EditorState, KeyBindingUtil, getDefaultKeyBinding } from 'draft-js';
import type { DraftHandleValue, SyntheticKeyboardEvent } from 'draft-js';
import { AttachmentArea, MediaButton, PollButton, missingDescriptions, pollValid, useAttachments } from './attachments.tsx';
import type { Attachments } from './attachments.tsx';
import { Avatar, Icon } from './icons.tsx';
import type { Via } from '../common/record.ts';
import { AltTextNudge, LastEditSheet, MediaEditor, PromoteSheet, ScheduleSheet, describeWhen, isoOf } from './sheets.tsx';
import type { MediaItem, When } from './sheets.tsx';
import { ME, applyEdit, publish, setReposted, t, verified } from './shared.ts';
import type { Post, Surface, XPublished } from './shared.ts';

const plain = (editorState: EditorState) => editorState.getCurrentContent().getPlainText();

function isBlank(editorState: EditorState): boolean {
  return plain(editorState).trim() === '';
}

interface RichTextProps {
  index: number;
  editorState: EditorState;
  onChange(editorState: EditorState): void;
  placeholder: string;
  /** X's `send-tweet` key command; composers without one (an article's body) leave it out. */
  onSend?: (trusted: boolean) => void;
  onDismiss?: () => void;
  autoFocus?: boolean;
  /** The editor's test id: `tweetTextarea_<index>` unless given. */
  testId?: string;
  /** "Post text" unless given; '' for none. */
  ariaLabel?: string;
}

/** X's RichText: the Draft editor inside `<testId>RichTextInputContainer`. */
export function RichText({ index, editorState, onChange, placeholder, onSend, onDismiss, autoFocus, testId, ariaLabel }: RichTextProps) {
  const editor = useRef<Editor | null>(null);
  // handleKeyCommand gets no event, so the keydown that produced the command is remembered here.
  const lastKeyTrusted = useRef(false);
  const id = testId ?? `tweetTextarea_${index}`;
  useEffect(() => {
    if (autoFocus) editor.current?.focus();
  }, []);

  const keyBindingFn = (event: SyntheticKeyboardEvent): string | null => {
    lastKeyTrusted.current = event.nativeEvent.isTrusted;
    if (onSend && event.keyCode === 13 && KeyBindingUtil.hasCommandModifier(event)) return 'send-tweet';
    if (event.keyCode === 27 && onDismiss) return 'dismiss-composer';
    return getDefaultKeyBinding(event);
  };
  const handleKeyCommand = (command: string): DraftHandleValue => {
    if (command === 'send-tweet' && onSend) {
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
    <div className="rich-text" data-testid={`${id}RichTextInputContainer`}>
      <Editor ref={editor} webDriverTestID={id} ariaLabel={ariaLabel === undefined ? t.postText : ariaLabel || undefined} ariaMultiline
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

export function PostButton({ testId, label, disabled, onSend }: PostButtonProps) {
  return (
    <button type="button" role="button" className="post-button" data-testid={testId} disabled={disabled}
      aria-disabled={disabled ? 'true' : undefined} onClick={(event) => onSend('click', event.isTrusted)}>
      <span><span>{label}</span></span>
    </button>
  );
}

/** A verified account's "Promote" beside Post in the compose modal: opens the Promote sheet; no test id. */
function PromoteButton({ disabled, onPress }: { disabled: boolean; onPress(): void }) {
  return (
    <button type="button" role="button" className="promote-button" disabled={disabled} aria-disabled={disabled ? 'true' : undefined}
      onClick={onPress}>
      <span><span>{t.promote}</span></span>
    </button>
  );
}

interface FlowOptions {
  valid: boolean;
  media: MediaItem[];
  /** A quote with no text of its own: X sends a plain repost of the quoted post instead (`isRetweet`). */
  retweet?: (via: Via, trusted: boolean) => void;
  isLastEdit?: boolean;
  openMedia(index: number): void;
  send(via: Via, trusted: boolean, promoted: boolean): void;
}

type Sheet = { kind: 'nudge' | 'lastEdit' | 'promote'; promoted: boolean };

/**
 * What a press on Post does (XB `handleTweetOrRetweet`): with an image lacking a description, the alt-text nudge
 * first; a repost for a quote without text; the last-edit sheet before the last allowed edit; else it sends.
 * Returns the press and the sheet to render.
 */
function usePublishFlow(options: FlowOptions) {
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const tweet = (via: Via, trusted: boolean, promoted: boolean, confirmedLastEdit = false) => {
    if (options.isLastEdit && !confirmedLastEdit) return setSheet({ kind: 'lastEdit', promoted });
    setSheet(null);
    options.send(via, trusted, promoted);
  };
  const tweetOrRetweet = (via: Via, trusted: boolean, promoted: boolean) => {
    if (!options.retweet) return tweet(via, trusted, promoted);
    setSheet(null);
    options.retweet(via, trusted);
  };
  const press = (via: Via, trusted: boolean, promoted = false) => {
    if (!options.valid) return;
    if (missingDescriptions(options.media) > 0) return setSheet({ kind: 'nudge', promoted });
    tweetOrRetweet(via, trusted, promoted);
  };
  const close = () => setSheet(null);
  let element = null;
  if (sheet?.kind === 'nudge') {
    element = (
      <AltTextNudge images={options.media.length} onDismiss={close}
        onAdd={() => {
          close();
          options.openMedia(Math.max(0, options.media.findIndex((m) => m.alt.trim() === '')));
        }}
        onIgnore={(trusted) => tweetOrRetweet('click', trusted, sheet.promoted)} />
    );
  } else if (sheet?.kind === 'lastEdit') {
    element = <LastEditSheet onCancel={close} onUpdate={(trusted) => tweet('click', trusted, sheet.promoted, true)} />;
  } else if (sheet?.kind === 'promote') {
    element = <PromoteSheet onDismiss={close} onPromote={(trusted) => press('click', trusted, true)} />;
  }
  return { press, promote: () => setSheet({ kind: 'promote', promoted: true }), sheet: element };
}

/** The fields X sends with the text: the poll's options and the images' descriptions. */
function extras(attachments: Attachments): Partial<XPublished> {
  const out: Partial<XPublished> = {};
  if (attachments.poll) out.poll = attachments.poll.choices.filter((c) => c.trim() !== '');
  if (attachments.media.length) out.alt = attachments.media.map((m) => m.alt);
  return out;
}

/** The inline composer of the home timeline (`home`) and of a conversation (`inline-reply`). */
export function InlineComposer({ surface, replyTo }: { surface: Surface; replyTo?: Post }) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const attachments = useAttachments();
  const [mediaEditor, setMediaEditor] = useState<number | null>(null);
  const empty = isBlank(editorState);
  const valid = (!empty || attachments.media.length > 0) && pollValid(attachments.poll);
  const flow = usePublishFlow({
    valid,
    media: attachments.media,
    openMedia: setMediaEditor,
    send: (via, trusted) => {
      publish({ surface, texts: [plain(editorState)], via, trusted, ...extras(attachments) });
      // A new empty box; after the shortcut the caret stays in it, after a click focus stays on the button.
      const fresh = EditorState.createEmpty();
      setEditorState(via === 'shortcut' ? EditorState.moveFocusToEnd(fresh) : fresh);
      attachments.clear();
    },
  });
  return (
    <div className="composer inline">
      <Avatar user={ME.user} />
      <div className="composer-body">
        {replyTo && <div className="replying-to">{t.replyingTo} <a href={`/${replyTo.user}`}>@{replyTo.user}</a></div>}
        <RichText index={0} editorState={editorState} onChange={setEditorState} onSend={(trusted) => flow.press('shortcut', trusted)}
          placeholder={replyTo ? t.postYourReply : t.whatsHappening} />
        <AttachmentArea attachments={attachments} onEditMedia={setMediaEditor} />
        <div className="toolbar" data-testid="toolBar">
          <div className="toolbar-icons">
            <MediaButton attachments={attachments} />
            {!replyTo && <PollButton attachments={attachments} />}
          </div>
          <PostButton testId="tweetButtonInline" label={replyTo ? t.reply : t.post} disabled={!valid} onSend={flow.press} />
        </div>
      </div>
      {flow.sheet}
      {mediaEditor !== null && attachments.media.length > 0 && (
        <MediaEditor media={attachments.media} start={mediaEditor} onClose={() => setMediaEditor(null)}
          onSave={(alts) => {
            attachments.setAlts(alts);
            setMediaEditor(null);
          }} />
      )}
    </div>
  );
}

/** The modal's sub-routes that keep it open (docs/evidence/x.md#composers): the media editor and the schedule sheet. */
export type ModalSub = 'media' | 'schedule' | null;

interface ModalComposerProps {
  replyTo?: Post;
  quoted?: Post;
  /** Editing one of the demo account's posts: its text to start from, the button "Update". */
  edit?: Post;
  sub: ModalSub;
  onSub(sub: ModalSub): void;
  onDone(): void;
}

/** The compose modal's thread: editors tweetTextarea_0…N, addButton, and one tweetButton under the last post. */
export function ModalComposer({ replyTo, quoted, edit, sub, onSub, onDone }: ModalComposerProps) {
  const [editorStates, setEditorStates] = useState(() => [
    edit ? EditorState.moveFocusToEnd(EditorState.createWithContent(ContentState.createFromText(edit.text))) : EditorState.createEmpty(),
  ]);
  const attachments = useAttachments();
  const [scheduled, setScheduled] = useState<When | null>(null);
  const [mediaStart, setMediaStart] = useState(0);
  const blank = editorStates.every(isBlank);
  const hasMedia = attachments.media.length > 0;
  const isRetweet = Boolean(quoted) && blank && !hasMedia && !attachments.poll && editorStates.length === 1;
  const valid = (isRetweet || !blank || (hasMedia && !edit)) && pollValid(attachments.poll);
  const surface: Surface = edit ? 'edit' : replyTo ? 'reply-modal' : quoted ? 'quote' : 'modal';
  // X's order of precedence (docs/evidence/x.md#publish-buttons).
  const label = scheduled ? t.schedule : edit ? t.update : replyTo ? t.reply : editorStates.length > 1 ? t.postAll : t.post;
  const promotable = verified && !replyTo && !quoted && !edit && !scheduled && editorStates.length === 1;
  const last = editorStates.length - 1;

  const openMedia = (index: number) => {
    setMediaStart(index);
    onSub('media');
  };
  const flow = usePublishFlow({
    valid,
    media: attachments.media,
    isLastEdit: edit?.editsLeft === 1,
    openMedia,
    ...(isRetweet && quoted ? {
      retweet: (via: Via, trusted: boolean) => {
        publish({ surface: 'repost', texts: [], via, trusted, reposted: quoted.id });
        setReposted(quoted.id, true);
        onDone();
      },
    } : {}),
    send: (via, trusted, promoted) => {
      const texts = editorStates.map(plain);
      const record: XPublished = { surface, texts, via, trusted, ...extras(attachments) };
      if (scheduled) Object.assign(record, { scheduled: true, scheduledFor: isoOf(scheduled) });
      if (promoted) record.promoted = true;
      if (edit) record.edited = edit.id;
      publish(record, scheduled ? t.scheduledSent(describeWhen(scheduled)) : promoted ? t.promotedSent : undefined);
      if (edit) applyEdit(edit.id, texts[0] ?? '');
      onDone();
    },
  });
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
      {scheduled && (
        <div className="scheduled" data-testid="scheduledTweetIndicator" role="button" tabIndex={0} onClick={() => onSub('schedule')}>
          <Icon name="calendar" /><span>{t.willSendOn(describeWhen(scheduled))}</span>
        </div>
      )}
      {editorStates.map((editorState, index) => (
        <div className="thread-item" key={index}>
          <div className="rail"><Avatar user={ME.user} />{index < last && <div className="line" />}</div>
          <div className="item-body">
            <RichText index={index} editorState={editorState} onChange={change(index)} autoFocus
              placeholder={index > 0 ? t.addAnother : replyTo ? t.postYourReply : t.whatsHappening}
              onSend={(trusted) => flow.press('shortcut', trusted)} onDismiss={onDone} />
            <AttachmentArea attachments={index === last && !edit ? attachments : undefined} quoted={index === 0 ? quoted : undefined}
              onEditMedia={openMedia} />
            {index === last && (
              <div className="toolbar" data-testid="toolBar">
                <div className="toolbar-icons">
                  <MediaButton attachments={edit ? undefined : attachments} disabled={Boolean(edit)} />
                  {!edit && !quoted && <PollButton attachments={attachments} />}
                  {!edit && !replyTo && (
                    <button type="button" role="button" className="icon-button" data-testid="scheduleOption" aria-label={t.schedulePost}
                      onClick={() => onSub('schedule')}>
                      <Icon name="calendar" />
                    </button>
                  )}
                  <button type="button" role="button" className="icon-button add" data-testid="addButton"
                    aria-label={t.addPost} disabled={Boolean(edit)} onClick={add}>
                    <Icon name="plus" />
                  </button>
                </div>
                <div className="toolbar-actions">
                  {promotable && <PromoteButton disabled={!valid} onPress={flow.promote} />}
                  <PostButton testId="tweetButton" label={label} disabled={!valid} onSend={flow.press} />
                </div>
              </div>
            )}
          </div>
        </div>
      ))}
      {flow.sheet}
      {sub === 'schedule' && (
        <ScheduleSheet initial={scheduled} onClose={() => onSub(null)}
          onClear={() => {
            setScheduled(null);
            onSub(null);
          }}
          onConfirm={(when) => {
            setScheduled(when);
            onSub(null);
          }} />
      )}
      {sub === 'media' && attachments.media.length > 0 && (
        <MediaEditor media={attachments.media} start={mediaStart} onClose={() => onSub(null)}
          onSave={(alts) => {
            attachments.setAlts(alts);
            onSub(null);
          }} />
      )}
    </div>
  );
}
