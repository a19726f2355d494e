/** Firefox ESR over WebDriver BiDi: the Firefox build pauses on the X demo page and posts once. */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURFACES } from '../pages/locators.mjs';
import { FIREFOX, launchFirefox, type FirefoxSession } from '../support/firefox.mjs';
import { QUESTION, twoFrames, waitUntil } from './helpers.ts';

let firefox: FirefoxSession;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is missing at ${FIREFOX}: apt-get install -y firefox-esr`);
  firefox = await launchFirefox();
});
afterAll(() => firefox?.close());

const dialog = `document.querySelector('postpause-root')?.shadowRoot?.querySelector('dialog[open]')`;
const { url, editor, button } = SURFACES.xHome;
const inPage = (selector: string) => `document.querySelector(${JSON.stringify(selector)})`;

describe('Firefox', () => {
  it('pauses on the X demo page and publishes exactly once on "Post anyway"', async () => {
    expect(firefox.extension).toBe('postpause@postpause.app');
    await firefox.goto(url);
    await waitUntil(() => firefox.evaluate<boolean>('window.__pp_ready === true'), Boolean, 'the demo page', 15_000);
    await firefox.click(inPage(editor.selector));
    await firefox.type('Hello from Firefox');
    // Draft.js under WebDriver key input in Firefox puts the first character last; what counts here is that the
    // post goes out exactly as the editor holds it.
    const draft = await waitUntil(() => firefox.evaluate<string>(`${inPage(editor.selector)}.textContent`), (t) => t.length === 18, 'the typed draft');
    await firefox.click(inPage(button.selector));
    await waitUntil(() => firefox.evaluate<string | null>(`${dialog}?.querySelector('h2')?.textContent ?? null`), (t) => t === QUESTION.en, 'the pause', 10_000);
    expect(await firefox.evaluate('window.__pp_published.length')).toBe(0);
    // "Post anyway" opens after the default 3-second pause.
    await waitUntil(() => firefox.evaluate<boolean>(`!${dialog}.querySelector('[data-testid="pp-post-anyway"]').disabled`), Boolean, 'the countdown', 10_000);
    await firefox.click(`${dialog}.querySelector('[data-testid="pp-post-anyway"]')`);
    await waitUntil(() => firefox.evaluate<number>('window.__pp_published.length'), (n) => n >= 1, 'the post', 10_000);
    // Two frames more, to catch a second post.
    await firefox.evaluate(`(${twoFrames})()`);
    expect(await firefox.evaluate('window.__pp_published.map((p) => p.texts)')).toEqual([[draft]]);
  });
});
