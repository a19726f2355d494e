/**
 * The content script: wires the site adapter, the configuration, the matcher and the dialog together.
 * It owns one AbortController for the page's life; every listener hangs on its signal.
 */
import { siteForHost } from '../sites/index.ts';
import { loadConfig } from './config.ts';
import { extensionApi } from './extension-api.ts';
import { installInterceptor } from './interceptor.ts';
import { createPauseUi } from './pause-ui.tsx';
import { createAnalyser } from './analyser.ts';
import { HOST_TAG } from '../ui/host.ts';

function start() {
  const site = siteForHost(location.hostname);
  if (!site) return;
  const controller = new AbortController();
  const { signal } = controller;
  const ui = createPauseUi();
  const analyser = createAnalyser();
  const config = loadConfig(signal, (loaded) => analyser.prepare(loaded));

  const stop = () => {
    if (signal.aborted) return;
    controller.abort();
    ui.remove();
  };

  installInterceptor(
    {
      site,
      platform: { mac: /Mac|iPhone|iPad/.test(navigator.platform) },
      config: config.current,
      ready: config.ready,
      alive: () => extensionApi() !== undefined,
      analyse: analyser.analyse,
      ask: ({ parts, config, findings }) => ui.ask({ parts, config, findings }),
      pressAgain: () => {
        const messages = config.current()?.messages;
        if (messages) ui.notify(messages.pressAgain);
      },
      isOurs: (path) => path.some((target) => target instanceof Element && target.localName === HOST_TAG),
      onStale: stop,
    },
    signal,
  );
  // A page leaving for good takes everything with it; one kept in the back/forward cache keeps working.
  addEventListener('pagehide', (event) => event.persisted || stop(), { signal });
}

start();
