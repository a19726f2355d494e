// Drives Debian's Firefox ESR over WebDriver BiDi (no geckodriver needed): installs dist/firefox as a
// temporary add-on and serves the demo pages at the real URLs by intercepting requests.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { pageFor } from './sites.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const pagesDir = join(root, 'tests', 'pages');

/** Starts Firefox with the add-on installed and the demo pages routed; returns a small BiDi client. */
export async function launchFirefox({ dist = join(root, 'dist', 'firefox') } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'postpause-firefox-'));
  const child = spawn(FIREFOX, ['-headless', '-no-remote', '-profile', profile, '--remote-debugging-port=0'], {
    env: { ...process.env, MOZ_HEADLESS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error('Firefox did not start WebDriver BiDi')), 30_000);
    let seen = '';
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.on('exit', () => reject(new Error(`Firefox exited: ${seen.slice(-500)}`)));
  });
  const socket = new WebSocket(`${url}/session`);
  await new Promise((ok, fail) => (socket.once('open', ok), socket.once('error', fail)));
  let nextId = 0;
  const pending = new Map();
  const listeners = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.id !== undefined && pending.has(message.id)) {
      const { ok, fail } = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'error') fail(new Error(`${message.error}: ${message.message}`));
      else ok(message.result);
    } else if (message.method) for (const listener of listeners) listener(message);
  });
  const send = (method, params = {}) =>
    new Promise((ok, fail) => {
      const id = ++nextId;
      pending.set(id, { ok, fail });
      socket.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  const { extension } = await send('webExtension.install', { extensionData: { type: 'path', path: dist } });
  await send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await send('network.addIntercept', { phases: ['beforeRequestSent'] });
  listeners.push(async ({ method, params }) => {
    if (method !== 'network.beforeRequestSent' || !params.isBlocked) return;
    const { request } = params;
    const page = pageFor(request.url);
    const { pathname } = page ? new URL(request.url) : { pathname: '' };
    try {
      if (!page) return await send('network.failRequest', { request: request.request });
      const asset = pathname.startsWith('/__pp/');
      const body = readFileSync(asset ? join(pagesDir, '.built', pathname.slice(6)) : join(pagesDir, page, 'index.html'));
      await send('network.provideResponse', {
        request: request.request,
        statusCode: 200,
        reasonPhrase: 'OK',
        headers: [{ name: 'content-type', value: { type: 'string', value: asset ? 'text/javascript' : 'text/html; charset=utf-8' } }],
        body: { type: 'base64', value: body.toString('base64') },
      });
    } catch {
      // The request went away (navigation); nothing to answer.
    }
  });
  const { contexts } = await send('browsingContext.getTree', {});
  const context = contexts[0].context;

  /** Evaluates in the page and returns the value (a promise's, once it settles) as JSON would carry it. */
  const evaluate = async (expression) => {
    const result = await send('script.evaluate', {
      expression: `Promise.resolve((() => (${expression}))()).then((value) => JSON.stringify(value ?? null))`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
    return JSON.parse(result.result.value);
  };

  return {
    extension,
    send,
    evaluate,
    /**
     * Opens `target` and brings its tab to the front: the add-on opens its welcome tab on install, and a tab
     * behind is hidden, with its animation frames held back.
     */
    async goto(target) {
      await send('browsingContext.navigate', { context, url: target, wait: 'complete' });
      await send('browsingContext.activate', { context });
    },
    /** A real (trusted) click at the centre of the element the expression returns. */
    async click(elementExpression) {
      const [x, y] = (await evaluate(`(() => { const r = (${elementExpression}).getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`)).map(Math.round);
      await send('input.performActions', {
        context,
        actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x, y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }],
      });
    },
    async type(text) {
      const actions = [...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
      await send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
    },
    async close() {
      try {
        await send('session.end', {});
      } catch {
        // Already gone.
      }
      socket.close();
      child.kill();
      await new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', done)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
