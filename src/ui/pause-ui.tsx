/**
 * Shows the pause dialog and the "press again" notice in our host, in the user's language. Built as a module
 * of its own and loaded on demand by content/lazy-ui.ts, never bundled into the injected script.
 */
import type { PageConfig } from '../core/policy/settings.ts';
import type { Analysis } from '../core/analysis.ts';
import { audienceNotes, groupFindings, type TopicFinding } from '../core/findings.ts';
import type { Choice } from '../core/protocol.ts';
import type { DraftPart } from '../core/draft.ts';
import type { Surface } from '../core/surfaces.ts';
import { REMINDERS } from '../core/i18n/messages.ts';
import { createUiHost } from './host.ts';
import { Notice } from './notice.tsx';
import { PauseDialog } from './pause-dialog.tsx';
import { siteTheme } from './site-theme.ts';
import { createLiveRegion, type LiveRegion } from './live-region.ts';

export interface PauseView {
  parts: DraftPart[];
  analysis: Analysis;
  config: PageConfig;
  surface: Surface;
  /** The composer paused: a notice after this pause is announced where the site's modal around it lets it be heard. */
  anchor?: Element;
  /** Nothing flagged, and the full pause already seen today on this site: the short pause. */
  compact?: boolean;
}

/** Why a pause ended without the employee's choice: the page went away, or PostPause stepped aside. */
export class PauseClosed extends Error {
  constructor() {
    super('the pause was closed without a choice');
  }
}

/** How long the "press again" notice stays. */
export const NOTICE_MS = 8000;

export function createPauseUi(onWrongFlag: (topic: TopicFinding) => void) {
  const host = createUiHost();
  let dialog: (PauseView & { key: number; resolve: (choice: Choice) => void; reject: (error: Error) => void }) | null = null;
  let notice: string | null = null;
  let seq = 0;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let live: LiveRegion | null = null;
  let theme: ReturnType<typeof siteTheme>;
  // The reminder's wordings take turns, from a different one on each page.
  const firstReminder = Math.floor(Math.random() * REMINDERS.length);

  let dialogLang = 'en';
  const paint = () => {
    if (!dialog && !notice) return host.clear();
    const t = dialog?.config.messages;
    if (t) dialogLang = t.lang;
    host.show(
      <>
        {dialog && t && (
          <PauseDialog
            key={dialog.key}
            t={t}
            question={dialog.config.question || t.question}
            companyName={dialog.config.companyName}
            parts={dialog.parts}
            repost={dialog.surface === 'repost'}
            highlights={dialog.analysis.findings}
            topics={groupFindings(dialog.config.topics, dialog.analysis.findings)}
            audience={audienceNotes(dialog.config.audiences, dialog.analysis.audience)}
            disclosure={dialog.analysis.disclosure && dialog.config.disclosure ? { brand: dialog.analysis.disclosure.brand, suggestion: dialog.config.disclosure.suggestion } : null}
            reminder={t[REMINDERS[(firstReminder + dialog.key) % REMINDERS.length]!]}
            codeUrl={dialog.config.codeUrl}
            onWrongFlag={onWrongFlag}
            compact={dialog.compact}
            pauseSeconds={dialog.analysis.findings.length > 0 || dialog.analysis.audience.length > 0 ? dialog.config.pauseSeconds : dialog.config.calmPauseSeconds}
            onChoice={dialog.resolve}
          />
        )}
        {notice && <Notice text={notice} lang={dialogLang} />}
      </>,
      theme,
    );
  };

  return {
    /**
     * Renders a flagged dialog once, unseen, and takes it out again: the first real pause then finds its code
     * compiled and its styles parsed, and opens as fast as the later ones. Run while the page is idle.
     */
    warm(t: PageConfig['messages']) {
      if (dialog || notice) return;
      const finding = { id: 'warm', label: t.findingsTitle, guidance: t.findingsIntro, matches: [t.question], keywords: [t.question] };
      host.show(
        <div style="position:fixed;visibility:hidden;pointer-events:none" aria-hidden="true">
          <PauseDialog inline t={t} question={t.question} companyName="" parts={[{ kind: 'post', text: t.question }]} highlights={[{ part: 0, start: 0, end: 2 }]}
            topics={[finding]} reminder={t.readAlong} codeUrl="" onWrongFlag={() => {}} pauseSeconds={0} onChoice={() => {}} />
        </div>,
      );
      host.remove();
    },
    ask(view: PauseView): Promise<Choice> {
      // Made now, before any notice, so that the notice is announced.
      live?.remove();
      live = createLiveRegion(view.anchor, view.config.messages.lang);
      return new Promise((resolve, reject) => {
        notice = null;
        theme = siteTheme();
        const end = () => {
          dialog = null;
          paint();
        };
        dialog = {
          ...view,
          key: ++seq,
          resolve: (choice) => (end(), resolve(choice)),
          reject: (error) => (end(), reject(error)),
        };
        paint();
      });
    },
    /** Shows a notice for a few seconds. */
    notify(text: string) {
      notice = text;
      paint();
      live?.say(text);
      clearTimeout(noticeTimer);
      noticeTimer = setTimeout(() => {
        notice = null;
        live?.remove();
        live = null;
        paint();
      }, NOTICE_MS);
    },
    /** Takes everything of ours out of the page; an open pause ends without a choice (nothing is counted). */
    remove() {
      clearTimeout(noticeTimer);
      live?.remove();
      dialog?.reject(new PauseClosed());
      host.remove();
    },
  };
}
