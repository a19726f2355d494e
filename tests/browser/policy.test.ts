/**
 * The managed policy in real Chromium: a policy file in /etc/chromium/policies/managed/ (root on our
 * machines), always removed afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surfaces } from './surfaces.ts';
import { hostilePhrase, random } from '../support/hostile.mjs';
import {
  compose, expectPublished, launchWithExtension, openPage, pauseDialog, pauseOn, postAnyway, setOptions, typeInto, waitUntil, type Launched,
} from './helpers.ts';
import { en, format } from '../../src/core/i18n/messages.ts';
import { pageCatalogs } from '../../src/core/i18n/pages.ts';
import { policyBuild, removePolicy, writePolicy } from './managed-policy.ts';

let browser: Launched;
const surface = surfaces.xHome;

beforeAll(async () => {
  writePolicy({
    companyName: 'Bouwbedrijf Jansen',
    pauseSeconds: 0,
    mode: 'flagged',
    topics: [{ id: 'clients', label: 'Clients', guidance: 'Name a client only with consent.', keywords: ['rijkswaterstaat'] }],
  });
  browser = await launchWithExtension({ dist: policyBuild().dist });
});

afterAll(async () => {
  await browser?.close();
  removePolicy();
});

const storedConfig = () => browser.worker.evaluate(async () => (await chrome.storage.local.get('pageConfig')).pageConfig as { companyName: string; mode: string; pauseSeconds: number });

declare const chrome: typeof import('webextension-polyfill');

describe('managed policy', () => {
  it('shows the company name and flags the policy\'s own topic; mode "flagged" lets an unflagged post through', async () => {
    await waitUntil(storedConfig, (c) => c?.companyName === 'Bouwbedrijf Jansen', 'the policy to apply', 20_000);
    const page = await compose(browser, surface, 'A quiet day at the yard.');
    await surface.button(page).click();
    await expectPublished(page, 1);
    expect(await pauseDialog(page).count()).toBe(0);

    await typeInto(page, surface.editor(page), 'Big news from Rijkswaterstaat today');
    await surface.button(page).click();
    const dialog = pauseDialog(page);
    await dialog.waitFor();
    expect(await dialog.getByText(format(en.profileCompany, { company: 'Bouwbedrijf Jansen' })).count()).toBe(1);
    expect(await dialog.locator('.pp-topic-label').allTextContents()).toContain('Clients');
    expect(await dialog.locator('mark').allTextContents()).toEqual(['Rijkswaterstaat']);
    await postAnyway(page);
    await expectPublished(page, 2);
    await page.close();
  });

  it('applies a changed policy within 10 seconds, without a restart', async () => {
    writePolicy({ companyName: 'Jansen Infra', pauseSeconds: 0, mode: 'always' });
    const started = Date.now();
    await waitUntil(storedConfig, (c) => c?.companyName === 'Jansen Infra' && c.mode === 'always', 'the changed policy', 10_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    const page = await compose(browser, surface, 'A quiet day at the yard.');
    await pauseOn(page, surface);
    expect(await pauseDialog(page).getByText(format(en.profileCompany, { company: 'Jansen Infra' })).count()).toBe(1);
    await page.close();
  });

  it('shows the locked settings on the options page, and lets the user change only their own', async () => {
    writePolicy({ companyName: 'Jansen Infra', pauseSeconds: 5, sites: { x: true, linkedin: true }, allowUserDisable: false });
    await waitUntil(storedConfig, (c) => c?.pauseSeconds === 5, 'the policy', 10_000);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const pause = page.locator('[data-setting="pauseSeconds"]');
    await pause.getByText(format(pageCatalogs.en.managedBy, { company: 'Jansen Infra' })).waitFor();
    expect(await page.locator('input[name="pauseSeconds"]').isDisabled()).toBe(true);
    expect(await page.locator('input[name="pauseSeconds"]').inputValue()).toBe('5');
    expect(await page.locator('input[name="sites.x"]').isDisabled()).toBe(true);
    // Not allowed to switch PostPause off; the language is the user's own.
    expect(await page.locator('input[name="enabled"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-setting="language"] [data-testid="managed"]').count()).toBe(0);
    await page.locator('select[name="language"]').selectOption('nl');
    await page.getByText(format(pageCatalogs.nl.managedBy, { company: 'Jansen Infra' })).first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.close();
    await setOptions(browser, {});
    await waitUntil(storedConfig, (c) => (c as unknown as { messages: { postAnyway: string } }).messages.postAnyway === en.postAnyway, 'English again');
  });

  it('lists the problems of a policy Chrome accepted but PostPause did not, by JSON path', async () => {
    // Chrome itself drops values of the wrong type; a duplicate topic id or an overlong name passes Chrome.
    writePolicy({ companyName: 'J'.repeat(300), topics: [{ id: 'a', label: 'A', keywords: ['x'] }, { id: 'a', label: 'Again', keywords: ['y'] }] });
    await waitUntil(storedConfig, (c) => c?.companyName === '', 'the fallback to the default name', 10_000);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const problems = page.getByTestId('problems');
    await problems.waitFor();
    const text = await problems.textContent();
    expect(text).toContain('companyName:');
    expect(text).toContain('topics[1].id: duplicate topic id "a"');
    await page.close();
  });

  it('keeps a working pause with defaults when the policy has wrong types', async () => {
    // Chrome drops values that do not fit the schema; what it passes is checked again by PostPause.
    writePolicy({ companyName: 'Jansen Infra', pauseSeconds: 'lots', mode: 'sometimes', topics: [{ id: 'x y', label: 'Bad', keywords: ['a'] }] });
    await waitUntil(storedConfig, (c) => c?.pauseSeconds === 3 && c.mode === 'always', 'defaults for the bad keys', 10_000);
    // Flagged, so the default pause of a flagged draft (3 s) shows its countdown.
    const page = await compose(browser, surface, 'Still paused after the verkiezingen');
    await pauseOn(page, surface);
    expect(await pauseDialog(page).getByText(format(en.countdown, { n: 3 })).count()).toBe(1);
    await page.close();
  });
});

describe('hostile input, end to end (policy file → service worker → page)', () => {
  const rnd = random(6);
  /**
   * 100,000 keywords of regular-expression syntax and odd Unicode. Without lone surrogates: Chrome refuses a
   * policy file holding one as a whole (the matcher's own fuzz has them).
   */
  const keywords = Array.from({ length: 100_000 }, (_, i) => (i % 10_000 === 0 ? 'zzq target' : hostilePhrase(rnd, 1 + (i % 4)).replaceAll('\uD800', '')));

  it('takes 100,000 hostile keywords and bidi, zero-width and emoji everywhere; a 100,000-character draft still pauses and posts once', async () => {
    writePolicy({
      companyName: 'Jansen \u202Eofni\u202C \u200B🏗️',
      pauseSeconds: 0,
      mode: 'flagged',
      question: '(a+)+$ \u200F هل هذا مناسب؟',
      topics: [{ id: 'fuzz', label: '[Fuzz] .* 🏳️‍🌈', guidance: '\u202Eright to left\u202C', keywords, exceptions: keywords.slice(1, 1000) }],
    });
    await waitUntil(storedConfig, (c) => Boolean((c as unknown as { topics?: { id: string }[] })?.topics?.some((t) => t.id === 'fuzz')), 'the hostile policy', 30_000);
    const errors: string[] = [];
    const page = await openPage(browser, surface.url);
    page.on('pageerror', (error) => errors.push(error.message));
    // One input event of 100,000 characters: right-to-left text, emoji, zero-width characters and the planted keyword.
    const draft = `${'עברית \u200F🎉\u200B شكرا ZWJ👩‍👩‍👧 '.repeat(3_000)}zzq target`.slice(-100_000);
    await surface.editor(page).click();
    await page.keyboard.insertText(draft);
    const held = await surface.editor(page).evaluate((el) => el.textContent?.length ?? 0);
    await surface.button(page).click();
    const dialog = page.getByRole('dialog', { name: /\(a\+\)\+\$/ });
    // A bound against runaway work (a hang would fail here), not a speed measurement: that is `npm run bench`.
    await dialog.waitFor({ timeout: 10_000 });
    expect(await dialog.locator('.pp-topic-label').allTextContents()).toEqual(['[Fuzz] .* 🏳️‍🌈']);
    await dialog.getByRole('button', { name: en.postAnyway, exact: true }).click();
    const [record] = await expectPublished(page, 1);
    expect(record!.texts[0]!.length).toBe(held);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
