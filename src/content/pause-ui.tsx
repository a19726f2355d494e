/**
 * Shows the pause dialog and the "press again" notice in our host, in the user's language. Built as a module
 * of its own and loaded on demand by lazy-ui.ts, never bundled into the injected script.
 */
import type { PageConfig } from '../core/policy/settings.ts';
import { createUiHost } from '../ui/host.ts';
import { Notice } from '../ui/notice.tsx';
import { PauseDialog, type Decision } from '../ui/pause-dialog.tsx';
import type { PartFinding } from '../core/matcher/analyse.ts';
import type { TopicFinding } from '../ui/findings.tsx';
import { REMINDERS } from '../core/i18n/messages.ts';
import { siteTheme } from './site-theme.ts';

export interface PauseView {
  parts: string[];
  findings: PartFinding[];
  config: PageConfig;
}

/** Findings grouped by topic, in the order they first appear in the draft, each matched word once. */
export function topicsOf(config: PageConfig, findings: PartFinding[]): TopicFinding[] {
  const byId = new Map<string, TopicFinding>();
  for (const finding of findings) {
    let topic = byId.get(finding.topic);
    if (!topic) {
      const source = config.topics.find((t) => t.id === finding.topic);
      topic = { id: finding.topic, label: source?.label ?? finding.topic, guidance: source?.guidance ?? '', matches: [], keywords: [] };
      byId.set(finding.topic, topic);
    }
    if (!topic.matches.includes(finding.match)) topic.matches.push(finding.match);
    if (!topic.keywords.includes(finding.keyword)) topic.keywords.push(finding.keyword);
  }
  return [...byId.values()];
}

const NOTICE_MS = 8000;

export function createPauseUi(onWrongFlag: (topic: TopicFinding) => void) {
  const host = createUiHost();
  let dialog: (PauseView & { key: number; resolve: (d: Decision) => void }) | null = null;
  let notice: string | null = null;
  let seq = 0;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let theme: ReturnType<typeof siteTheme>;
  // The reminder's wordings take turns, from a different one on each page.
  const firstReminder = Math.floor(Math.random() * REMINDERS.length);

  const paint = () => {
    if (!dialog && !notice) return host.clear();
    const t = dialog?.config.messages;
    host.show(
      <>
        {dialog && t && (
          <PauseDialog
            key={dialog.key}
            t={t}
            question={dialog.config.question || t.question}
            companyName={dialog.config.companyName}
            parts={dialog.parts}
            highlights={dialog.findings}
            topics={topicsOf(dialog.config, dialog.findings)}
            reminder={t[REMINDERS[(firstReminder + dialog.key) % REMINDERS.length]!]}
            codeUrl={dialog.config.codeUrl}
            onWrongFlag={onWrongFlag}
            pauseSeconds={dialog.config.pauseSeconds}
            onDecision={dialog.resolve}
          />
        )}
        {notice && <Notice text={notice} />}
      </>,
      theme,
    );
  };

  return {
    ask(view: PauseView): Promise<Decision> {
      return new Promise((resolve) => {
        notice = null;
        theme = siteTheme();
        dialog = {
          ...view,
          key: ++seq,
          resolve: (decision) => {
            dialog = null;
            paint();
            resolve(decision);
          },
        };
        paint();
      });
    },
    /** Shows a notice for a few seconds. */
    notify(text: string) {
      notice = text;
      paint();
      clearTimeout(noticeTimer);
      noticeTimer = setTimeout(() => ((notice = null), paint()), NOTICE_MS);
    },
    remove() {
      dialog?.resolve('post');
      host.remove();
    },
  };
}
