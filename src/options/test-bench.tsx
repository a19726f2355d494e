/**
 * The communications team's test bench: try posts against the code in force, or load a draft code (a policy
 * file, read as the service worker and `postpause policy validate` read it) to try it before IT rolls it
 * out, with its problems listed by JSON path.
 */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Locale } from '../core/i18n/messages.ts';
import { format } from '../core/i18n/messages.ts';
import type { PageMessages } from '../core/i18n/pages.ts';
import { isUnreadable, readPolicyFile } from '../core/policy/read-policy.ts';
import { mergeSettings } from '../core/policy/schema.ts';
import { topicsInForce, type Problem, type Topic } from '../core/policy/settings.ts';
import { starterTopics } from '../core/starter/topics.ts';
import { TryText } from '../ui/try-text.tsx';

type Draft = { file: string; topics: Topic[]; problems: Problem[] } | { file: string; unreadable: string };

/** The topics a policy file would put in force. */
export function draftFromPolicy(file: string, text: string): Draft {
  const read = readPolicyFile(text);
  if (isUnreadable(read)) return { file, unreadable: read.unreadable };
  return { file, topics: topicsInForce(mergeSettings(read.values), starterTopics), problems: read.problems };
}

export function TestBench({ t, locale, topics }: { t: PageMessages; locale: Locale; topics: Topic[] }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file) setDraft(draftFromPolicy(file.name, await file.text()));
  };
  const usable = draft && !('unreadable' in draft) ? draft : null;
  return (
    <section aria-labelledby="bench" data-testid="bench">
      <h2 id="bench">{t.benchTitle}</h2>
      <p class="note">
        {t.benchHint} <a href={browser.runtime.getURL('src/editor/index.html')} target="_blank" rel="noreferrer">{t.openEditor}</a>
      </p>
      <label class="load">
        {t.benchLoad}
        <input type="file" accept="application/json,.json" data-testid="bench-file" onChange={(e) => void load(e.currentTarget)} />
      </label>
      {draft && 'unreadable' in draft && <p class="problems" role="alert">{draft.file}: {t.benchInvalid} ({draft.unreadable})</p>}
      {usable && (
        <div data-testid="bench-draft">
          <p>
            {format(t.benchUsing, { file: usable.file })}{' '}
            <button type="button" onClick={() => setDraft(null)}>{t.benchUseMine}</button>
          </p>
          {usable.problems.length > 0 && (
            <ul class="problems" data-testid="bench-problems">
              {usable.problems.map((p) => <li key={p.path}><code>{p.path}</code>: {p.message}</li>)}
            </ul>
          )}
        </div>
      )}
      <TryText t={t} locale={locale} topics={usable?.topics ?? topics} label={t.tryLabel} />
    </section>
  );
}
