/** @jsxImportSource react */
// X's layers above a composer, each its own popup under #layers (docs/evidence/x.md#second-stage-sheets): the
// confirmation sheet (alt-text nudge, last edit), the Promote sheet, the schedule sheet and the media editor.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ReactNode } from 'react';
import { Icon } from './icons.tsx';
import { t } from './shared.ts';

export const layers = () => document.getElementById('layers') as HTMLElement;

let ids = 0;
const useId = (prefix: string) => useRef(`${prefix}-${++ids}`).current;

/** Focus moves into a sheet when it opens, as X's layers do. */
function useFocusFirst(ref: { current: HTMLElement | null }) {
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
}

interface ConfirmationSheetProps {
  headline: string;
  text: ReactNode;
  confirmLabel: string;
  onConfirm(trusted: boolean): void;
  /** Without a cancel label the sheet has only its confirm. */
  cancelLabel?: string;
  onCancel?: (trusted: boolean) => void;
  onMaskClick?: () => void;
  destructive?: boolean;
}

/**
 * X's ConfirmationSheet: headline, text, a confirm and a cancel button. The confirm's test id is public
 * (confirmationSheetConfirm); the cancel's and the sheet's own (confirmationSheetCancel, confirmationSheetDialog)
 * are guesses by analogy.
 */
export function ConfirmationSheet({ headline, text, confirmLabel, onConfirm, cancelLabel, onCancel, onMaskClick, destructive }: ConfirmationSheetProps) {
  const headlineId = useId('sheet-headline');
  const textId = useId('sheet-text');
  const confirm = useRef<HTMLButtonElement | null>(null);
  useFocusFirst(confirm);
  return createPortal(
    <div className="layer sheet-layer">
      <div className="mask" onClick={onMaskClick ?? (() => onCancel?.(true))} />
      <div role="dialog" aria-modal="true" aria-labelledby={headlineId} aria-describedby={textId} className="sheet"
        data-testid="confirmationSheetDialog">
        <h1 id={headlineId} className="sheet-headline">{headline}</h1>
        <div id={textId} className="sheet-text">{text}</div>
        <button ref={confirm} type="button" role="button" data-testid="confirmationSheetConfirm"
          className={destructive ? 'sheet-button destructive' : 'sheet-button primary'} onClick={(event) => onConfirm(event.isTrusted)}>
          <span><span>{confirmLabel}</span></span>
        </button>
        {cancelLabel && (
          <button type="button" role="button" data-testid="confirmationSheetCancel" className="sheet-button outlined"
            onClick={(event) => onCancel?.(event.isTrusted)}>
            <span><span>{cancelLabel}</span></span>
          </button>
        )}
      </div>
    </div>,
    layers(),
  );
}

/** The alt-text nudge: "Add description" opens the media editor, "Not this time" posts anyway (XB `_renderAltTextPrompt`). */
export function AltTextNudge({ images, onAdd, onIgnore, onDismiss }: { images: number; onAdd(): void; onIgnore(trusted: boolean): void; onDismiss(): void }) {
  const plural = images > 1;
  return (
    <ConfirmationSheet
      headline={plural ? t.nudgeHeadline.replace('image', 'images') : t.nudgeHeadline}
      text={<><p>{t.nudgeText1}</p><p>{t.nudgeText2}</p><p>{t.nudgeText3}</p></>}
      confirmLabel={plural ? `${t.addDescription}s` : t.addDescription}
      onConfirm={onAdd}
      cancelLabel={t.notThisTime}
      onCancel={onIgnore}
      onMaskClick={onDismiss} />
  );
}

/** "This is your last edit": its destructive confirm "Update" sends the edit (XB RichTextCompose, `showLastEditConfirmation`). */
export function LastEditSheet({ onUpdate, onCancel }: { onUpdate(trusted: boolean): void; onCancel(): void }) {
  return (
    <ConfirmationSheet headline={t.lastEditHeadline} text={<p>{t.lastEditText}</p>} confirmLabel={t.update} destructive
      onConfirm={onUpdate} cancelLabel={t.cancel} onCancel={onCancel} />
  );
}

