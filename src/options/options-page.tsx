/**
 * The options page: the employee's own settings within what the policy allows, the employer's code as it
 * applies, and the problems found in the policy, each with its JSON path.
 */
import type { ComponentChildren } from 'preact';
import browser from 'webextension-polyfill';
import { format, resolveLocale } from '../core/i18n/messages.ts';
import { pageCatalogs, type PageMessages } from '../core/i18n/pages.ts';
import { topicsInForce, type SettingKey, type Settings, type SettingsState } from '../core/policy/settings.ts';
import { starterTopics } from '../core/starter/topics.ts';
import { SETTINGS_STATE_KEY } from '../core/protocol.ts';
import { CodeSummary } from '../ui/code-summary.tsx';
import { useStored } from '../ui/use-stored.ts';
import { saveOption } from './save-option.ts';
import { TestBench } from './test-bench.tsx';
import { ReflectionView } from './reflection-view.tsx';

const LockIcon = () => (
  <svg class="lock" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
    <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 1 0-4 0z" />
  </svg>
);

interface FieldProps {
  t: PageMessages;
  state: SettingsState;
  name: SettingKey;
  label: string;
  children: (locked: boolean) => ComponentChildren;
}

/** One setting: its control, disabled and marked "Managed by your organization" when the policy sets it. */
function Field({ t, state, name, label, children }: FieldProps) {
  const locked = state.locked.includes(name);
  const company = state.settings.companyName;
  return (
    <div class="field" data-setting={name} data-locked={locked || undefined}>
      <div class="field-label" id={`label-${name}`}>{label}</div>
      {children(locked)}
      {locked && (
        <p class="managed" id={`managed-${name}`} data-testid="managed">
          <LockIcon /> {company ? format(t.managedBy, { company }) : t.managed}
        </p>
      )}
    </div>
  );
}

function Toggles<K extends 'sites' | 'surfaces'>({ settings, name, labels, locked }: { settings: Settings; name: K; labels: Record<keyof Settings[K], string>; locked: boolean }) {
  const values = settings[name] as Record<string, boolean>;
  return (
    <div role="group" aria-labelledby={`label-${name}`} aria-describedby={locked ? `managed-${name}` : undefined} class="toggles">
      {Object.entries(labels).map(([key, label]) => (
        <label key={key}>
          <input
            type="checkbox"
            name={`${name}.${key}`}
            checked={values[key]}
            disabled={locked}
            onChange={(e) => void saveOption(name, { ...values, [key]: e.currentTarget.checked })}
          />
          {label as string}
        </label>
      ))}
    </div>
  );
}

