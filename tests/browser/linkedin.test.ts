/** LinkedIn specifics: several composers at once, navigation, an ignored replay. */
import { describe, expect, it } from 'vitest';
import { LINKEDIN, SURFACES } from '../pages/locators.mjs';
import { surfaces, type SurfaceCase } from './surfaces.ts';
import {
  compose, expectPublished, keepEditing, openPage, pauseDialog, pauseOn, postAnyway, postThroughPause, pressAgainNotice, previewParts, typeInto, useBrowser,
} from './helpers.ts';


const browser = useBrowser();

describe('LinkedIn', () => {
  it.each<[string, SurfaceCase, SurfaceCase]>([
    ['classic', surfaces.linkedinShadowShare, surfaces.linkedinComment],
    ['SDUI', surfaces.sduiShare, surfaces.sduiComment],
  ])('acts on the share box, not the comment draft under it (%s)', async (_, share, comment) => {
    const page = await openPage(browser(), share.url);
    await typeInto(page, comment.editor(page), 'comment draft stays');
    await share.reveal!(page);
    await typeInto(page, share.editor(page), 'the share text');
    await share.button(page).click();
    expect(await previewParts(page)).toEqual(['the share text']);
    await postAnyway(page);
    if (share.ignoresUntrustedClick) {
      await pressAgainNotice(page).waitFor();
      await share.button(page).click();
    }
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'share', texts: ['the share text'] });
    await comment.button(page).click();
    expect(await previewParts(page)).toEqual(['comment draft stays']);
    await keepEditing(page);
    await page.close();
  });

  it.each([
    ['classic', surfaces.linkedinComment.url, surfaces.linkedinComment],
    // SDUI's post page submits from its own button section (docs/evidence/linkedin.md#post-detail-comments).
    ['SDUI', surfaces.sduiComment.url, SURFACES.sduiPostComment],
  ] as const)('covers a comment box that appears after navigating to a post (%s)', async (_, start, comment) => {
    const page = await openPage(browser(), start);
    await LINKEDIN.myNetwork(page).click();
    await page.waitForURL(/mynetwork/);
    await LINKEDIN.home(page).click();
    await LINKEDIN.postLink(page).click();
    await page.waitForURL(/feed\/update/);
    expect(await postThroughPause(page, comment, 'After navigation')).toMatchObject({ surface: 'comment', texts: ['After navigation'] });
    await page.close();
  });

  it('after an ignored replay, lets the next real press through once, then pauses again', async () => {
    const share = surfaces.sduiShare;
    const page = await compose(browser(), share, 'first');
    await share.button(page).click();
    await postAnyway(page);
    await pressAgainNotice(page).waitFor();
    await share.button(page).click();
    await expectPublished(page, 1);
    expect(await pauseDialog(page).count()).toBe(0);
    // The next post pauses as usual.
    await share.reveal!(page);
    await typeInto(page, share.editor(page), 'second');
    await pauseOn(page, share);
    await keepEditing(page);
    await page.close();
  });
});
