/**
 * The toolbar popup: whether PostPause is active on this page, whether a post may have left unpaused (the
 * self-check), and a debug view for IT (the markup recognised, the compose boxes found and the rule that found
 * each, for when a site changes); today's pauses, and the way to the code and options.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { format, resolveLocale } from '../core/i18n/messages.ts';
import { pageCatalogs } from '../core/i18n/pages.ts';
import { REFLECTION_KEY, SETTINGS_STATE_KEY, type PageStatus, type UItoCS } from '../core/protocol.ts';
import type { SettingsState } from '../core/policy/settings.ts';
import { totals, type Reflection } from '../core/reflection/stats.ts';
import { useStored } from '../ui/use-stored.ts';

/** The tab to report on: the active one, or `?tab=<id>` (the debug view opened on a given tab). */
async function targetTab(): Promise<number | undefined> {
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (given) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function usePageStatus(): PageStatus | null | undefined {
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      try {
        const tab = await targetTab();
        const message: UItoCS = { type: 'ui:status' };
        setStatus(tab === undefined ? null : ((await browser.tabs.sendMessage(tab, message)) as PageStatus));
      } catch {
        // No content script answers: not LinkedIn or X.
        setStatus(null);
      }
    })();
  }, []);
  return status;
}

export function Popup() {
  const state = useStored<SettingsState>(SETTINGS_STATE_KEY);
  const reflection = useStored<Reflection>(REFLECTION_KEY);
  const status = usePageStatus();
  const locale = resolveLocale(state?.settings.language ?? 'auto', navigator.language);
  const t = pageCatalogs[locale];
  document.documentElement.lang = locale;
  const today = reflection ? totals(reflection, new Date(), 1).pauses : 0;
  const page = (path: string) => browser.runtime.getURL(path);
  const codeUrl = state?.settings.codeUrl || page('src/welcome/index.html#code');
  return (
    <>
      <h1>PostPause</h1>
      {status === undefined ? null : status === null ? (
        <p data-testid="status">{t.popupElsewhere}</p>
      ) : (
        <>
          <p data-testid="status" class={status.active ? 'on' : 'off'}>{status.active ? t.popupActive : t.popupInactive}</p>
          {status.missed > 0 && (
            <p data-testid="missed" class="warn" role="status">
              {status.missed === 1 ? t.missedOne : format(t.missedMany, { n: status.missed })}
            </p>
          )}
          <p data-testid="composers">{format(t.composersFound, { n: status.composers.length })}</p>
          <details data-testid="debug">
            <summary>{t.debugView}</summary>
            <p data-testid="styles">{status.styles.length ? format(t.stylesFound, { styles: status.styles.join(', ') }) : t.stylesNone}</p>
            <p>{format(t.missedCount, { n: status.missed })}</p>
            {status.composers.length > 0 && (
              <>
                <p>{t.debugRules}</p>
                <ul class="rules" data-testid="rules">
                  {status.composers.map((c, i) => (
                    <li key={i}>
                      {c.style} · {c.surface} · <code>{c.button}</code> · <code>{c.editor}</code>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </details>
        </>
      )}
      <p data-testid="today">{format(t.pausesToday, { n: today })}</p>
      <nav>
        <a href={codeUrl} target="_blank" rel="noreferrer">{t.openCode}</a>
        <a href={page('src/welcome/index.html')} target="_blank" rel="noreferrer">{t.openWelcome}</a>
        <a href={page('src/options/index.html')} target="_blank" rel="noreferrer">{t.openOptions}</a>
      </nav>
    </>
  );
}
