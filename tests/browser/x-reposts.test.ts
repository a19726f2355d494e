/**
 * Reposts on X (docs/evidence/x.md#reposts): the post's Repost button opens a menu whose "Repost"
 * (div[role=menuitem][data-testid="retweetConfirm"]) publishes at once, with no composer; and a quote with no text
 * of its own, which X sends as a plain repost. The pause shows the post being reposted, with "Don't repost" and
 * "Repost anyway"; one repost goes out.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGES, SURFACES, WITHOUT_HOOKS, X } from '../pages/locators.mjs';
import { applyDrift } from '../support/drift.mjs';
import {
  expectPublished, expectQuietAfter, openPage, pauseDialog, popupReport, previewParts, published, SHORTCUT, useBrowser, waitUntil,
} from './helpers.ts';

const browser = useBrowser();
afterEach(async () => {
  for (const open of browser().context.pages()) if (open.url().startsWith('https://')) await open.close();
});

const NEWS = X.POST_IDS.news;
/** The reposted post: flagged, so the pause shows it whole. */
const NEWS_TEXT = 'Na de verkiezingen: wie gaat er met wie praten? Lees het live verslag.';

const repostAnyway = (page: Page) => pauseDialog(page).getByRole('button', { name: 'Repost anyway', exact: true }).click();
const dontRepost = (page: Page) => pauseDialog(page).getByRole('button', { name: "Don't repost", exact: true }).click();

const report = () => popupReport(browser(), 'x');

/** Undoes the repost of the news post from its menu (not a publish), and waits until it can be reposted again. */
async function undoRepost(page: Page) {
  await X.unrepostOf(NEWS)(page).click();
  await X.undoRepost(page).click();
  await X.repostOf(NEWS)(page).waitFor();
}


/** What the pause says: its label above the draft, the draft, and its two buttons. */
async function pauseShows(page: Page) {
  const dialog = pauseDialog(page);
  await dialog.waitFor();
  return {
    label: await dialog.locator('.pp-label').textContent(),
    parts: await previewParts(page),
    buttons: await dialog.locator('.pp-actions button').allTextContents(),
  };
}

const REPOST_PAUSE = { label: "The post you're about to repost", parts: [NEWS_TEXT], buttons: ["Don't repost", 'Repost anyway'] };

/** Opens the quote composer on the news post, leaving its text empty. */
async function quoteWithoutText(page: Page) {
  await X.repostOf(NEWS)(page).click();
  await X.quote(page).click();
  await X.threadEditor(0)(page).waitFor();
}

describe('X instant repost', () => {
  it('pauses on the menu\'s "Repost", showing the post; "Repost anyway" reposts it once', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await X.repostOf(NEWS)(page).click();
    await X.repostNow(page).click();
    expect(await pauseShows(page)).toEqual(REPOST_PAUSE);
    expect(await published(page)).toEqual([]);
    await repostAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'repost', texts: [], reposted: NEWS });
    // X shows the post as reposted; its menu now offers to undo it, which is not a publish.
    await undoRepost(page);
    await expectQuietAfter(browser(), page, 'x');
    expect(await published(page)).toHaveLength(1);
  });

  it('"Don\'t repost" leaves it; a second press reposts once', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await X.repostOf(NEWS)(page).click();
    await X.repostNow(page).click();
    await pauseDialog(page).waitFor();
    await dontRepost(page);
    await pauseDialog(page).waitFor({ state: 'detached' });
    expect(await published(page)).toEqual([]);
    if (!(await X.repostNow(page).count())) await X.repostOf(NEWS)(page).click();
    await X.repostNow(page).click();
    await repostAnyway(page);
    await expectPublished(page, 1);
    await expectQuietAfter(browser(), page, 'x');
  });

  it('the toolbar popup lists the repost entry with the rule that found it', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await X.repostOf(NEWS)(page).click();
    await X.repostNow(page).waitFor();
    expect((await report()).lines.join('\n')).toContain('x.repost.testid');
  });

  it('20 reposts on one page (each undone after), none doubled or lost', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    for (let n = 1; n <= 20; n++) {
      await X.repostOf(NEWS)(page).click();
      await X.repostNow(page).click();
      await dontRepost(page);
      if (!(await X.repostNow(page).count())) await X.repostOf(NEWS)(page).click();
      await X.repostNow(page).click();
      await repostAnyway(page);
      await waitUntil(() => published(page), (records) => records.length === n, `repost ${n}`);
      await undoRepost(page);
    }
    const records = await expectPublished(page, 20);
    expect(records.every((r) => r.surface === 'repost' && (r as { reposted?: string }).reposted === NEWS)).toBe(true);
    expect(await page.locator('postpause-root').count()).toBe(1);
  });

  it('drift, the entry\'s test id renamed repostConfirm (as CPFT also accepts): still pauses, reposts once', async () => {
    const page = await browser().context.newPage();
    // Runs in the page before it renders, as tests/support/drift.mjs does.
    await page.addInitScript(() => {
      const fix = (el: Element) => el.getAttribute('data-testid') === 'retweetConfirm' && el.setAttribute('data-testid', 'repostConfirm');
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes') fix(r.target as Element);
          for (const node of r.addedNodes) if (node instanceof Element) [node, ...node.querySelectorAll('*')].forEach(fix);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-testid'] });
    });
    await page.goto(PAGES.xHome);
    await page.waitForFunction(() => window.__pp_ready === true);
    await X.repostOf(NEWS)(page).click();
    const entry = page.locator('#layers [data-testid="repostConfirm"]');
    await entry.click();
    expect(await pauseShows(page)).toEqual(REPOST_PAUSE);
    await repostAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'repost', reposted: NEWS });
    await expectQuietAfter(browser(), page, 'x');
  });
});

