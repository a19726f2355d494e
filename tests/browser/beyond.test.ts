/**
 * Beyond the anchors, on the demo pages under a managed policy: a reply to a listed account, a comment on a
 * listed author's post, a brand named without the tie said, and topics in and out of their season.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from '../support/browser.mjs';
import { en, format } from '../../src/core/i18n/messages.ts';
import { surfaces } from './surfaces.ts';
import { compose, pauseDialog, pauseOn, setOptions, waitUntil } from './helpers.ts';
import { policyBuild, removePolicy, writePolicy } from './managed-policy.ts';

declare const chrome: typeof import('webextension-polyfill');

let browser: Launched;

beforeAll(async () => {
  writePolicy({
    mode: 'flagged',
    starterTopics: false,
    topics: [
      // Today is inside the first window and outside the second, whatever year the test runs in.
      { id: 'season-on', label: 'In season', keywords: ['sinterklaasjournaal'], when: [{ from: '01-01', until: '12-31' }] },
      { id: 'season-off', label: 'Out of season', keywords: ['jaarcijfers'], when: [{ from: '2001-01-01', until: '2001-01-02' }] },
    ],
    audiences: [
      { id: 'clients', label: 'a client of ours', guidance: 'Keep it kind: they read along.', handles: ['@Grace_Ops'], names: ['Maria Jansen'] },
    ],
    disclosure: { brands: ['NoordBouw'], phrases: ['#werkenbij'], suggestion: '(I work at NoordBouw.)' },
  });
  browser = await launchWithExtension({ dist: policyBuild().dist });
  await waitUntil(
    () => browser.worker.evaluate(async () => ((await chrome.storage.local.get('pageConfig')).pageConfig as { audiences?: unknown[] } | undefined)?.audiences?.length ?? 0),
    (n) => n === 1,
    'the policy to apply',
    20_000,
  );
  await setOptions(browser, { pauseSeconds: 0 });
});

afterAll(async () => {
  await browser?.close();
  removePolicy();
});

describe('audience-aware flags', () => {
  it('says who an inline reply on X goes to, from the conversation, and pauses in mode "flagged"', async () => {
    const surface = surfaces.xInlineReply;
    const page = await compose(browser, surface, 'Thanks for the update!');
    await pauseOn(page, surface);
    const note = pauseDialog(page).getByTestId('pp-audience');
    expect(await note.textContent()).toContain(format(en.audienceTo, { account: '@grace_ops', list: 'a client of ours' }));
    expect(await note.textContent()).toContain('Keep it kind: they read along.');
    await page.close();
  });

  it("says who a LinkedIn comment goes to: the author of the post", async () => {
    const surface = surfaces.linkedinComment;
    const page = await compose(browser, surface, 'Congratulations to the team');
    await pauseOn(page, surface);
    expect(await pauseDialog(page).getByTestId('pp-audience').textContent()).toContain(format(en.audienceTo, { account: 'Maria Jansen', list: 'a client of ours' }));
    await page.close();
  });
});

describe('the disclosure nudge', () => {
  it('notes the brand named without the tie said, and offers the suggestion; not once it is said', async () => {
    const surface = surfaces.xHome;
    const page = await compose(browser, surface, 'Great bridge by NoordBouw today, and a sinterklaasjournaal tip');
    await pauseOn(page, surface);
    const note = pauseDialog(page).getByTestId('pp-disclosure');
    expect(await note.textContent()).toContain(format(en.disclosureNote, { brand: '“NoordBouw”' }));
    expect(await note.textContent()).toContain('(I work at NoordBouw.)');
    await page.keyboard.press('Escape');
    await page.close();

    const said = await compose(browser, surface, 'Great bridge by NoordBouw today #werkenbij and a sinterklaasjournaal tip');
    await pauseOn(said, surface);
    expect(await pauseDialog(said).getByTestId('pp-disclosure').count()).toBe(0);
    await said.close();
  });
});

describe('topics with a season', () => {
  it('finds a topic in its season, and nothing of one out of it (mode "flagged": no pause)', async () => {
    const surface = surfaces.xHome;
    const page = await compose(browser, surface, 'Het sinterklaasjournaal was leuk');
    await pauseOn(page, surface);
    expect(await pauseDialog(page).locator('.pp-topic-label').allTextContents()).toEqual(['In season']);
    await page.keyboard.press('Escape');
    await page.close();

    const off = await compose(browser, surface, 'De jaarcijfers komen eraan');
    await surface.button(off).click();
    await waitUntil(() => off.evaluate(() => window.__pp_published.length), (n) => n === 1, 'the unpaused post');
    expect(await pauseDialog(off).count()).toBe(0);
    await off.close();
  });
});
