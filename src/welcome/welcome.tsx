/**
 * Day one: what PostPause does and does not do, the employer's code, and a box to try it. Opens on install;
 * reachable again from the popup and the options page.
 */
import browser from 'webextension-polyfill';
import { format, resolveLocale } from '../core/i18n/messages.ts';
import { pageCatalogs } from '../core/i18n/pages.ts';
import { SETTINGS_STATE_KEY } from '../core/protocol.ts';
import { topicsInForce, type SettingsState } from '../core/policy/settings.ts';
import { starterTopics } from '../core/starter/topics.ts';
import { CodeSummary } from '../ui/code-summary.tsx';
import { TryText } from '../ui/try-text.tsx';
import { useStored } from '../ui/use-stored.ts';

export function Welcome() {
  const state = useStored<SettingsState>(SETTINGS_STATE_KEY);
  if (!state) return <h1>PostPause</h1>;
  const { settings } = state;
  const locale = resolveLocale(settings.language, navigator.language);
  const t = pageCatalogs[locale];
  document.documentElement.lang = locale;
  document.title = t.welcomeTitle;
  const topics = topicsInForce(settings, starterTopics);
  return (
    <>
      <h1>{t.welcomeTitle}</h1>
      <p class="intro">{t.welcomeLead}</p>

      <section aria-labelledby="what">
        <h2 id="what">{t.stepWhat}</h2>
        <p>{t.whatPause}</p>
        <p>{t.whatTopics}</p>
        <h3>{t.whatNot}</h3>
        <ul class="promises">
          <li>{t.notLeave}</li>
          <li>{t.notNotify}</li>
          <li>{t.notBlock}</li>
        </ul>
      </section>

      <section aria-labelledby="code" id="code-section">
        <h2 id="code">{t.stepCode}</h2>
        {settings.companyName && <p>{format(t.codeFrom, { company: settings.companyName })}</p>}
        <CodeSummary t={t} locale={locale} settings={settings} topics={topics} />
        {settings.codeUrl && <p><a href={settings.codeUrl} target="_blank" rel="noreferrer">{t.codeUrl}</a></p>}
      </section>

      <section aria-labelledby="try">
        <h2 id="try">{t.stepTry}</h2>
        <p>{t.tryHint}</p>
        <TryText t={t} locale={locale} topics={topics} label={t.tryLabel} />
      </section>

      <p class="done">
        {t.done} <a href={browser.runtime.getURL('src/options/index.html')}>{t.openOptions}</a>
      </p>
    </>
  );
}
