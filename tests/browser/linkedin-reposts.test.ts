/**
 * LinkedIn's instant repost (docs/evidence/linkedin.md#reposts): a post's Repost button opens a menu whose "Repost"
 * entry publishes the post at once ("Repost with your thoughts" opens the share composer instead). The pause shows
 * the reposted post's text with "Don't repost" and "Repost anyway"; one repost goes out.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { en } from '../../src/core/i18n/messages.ts';
import { LINKEDIN, PAGES, SDUI } from '../pages/locators.mjs';
import { POSTS } from '../pages/common/linkedin-feed.ts';
import { afterTwoFrames, expectPublished, firstPauseOfTheDay, openPage, pauseDialog, previewParts, published, useBrowser } from './helpers.ts';

const browser = useBrowser();


const [maria, ravi] = POSTS as [typeof POSTS[0], typeof POSTS[0]];

interface Style {
  name: string;
  url: string;
  /** The Repost button of the post by `author`. */
  opener(page: Page, author: string): Locator;
  /** The menu entry by its label. */
  entry(page: Page, label: string): Locator;
}

const STYLES: Style[] = [
  {
    name: 'SDUI (div[role=button] entries)',
    url: PAGES.linkedinSdui,
    opener: (page, author) => SDUI.repostOf(author)(page),
    entry: (page, label) => SDUI.menuEntry(label)(page),
  },
  {
    name: 'classic (menuitem entries)',
    url: PAGES.linkedin,
    opener: (page, author) => page.locator(`.feed-shared-update-v2:has(.update-components-actor__title:text-is("${author}")) button.social-reshare-button`),
    entry: (page, label) => page.locator(`[role="menu"] [role="menuitem"]:has(> span:text-is("${label}"))`),
  },
];

const button = (page: Page, name: string) => pauseDialog(page).getByRole('button', { name, exact: true });

describe.each(STYLES.map((s) => [s.name, s] as const))('LinkedIn instant repost, %s', (_, style) => {
  it('pauses on "Repost" with the post\'s text; "Don\'t repost" reposts nothing; "Repost anyway" reposts once', async () => {
    const page = await openPage(browser(), style.url);
    await firstPauseOfTheDay(browser(), page);
    await style.opener(page, maria.name).click();
    await style.entry(page, 'Repost').click();
    await pauseDialog(page).waitFor();
    expect(await pauseDialog(page).getByText(en.repostedLabel).count()).toBe(1);
    expect(await previewParts(page)).toEqual([maria.text]);
    await button(page, en.dontRepost).click();
    await pauseDialog(page).waitFor({ state: 'detached' });
    await afterTwoFrames(page);
    expect(await published(page)).toEqual([]);

    await style.opener(page, maria.name).click();
    await style.entry(page, 'Repost').click();
    await button(page, en.repostAnyway).click();
    const [record] = await expectPublished(page, 1);
    expect(record).toMatchObject({ surface: 'instant-repost', texts: [maria.text] });
    await page.close();
  });

  it('"Repost with your thoughts" only opens the share composer', async () => {
    const page = await openPage(browser(), style.url);
    await style.opener(page, maria.name).click();
    await style.entry(page, 'Repost with your thoughts').click();
    await afterTwoFrames(page);
    expect(await pauseDialog(page).count()).toBe(0);
    expect(await published(page)).toEqual([]);
    await page.locator('dialog[open] [role="textbox"], .share-box-v2__modal .ql-editor').first().waitFor();
    await page.close();
  });

  it('shows a clamped post\'s whole text, without its "…more"', async () => {
    const page = await openPage(browser(), style.url);
    await firstPauseOfTheDay(browser(), page);
    await style.opener(page, ravi.name).click();
    await style.entry(page, 'Repost').click();
    await pauseDialog(page).waitFor();
    expect(await previewParts(page)).toEqual([ravi.text]);
    await button(page, en.repostAnyway).click();
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'instant-repost', texts: [ravi.text] });
    await page.close();
  });
});

describe('LinkedIn instant repost, the post text the adapter reads', () => {
  it('SDUI: [data-testid="expandable-text-box"], classic: .update-components-text', async () => {
    const sdui = await openPage(browser(), PAGES.linkedinSdui);
    expect(await SDUI.postText(sdui).textContent()).toBe(maria.text);
    await sdui.close();
    const classic = await openPage(browser(), PAGES.linkedin);
    expect(await LINKEDIN.postText(classic).textContent()).toBe(maria.text);
    await classic.close();
  });
});
