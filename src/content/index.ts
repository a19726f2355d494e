/**
 * The content script: wires the site adapter, the configuration, the matcher and the dialog together.
 * It owns one AbortController for the page's life; every listener hangs on its signal.
 */
import { siteForHost } from '../sites/index.ts';
import { loadConfig } from './config.ts';
import { extensionApi, listen } from './extension-api.ts';
import { installInterceptor } from './interceptor.ts';
import { lazyPauseUi } from './lazy-ui.ts';
import { createAnalyser } from './analyser.ts';
import { OUR_TAGS } from '../ui/host-tag.ts';
import type { CStoBG, PageStatus, UItoCS } from '../core/protocol.ts';
import { composersInPage, stylesInPage } from '../sites/find-composer.ts';
import { installSelfCheck } from './self-check.ts';
import { whenIdle } from './timers.ts';

function start() {
  const site = siteForHost(location.hostname);
  if (!site) return;
  const controller = new AbortController();
  const { signal } = controller;
  /** Tells the service worker what happened, for the user's own counts; never any text. */
  const report = (message: CStoBG) => void extensionApi()?.runtime.sendMessage(message).catch(() => {});
  const ui = lazyPauseUi((topic) => report({ type: 'cs:wrong-flag', topic: topic.id, keywords: topic.keywords }));
  const analyser = createAnalyser(signal);
  let warmed = false;
  const configHolder = loadConfig(signal, (loaded) => {
    analyser.prepare(loaded);
    // Where PostPause pauses, the dialog is made ready while the page is idle: a first pause (an instant repost
    // needs no focused box first) opens within a frame. A page where it never pauses loads nothing more.
    if (!warmed && loaded.enabled && loaded.sites[site.id]) {
      warmed = true;
      whenIdle(() => ui.warm(loaded.messages), signal);
    }
  });

  const stop = () => {
    if (signal.aborted) return;
    controller.abort();
    ui.remove();
  };

  const selfCheck = installSelfCheck(site, signal, ui.preload);
  const interceptor = installInterceptor(
    {
      site,
      platform: { mac: /Mac|iPhone|iPad/.test(navigator.platform) },
      config: configHolder.current,
      ready: configHolder.ready,
      alive: () => extensionApi() !== undefined,
      analyse: analyser.analyse,
      ask: async ({ composer, parts, config, analysis }) => {
        const flagged = analysis.findings.length > 0 || analysis.audience.length > 0;
        const compact = config.shortCalmPauses && !flagged && !analysis.disclosure && configHolder.calmSeenToday(composer.site);
        const choice = await ui.ask({ parts, config, analysis, surface: composer.surface, anchor: composer.root, compact });
        report({ type: 'cs:paused', site: composer.site, topics: [...new Set(analysis.findings.map((f) => f.topic))], choice });
        return choice;
      },
      pressAgain: () => {
        const messages = configHolder.current()?.messages;
        if (messages) ui.notify(messages.pressAgain);
      },
      pressed: selfCheck.pressed,
      isOurs: (path) => path.some((target) => target instanceof Element && OUR_TAGS.includes(target.localName)),
      onStale: stop,
    },
    signal,
  );
  // The toolbar popup asks how PostPause is doing on this page.
  const api = extensionApi();
  const onMessage = (message: unknown): Promise<PageStatus> | undefined => {
    if ((message as UItoCS)?.type !== 'ui:status') return undefined;
    const current = configHolder.current();
    return Promise.resolve({
      site: site.id,
      active: Boolean(current?.enabled && current.sites[site.id]),
      styles: stylesInPage(site, document),
      composers: composersInPage(site, document).map(({ style, surface, rules }) => ({ style, surface, ...rules })),
      missed: selfCheck.missed(),
      checking: selfCheck.checking(),
      busy: interceptor.busy(),
    });
  };
  if (api) listen(api.runtime.onMessage, onMessage, signal);
  // A page leaving for good takes everything with it; one kept in the back/forward cache keeps working.
  addEventListener('pagehide', (event) => event.persisted || stop(), { signal });
}

start();