/**
 * The Promote sheet of a verified account's "Promote" button: a bottom sheet whose "Promote post" sends the post
 * and then promotes it (XB quick promote, `sendAndGetTweetId`). No test ids.
 */
export function PromoteSheet({ onPromote, onDismiss }: { onPromote(trusted: boolean): void; onDismiss(): void }) {
  const headingId = useId('promote-heading');
  const [budget, setBudget] = useState('5');
  const close = useRef<HTMLButtonElement | null>(null);
  useFocusFirst(close);
  return createPortal(
    <div className="layer sheet-layer bottom">
      <div className="mask" onClick={onDismiss} />
      <div role="dialog" aria-modal="true" aria-labelledby={headingId} className="sheet bottom-sheet">
        <div className="dialog-head">
          <button ref={close} type="button" role="button" data-testid="app-bar-close" aria-label={t.close} className="icon-button" onClick={onDismiss}>
            <Icon name="close" />
          </button>
        </div>
        <h1 id={headingId} role="heading" aria-level={1} className="sheet-headline">{t.promoteYourPost}</h1>
        <fieldset className="budget">
          <legend>{t.budget}</legend>
          {['5', '10', '25'].map((value) => (
            <label key={value}>
              <input type="radio" name="budget" value={value} checked={budget === value} onChange={() => setBudget(value)} /> ${value}
            </label>
          ))}
        </fieldset>
        <p><b>{t.estimatedReach}</b> <span className="muted">{t.reach}</span></p>
        <button type="button" role="button" className="sheet-button primary" onClick={(event) => onPromote(event.isTrusted)}>
          <span><span>{t.promotePost}</span></span>
        </button>
      </div>
    </div>,
    layers(),
  );
}

/** A scheduled time as the page keeps it. */
export interface When {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function tomorrowAtNine(): When {
  const date = new Date(Date.now() + 24 * 3600 * 1000);
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: 9, minute: 0 };
}

/** "Fri, Dec 5, 2026 at 9:00 AM", as X writes the time a scheduled post goes out. */
export function describeWhen(when: When): string {
  const date = new Date(when.year, when.month - 1, when.day, when.hour, when.minute);
  const day = date.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
  const time = date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  return `${day} at ${time}`;
}

export const isoOf = (when: When) => new Date(when.year, when.month - 1, when.day, when.hour, when.minute).toISOString();

/**
 * The schedule sheet (route /compose/post/schedule): date and time selects, "Confirm" (or "Update" when the post
 * was scheduled already) with test id scheduledConfirmationPrimaryAction. It sends nothing.
 */