describe('X quote with no text (sent as a plain repost)', () => {
  it('pauses on Post with the quoted post\'s text; "Repost anyway" reposts once', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await quoteWithoutText(page);
    // X enables Post for a quote without text: it becomes a repost.
    expect(await SURFACES.xQuote.button(page).isEnabled()).toBe(true);
    expect((await report()).lines).toContain('x-draft · repost · x.button.testid.modal · x.editor.testid');
    await SURFACES.xQuote.button(page).click();
    expect(await pauseShows(page)).toEqual(REPOST_PAUSE);
    await repostAnyway(page);
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'repost', texts: [], reposted: NEWS });
    await X.threadEditor(0)(page).waitFor({ state: 'detached' });
    await expectQuietAfter(browser(), page, 'x');
  });

  it('with X\'s shortcut in the empty editor, the same', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await quoteWithoutText(page);
    await X.threadEditor(0)(page).click();
    await page.keyboard.press(SHORTCUT);
    expect(await pauseShows(page)).toEqual(REPOST_PAUSE);
    await repostAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'repost', reposted: NEWS });
  });

  it('a quote with text stays a quote post, paused as a post', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    await quoteWithoutText(page);
    await X.threadEditor(0)(page).click();
    await page.keyboard.type('Worth a read');
    await SURFACES.xQuote.button(page).click();
    const shown = await pauseShows(page);
    expect(shown.parts).toEqual(['Worth a read']);
    expect(shown.buttons).toEqual(['Keep editing', 'Post anyway']);
    await pauseDialog(page).getByRole('button', { name: 'Post anyway', exact: true }).click();
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'quote', texts: ['Worth a read'] });
  });

  it('20 on one page (each undone after), none doubled or lost', async () => {
    const page = await openPage(browser(), PAGES.xHome);
    for (let n = 1; n <= 20; n++) {
      await quoteWithoutText(page);
      await SURFACES.xQuote.button(page).click();
      await dontRepost(page);
      await SURFACES.xQuote.button(page).click();
      await repostAnyway(page);
      await waitUntil(() => published(page), (records) => records.length === n, `repost ${n}`);
      await undoRepost(page);
    }
    const records = await expectPublished(page, 20);
    expect(records.every((r) => r.surface === 'repost')).toBe(true);
  });

  it('drift, test ids gone: Post by its label, the quoted post still read, one repost', async () => {
    const page = await browser().context.newPage();
    await page.addInitScript(applyDrift, 'x-noids' as const);
    await page.goto(PAGES.xHome);
    await page.waitForFunction(() => window.__pp_ready === true);
    const drifted = WITHOUT_HOOKS.xModal('Post', async (p) => {
      await X.repostOf(NEWS)(p).click();
      await X.quote(p).click();
    });
    await drifted.reveal(page);
    await drifted.editor(page).waitFor();
    expect((await report()).lines).toContain('x-draft · repost · x.button.text · x.editor.class.draft');
    await drifted.button(page).click();
    expect(await pauseShows(page)).toEqual(REPOST_PAUSE);
    await repostAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'repost', reposted: NEWS });
    await expectQuietAfter(browser(), page, 'x');
  });
});