export function OptionsPage() {
  const state = useStored<SettingsState>(SETTINGS_STATE_KEY);
  if (!state) return <h1>PostPause</h1>;
  const { settings, problems } = state;
  const locale = resolveLocale(settings.language, navigator.language);
  const t = pageCatalogs[locale];
  document.documentElement.lang = locale;
  document.title = t.optionsTitle;
  const topics = topicsInForce(settings, starterTopics);
  const cannotDisable = !settings.allowUserDisable;
  return (
    <>
      <h1>{t.optionsTitle}</h1>
      <p class="intro">
        {t.intro} <a href={browser.runtime.getURL('src/welcome/index.html')}>{t.openWelcome}</a>
      </p>

      {problems.length > 0 && (
        <section class="problems" aria-labelledby="problems-title" data-testid="problems">
          <h2 id="problems-title">{t.problems}</h2>
          <p>{t.problemsIntro}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.source}:${p.path}`}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="mine">
        <h2 id="mine">{t.yourSettings}</h2>
        <Field t={t} state={state} name="enabled" label={t.enabled}>
          {(locked) => (
            <>
              <Switch name="enabled" checked={settings.enabled} disabled={locked || cannotDisable} describedBy={locked ? 'managed-enabled' : cannotDisable ? 'enabled-locked' : undefined} />
              {cannotDisable && !locked && <p class="managed" id="enabled-locked"><LockIcon /> {t.enabledLocked}</p>}
            </>
          )}
        </Field>
        <Field t={t} state={state} name="language" label={t.language}>
          {(locked) => (
            <select
              name="language"
              value={settings.language}
              disabled={locked}
              aria-labelledby="label-language"
              aria-describedby={locked ? 'managed-language' : undefined}
              onChange={(e) => void saveOption('language', e.currentTarget.value as Settings['language'])}
            >
              <option value="auto">{t.languageAuto}</option>
              <option value="en">English</option>
              <option value="nl">Nederlands</option>
            </select>
          )}
        </Field>
        <SecondsField t={t} state={state} name="pauseSeconds" label={t.pauseSeconds} />
        <SecondsField t={t} state={state} name="calmPauseSeconds" label={t.calmPauseSeconds} hint={t.calmPauseHint} />
        <Field t={t} state={state} name="shortCalmPauses" label={t.shortCalmPauses}>
          {(locked) => (
            <Switch name="shortCalmPauses" checked={settings.shortCalmPauses} disabled={locked} describedBy={locked ? 'managed-shortCalmPauses' : undefined} />
          )}
        </Field>
        <Field t={t} state={state} name="sites" label={t.sites}>
          {(locked) => <Toggles settings={settings} name="sites" labels={{ x: 'X', linkedin: 'LinkedIn' }} locked={locked} />}
        </Field>
        <Field t={t} state={state} name="surfaces" label={t.surfaces}>
          {(locked) => <Toggles settings={settings} name="surfaces" labels={{ posts: t.posts, comments: t.comments, replies: t.replies, reposts: t.reposts }} locked={locked} />}
        </Field>
      </section>

      <TestBench t={t} locale={locale} topics={topics} />
      <ReflectionView t={t} locale={locale} topics={topics} />

      <section aria-labelledby="code" data-testid="code">
        <h2 id="code">{t.code}</h2>
        <dl>
          {settings.companyName && (<><dt>{t.companyName}</dt><dd>{settings.companyName}</dd></>)}
          <dt>{t.mode}</dt>
          <dd>{settings.mode === 'always' ? t.modeAlways : t.modeFlagged}</dd>
          {settings.question && (<><dt>{t.question}</dt><dd>{settings.question}</dd></>)}
          {settings.codeUrl && (<><dt>{t.codeUrl}</dt><dd><a href={settings.codeUrl} target="_blank" rel="noreferrer">{settings.codeUrl}</a></dd></>)}
        </dl>
        <CodeSummary t={t} locale={locale} settings={settings} topics={topics} />
      </section>
    </>
  );
}

/** A pause length, 0 to 60 seconds, saved as the employee types a valid one. */
function SecondsField({ t, state, name, label, hint }: { t: PageMessages; state: SettingsState; name: 'pauseSeconds' | 'calmPauseSeconds'; label: string; hint?: string }) {
  return (
    <Field t={t} state={state} name={name} label={label}>
      {(locked) => (
        <>
          <input
            type="number"
            name={name}
            min={0}
            max={60}
            value={state.settings[name]}
            disabled={locked}
            aria-labelledby={`label-${name}`}
            aria-describedby={[locked && `managed-${name}`, hint && `hint-${name}`].filter(Boolean).join(' ') || undefined}
            onChange={(e) => {
              const value = Number(e.currentTarget.value);
              if (Number.isInteger(value) && value >= 0 && value <= 60) void saveOption(name, value);
            }}
          />
          {hint && <p class="note" id={`hint-${name}`}>{hint}</p>}
        </>
      )}
    </Field>
  );
}

/** An on/off setting of the employee's, saved as it is switched. */
function Switch({ name, checked, disabled, describedBy }: { name: 'enabled' | 'shortCalmPauses'; checked: boolean; disabled: boolean; describedBy: string | undefined }) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        disabled={disabled}
        aria-labelledby={`label-${name}`}
        aria-describedby={describedBy}
        onChange={(e) => void saveOption(name, e.currentTarget.checked)}
      />
    </label>
  );
}
