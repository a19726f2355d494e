/** @jsxImportSource react */
// What a post carries besides its text, in `[data-testid="attachments"]` (XB RichTextCompose-a2dee9c7.js,
// `_renderTweetAttachment`): the attached images with their description label, a poll, a quoted post.
import { useRef, useState } from 'react';
import { Icon } from './icons.tsx';
import { t } from './shared.ts';
import type { Post } from './shared.ts';
import type { MediaItem } from './sheets.tsx';

export interface Poll {
  choices: string[];
}

/** The attachments of one composer and the ways to change them. */
export function useAttachments() {
  const [media, setMedia] = useState<MediaItem[]>([]);
  const [poll, setPoll] = useState<Poll | null>(null);
  const next = useRef(0);
  return {
    media,
    poll,
    addFiles(files: FileList | File[]) {
      const added = [...files].slice(0, 4 - media.length).map((file) => ({ id: `media-${++next.current}`, url: URL.createObjectURL(file), alt: '' }));
      setMedia((all) => [...all, ...added]);
    },
    removeMedia(id: string) {
      setMedia((all) => all.filter((m) => m.id !== id));
    },
    setAlts(alts: string[]) {
      setMedia((all) => all.map((m, i) => ({ ...m, alt: alts[i] ?? m.alt })));
    },
    openPoll() {
      setPoll({ choices: ['', ''] });
    },
    setPoll,
    clear() {
      setMedia([]);
      setPoll(null);
    },
  };
}
export type Attachments = ReturnType<typeof useAttachments>;

/** X sends a poll only when its first two choices are filled in. */
export const pollValid = (poll: Poll | null) => !poll || (poll.choices[0]?.trim() !== '' && poll.choices[1]?.trim() !== '');

export const missingDescriptions = (media: MediaItem[]) => media.filter((m) => m.alt.trim() === '').length;

/** The image pickers' hidden file input and its button (`fileInput`), disabled while a poll is open. */
export function MediaButton({ attachments, disabled }: { attachments?: Attachments; disabled?: boolean }) {
  const input = useRef<HTMLInputElement | null>(null);
  const off = disabled || !attachments || attachments.poll !== null || attachments.media.length >= 4;
  return (
    <>
      <button type="button" role="button" className="icon-button" aria-label={t.media} data-testid="fileInput-button" disabled={off}
        onClick={() => input.current?.click()}>
        <Icon name="media" />
      </button>
      {attachments && (
        <input ref={input} type="file" data-testid="fileInput" accept="image/jpeg,image/png,image/webp,image/gif" multiple tabIndex={-1}
          className="visually-hidden" disabled={off} onChange={(event: { currentTarget: HTMLInputElement }) => {
            const { files } = event.currentTarget;
            if (files?.length) attachments.addFiles(files);
            event.currentTarget.value = '';
          }} />
      )}
    </>
  );
}

export function PollButton({ attachments }: { attachments: Attachments }) {
  return (
    <button type="button" role="button" className="icon-button" aria-label={t.addPoll} data-testid="createPollButton"
      disabled={attachments.poll !== null || attachments.media.length > 0} onClick={attachments.openPoll}>
      <Icon name="poll" />
    </button>
  );
}

