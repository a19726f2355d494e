/**
 * The employee's view of a sample post under the code being written: the real pause dialog (inline), with the
 * dialog's own styles in a shadow root, in English and Dutch, light and dark. The same analysis and grouping
 * as the extension's pause (core/analysis.ts, core/findings.ts, pageConfigOf).
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyseDraft, compileCode, shouldPause } from '../core/analysis.ts';
import { audienceNotes, groupFindings, setAsideWords } from '../core/findings.ts';
import { catalogs, format, type Locale } from '../core/i18n/messages.ts';
import { pageConfigOf, type Settings } from '../core/policy/settings.ts';
import { starterTopics } from '../core/starter/topics.ts';
import { PauseDialog } from '../ui/pause-dialog.tsx';
import { ShadowView } from '../ui/shadow-view.tsx';
import { useEditor } from './context.ts';

type Theme = 'light' | 'dark';

/**
 * ShadowView with the dialog's light or dark look fixed, as the pause takes it from the site (the styles'
 * :host([data-theme]) switch): the attribute goes on ShadowView's host element.
 */
function Themed({ theme, testId, children }: { theme: Theme; testId: string; children: ComponentChildren }) {
  const frame = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    frame.current?.firstElementChild?.setAttribute('data-theme', theme);
  });
  return (
    <div ref={frame} class={`dialog-frame ${theme}`}>
      <ShadowView testId={testId}>{children}</ShadowView>
    </div>
  );
}

function DialogView({ settings, locale, theme, text, to }: { settings: Settings; locale: Locale; theme: Theme; text: string; to: string }) {
  const { t } = useEditor();
  const config = useMemo(() => pageConfigOf(settings, starterTopics, locale), [settings, locale]);
  const code = useMemo(() => compileCode(config), [config]);
  const analysis = useMemo(() => analyseDraft(code, [text], { to: to.trim() ? [to.trim()] : [] }), [code, text, to]);
  const m = catalogs[locale];
  const flagged = analysis.findings.length > 0 || analysis.audience.length > 0;
  const caption = format(theme === 'light' ? t.previewLight : t.previewDark, { language: locale === 'en' ? t.english : t.dutch });
  return (
    <figure class="preview-dialog" data-locale={locale} data-theme={theme} data-flagged={flagged || undefined}>
      <figcaption>{caption}</figcaption>
      <Themed theme={theme} testId={`preview-${locale}-${theme}`}>
        <PauseDialog
          inline
          t={m}
          question={config.question || m.question}
          companyName={config.companyName}
          parts={[{ kind: 'post', text }]}
          highlights={analysis.findings}
          topics={groupFindings(config.topics, analysis.findings)}
          audience={audienceNotes(config.audiences, analysis.audience)}
          disclosure={analysis.disclosure && config.disclosure ? { brand: analysis.disclosure.brand, suggestion: config.disclosure.suggestion } : null}
          reminder={m.readAlong}
          codeUrl={config.codeUrl}
          onWrongFlag={() => {}}
          pauseSeconds={0}
          onChoice={() => {}}
        />
      </Themed>
    </figure>
  );
}

export function Preview({ settings }: { settings: Settings }) {
  const { t, locale } = useEditor();
  const [text, setText] = useState<string | null>(null);
  const [to, setTo] = useState('');
  const post = text ?? t.previewDefault;
  const config = useMemo(() => pageConfigOf(settings, starterTopics, locale), [settings, locale]);
  const code = useMemo(() => compileCode(config), [config]);
  const analysis = analyseDraft(code, [post], { to: to.trim() ? [to.trim()] : [] });
  const pauses = shouldPause('flagged', analysis);
  const setAside = setAsideWords(config.topics, analysis.setAside);
  return (
    <section id="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t.previewTitle}</h2>
      <p class="hint">{t.previewIntro}</p>
      <div class="field">
        <label for="preview-post">{t.previewPost}</label>
        <textarea id="preview-post" rows={4} value={post} data-testid="preview-post" data-native-undo onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="preview-to">{t.previewTo}</label>
        <input id="preview-to" type="text" value={to} data-native-undo onInput={(e) => setTo(e.currentTarget.value)} />
      </div>
      <p class="hint" data-testid="preview-pauses">{settings.mode === 'flagged' && !pauses ? t.previewNoPause : format(t.previewPauses, { mode: settings.mode === 'flagged' ? t.modeFlagged.toLowerCase() : t.modeAlways.toLowerCase() })}</p>
      {setAside && <p class="hint" data-testid="preview-set-aside">{format(t.previewSetAside, { words: setAside })}</p>}
      <div class="preview-grid">
        {(['en', 'nl'] as const).flatMap((locale) => (['light', 'dark'] as const).map((theme) => <DialogView key={`${locale}-${theme}`} settings={settings} locale={locale} theme={theme} text={post} to={to} />))}
      </div>
    </section>
  );
}