export function ScheduleSheet({ initial, onConfirm, onClear, onClose }: { initial: When | null; onConfirm(when: When): void; onClear(): void; onClose(): void }) {
  const headingId = useId('schedule-heading');
  const [when, setWhen] = useState<When>(() => initial ?? tomorrowAtNine());
  const close = useRef<HTMLButtonElement | null>(null);
  useFocusFirst(close);
  const set = (key: keyof When) => (event: { currentTarget: HTMLSelectElement }) => setWhen({ ...when, [key]: Number(event.currentTarget.value) });
  const pm = when.hour >= 12;
  const hour12 = when.hour % 12 === 0 ? 12 : when.hour % 12;
  const select = (label: string, value: number, options: [number, string][], onChange: (event: { currentTarget: HTMLSelectElement }) => void) => (
    <label className="select">
      <span className="muted">{label}</span>
      <select aria-label={label} value={String(value)} onChange={onChange}>
        {options.map(([v, text]) => <option key={v} value={String(v)}>{text}</option>)}
      </select>
    </label>
  );
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const year = new Date().getFullYear();
  return createPortal(
    <div className="layer">
      <div className="mask" onClick={onClose} />
      <div role="dialog" aria-modal="true" aria-labelledby={headingId} className="dialog schedule">
        <div className="dialog-head spread">
          <button ref={close} type="button" role="button" data-testid="app-bar-close" aria-label={t.close} className="icon-button" onClick={onClose}>
            <Icon name="close" />
          </button>
          <h2 id={headingId}>{t.schedule}</h2>
          <div className="head-actions">
            {initial && (
              <button type="button" role="button" className="text-button" onClick={onClear}><span><span>{t.clear}</span></span></button>
            )}
            <button type="button" role="button" className="post-button small" data-testid="scheduledConfirmationPrimaryAction" onClick={() => onConfirm(when)}>
              <span><span>{initial ? t.update : t.confirm}</span></span>
            </button>
          </div>
        </div>
        <p className="muted">{t.willSendOn(describeWhen(when))}</p>
        <fieldset>
          <legend>{t.date}</legend>
          <div className="row">
            {select(t.month, when.month, MONTHS.map((name, i) => [i + 1, name]), set('month'))}
            {select(t.day, when.day, range(1, 31).map((d) => [d, String(d)]), set('day'))}
            {select(t.year, when.year, range(year, year + 2).map((y) => [y, String(y)]), set('year'))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.time}</legend>
          <div className="row">
            {select(t.hour, hour12, range(1, 12).map((h) => [h, String(h)]), (event) => {
              const h = Number(event.currentTarget.value) % 12;
              setWhen({ ...when, hour: pm ? h + 12 : h });
            })}
            {select(t.minute, when.minute, range(0, 59).map((m) => [m, String(m).padStart(2, '0')]), set('minute'))}
            {select(t.amPm, pm ? 1 : 0, [[0, 'AM'], [1, 'PM']], (event) => setWhen({ ...when, hour: (when.hour % 12) + (event.currentTarget.value === '1' ? 12 : 0) }))}
          </div>
        </fieldset>
        <p><span className="muted">{t.timeZone}</span><br />Central European Standard Time</p>
        <a href="/compose/post/unsent/scheduled" className="link" onClick={(event) => event.preventDefault()}>{t.scheduledPosts}</a>
      </div>
    </div>,
    layers(),
  );
}

export interface MediaItem {
  id: string;
  url: string;
  alt: string;
}

/**
 * The media editor (route /compose/post/media, alt-text tab): the image, the `altTextInput` textarea and "Save"
 * (`endEditingButton`); one image at a time, with previous and next for several.
 */
export function MediaEditor({ media, start, onSave, onClose }: { media: MediaItem[]; start: number; onSave(alts: string[]): void; onClose(): void }) {
  const headingId = useId('media-heading');
  const [alts, setAlts] = useState(() => media.map((m) => m.alt));
  const [at, setAt] = useState(Math.min(start, media.length - 1));
  const item = media[at];
  if (!item) return null;
  return createPortal(
    <div className="layer">
      <div className="mask" onClick={onClose} />
      <div role="dialog" aria-modal="true" aria-labelledby={headingId} className="dialog media-editor">
        <div className="dialog-head spread">
          <button type="button" role="button" data-testid="app-bar-back" aria-label={t.back} className="icon-button" onClick={onClose}>
            <Icon name="back" />
          </button>
          <h2 id={headingId}>{t.editImageDescription}</h2>
          <button type="button" role="button" className="post-button small" data-testid="endEditingButton" onClick={() => onSave(alts)}>
            <span><span>{t.save}</span></span>
          </button>
        </div>
        <div className="media-preview">
          <img src={item.url} alt="" draggable={false} />
        </div>
        {media.length > 1 && (
          <div className="row">
            <button type="button" className="text-button" disabled={at === 0} onClick={() => setAt(at - 1)}>‹</button>
            <span className="muted">{at + 1} / {media.length}</span>
            <button type="button" className="text-button" disabled={at === media.length - 1} onClick={() => setAt(at + 1)}>›</button>
          </div>
        )}
        <label className="textarea-label">
          <span className="muted">{t.description}</span>
          <textarea key={item.id} data-testid="altTextInput" name="altTextInput" aria-label={t.altText} maxLength={1000} rows={2} dir="auto"
            autoFocus value={alts[at] ?? ''} onChange={(event: { currentTarget: HTMLTextAreaElement }) => {
              const value = event.currentTarget.value;
              setAlts((all) => all.map((a, i) => (i === at ? value : a)));
            }} />
        </label>
        <p className="muted small">{(alts[at] ?? '').length} / 1,000</p>
      </div>
    </div>,
    layers(),
  );
}