function PollEditor({ attachments }: { attachments: Attachments }) {
  const poll = attachments.poll!;
  const setChoice = (index: number, value: string) => attachments.setPoll({ choices: poll.choices.map((c, i) => (i === index ? value : c)) });
  return (
    <div className="poll" role="group" aria-label={t.addPoll}>
      {poll.choices.map((choice, index) => (
        <div className="poll-row" key={index}>
          <label className="poll-choice">
            <span className="muted">{t.choice(index + 1)}</span>
            <input type="text" name={`Choice${index + 1}`} maxLength={25} dir="auto" value={choice}
              autoFocus={index === 0 || index === poll.choices.length - 1 && index > 1}
              onChange={(event: { currentTarget: HTMLInputElement }) => setChoice(index, event.currentTarget.value)} />
          </label>
          {index === poll.choices.length - 1 && poll.choices.length < 4 && (
            <button type="button" role="button" className="icon-button" aria-label={t.addChoice}
              onClick={() => attachments.setPoll({ choices: [...poll.choices, ''] })}>
              <Icon name="plus" />
            </button>
          )}
        </div>
      ))}
      <div className="poll-length">
        <span>{t.pollLength}</span>
        <select aria-label={t.days} defaultValue="1">{[0, 1, 2, 3, 4, 5, 6, 7].map((d) => <option key={d} value={String(d)}>{d}</option>)}</select>
        <select aria-label={t.hours} defaultValue="0">{[0, 6, 12, 18].map((h) => <option key={h} value={String(h)}>{h}</option>)}</select>
        <select aria-label={t.minutes} defaultValue="0">{[0, 15, 30, 45].map((m) => <option key={m} value={String(m)}>{m}</option>)}</select>
      </div>
      <button type="button" role="button" className="text-button danger" onClick={() => attachments.setPoll(null)}>
        <span><span>{t.removePoll}</span></span>
      </button>
    </div>
  );
}

/** The post a quote composer quotes, as X's quoted-post card shows it. */
export function QuotedCard({ post }: { post: Post }) {
  return (
    <div className="quoted" role="link" tabIndex={0}>
      <div className="quoted-head" data-testid="User-Name"><b>{post.name}</b> <span className="muted">@{post.user} · {post.time}</span></div>
      <div data-testid="tweetText" lang="en">{post.text}</div>
    </div>
  );
}

/** The description label under the images: "Add description", the description, or how many there are. */
function AltTextLabel({ media, onOpen }: { media: MediaItem[]; onOpen(index: number): void }) {
  const described = media.filter((m) => m.alt.trim() !== '');
  const text = described.length === 0 ? t.addDescription : media.length > 1 ? `${described.length} image description${described.length > 1 ? 's' : ''}` : described[0]!.alt;
  const first = Math.max(0, media.findIndex((m) => m.alt.trim() === ''));
  return (
    <a href="/compose/post/media" role="link" aria-label={t.addDescription} data-testid="altTextWrapper" className="media-action"
      onClick={(event) => {
        event.preventDefault();
        onOpen(first);
      }}>
      <span data-testid="altTextLabel"><Icon name={described.length ? 'check' : 'alt'} />{text}</span>
    </a>
  );
}

interface AttachmentAreaProps {
  attachments?: Attachments;
  quoted?: Post;
  onEditMedia(index: number): void;
}

/** `[data-testid="attachments"]`: only there while a post has media, a poll or a quoted post. */
export function AttachmentArea({ attachments, quoted, onEditMedia }: AttachmentAreaProps) {
  const media = attachments?.media ?? [];
  const poll = attachments?.poll ?? null;
  if (!media.length && !poll && !quoted) return null;
  return (
    <div className="attachments" data-testid="attachments">
      {media.length > 0 && (
        <>
          <div className={media.length > 1 ? 'media-list grid' : 'media-list'}>
            {media.map((item, index) => (
              <div className="media-item" key={item.id}>
                {/* Guess: the preview's <img> carries the description once saved, as React Native for Web's Image
                    writes its accessibility label into `alt`. */}
                <img src={item.url} alt={item.alt} draggable={false} />
                <button type="button" role="button" className="media-remove" aria-label={t.removeMedia} onClick={() => attachments!.removeMedia(item.id)}>
                  <Icon name="close" />
                </button>
                <button type="button" role="button" className="media-edit" onClick={() => onEditMedia(index)}>
                  <span><span>Edit</span></span>
                </button>
              </div>
            ))}
          </div>
          <AltTextLabel media={media} onOpen={onEditMedia} />
        </>
      )}
      {poll && attachments && <PollEditor attachments={attachments} />}
      {quoted && <QuotedCard post={quoted} />}
    </div>
  );
}
