/** Shows the pause dialog and the "press again" notice in our host, in the user's language. */
import type { PageConfig } from '../core/policy/settings.ts';
import { createUiHost } from '../ui/host.ts';
import { Notice } from '../ui/notice.tsx';
import { PauseDialog, type Decision } from '../ui/pause-dialog.tsx';
import type { Highlight } from '../ui/draft-preview.tsx';

export interface PauseView {
  parts: string[];
  highlights: Highlight[];
  config: PageConfig;
}

export function createPauseUi() {
  const host = createUiHost();
  let dialog: (PauseView & { key: number; resolve: (d: Decision) => void }) | null = null;
  let notice: string | null = null;
  let seq = 0;

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
            highlights={dialog.highlights}
            pauseSeconds={dialog.config.pauseSeconds}
            onDecision={dialog.resolve}
          />
        )}
        {notice && <Notice text={notice} onDone={() => ((notice = null), paint())} />}
      </>,
    );
  };

  return {
    ask(view: PauseView): Promise<Decision> {
      return new Promise((resolve) => {
        notice = null;
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
    notify(text: string) {
      notice = text;
      paint();
    },
    remove() {
      dialog?.resolve('post');
      host.remove();
    },
  };
}
