/** LinkedIn specifics: several composers at once, navigation, an ignored replay. */
import { describe, expect, it } from 'vitest';
import { linkedinSurfaces } from './surfaces.ts';
import {
  expectPublished, keepEditing, openPage, pauseDialog, postAnyway, previewParts,
  typeInto, useBrowser,
} from './helpers.ts';

const browser = useBrowser();

const surface = (name: string) => linkedinSurfaces.find((s) => s.name.startsWith(name))!;

describe('LinkedIn', () => {
  it.each([
    ['classic', 'https://www.linkedin.com/feed/?style=shadow', 'LinkedIn classic comment', 'LinkedIn classic share box'],
    ['SDUI', 'https://www.linkedin.com/feed/?style=sdui', 'LinkedIn SDUI comment', 'LinkedIn SDUI share box'],
  ])('acts on the share box, not the comment draft under it (%s)', async (_, url, commentName, shareName) => {
    const comment = surface(commentName);
    const share = surface(shareName);
    const page = await openPage(browser(), url);
    await typeInto(page, comment.editor(page), 'comment draft stays');
    await share.reveal!(page);
    await typeInto(page, share.editor(page), 'the share text');
    await page.keyboard.press('Control+Enter');
    expect(await previewParts(page)).toEqual(['the share text']);
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'share', texts: ['the share text'] });
    await comment.button(page).click();
    expect(await previewParts(page)).toEqual(['comment draft stays']);
    await keepEditing(page);
    await page.close();
  });

  it.each([
    ['classic', 'https://www.linkedin.com/feed/', '.feed-shared-update-v2 form.comments-comment-box__form .ql-editor', 'button.comments-comment-box__submit-button--cr'],
    ['SDUI', 'https://www.linkedin.com/feed/?style=sdui', '[componentkey^="commentBox-urn:li:activity"] [role="textbox"]', '[componentkey^="commentButtonSection-urn:li:activity"] button'],
  ])('covers a comment box that appears after navigating to a post (%s)', async (_, url, editor, button) => {
    const page = await openPage(browser(), url);
    await page.getByRole('link', { name: 'My Network' }).click();
    await page.waitForURL(/mynetwork/);
    await page.getByRole('link', { name: 'Home' }).click();
    await page.locator('a[href*="/feed/update/"]').first().click();
    await page.waitForURL(/feed\/update/);
    await typeInto(page, page.locator(editor).first(), 'After navigation');
    await page.locator(button).first().click();
    expect(await previewParts(page)).toEqual(['After navigation']);
    await postAnyway(page);
    expect((await expectPublished(page, 1))[0]).toMatchObject({ surface: 'comment', texts: ['After navigation'] });
    await page.close();
  });

  it('after an ignored replay, lets the next real press through once, then pauses again', async () => {
    const s = surface('LinkedIn SDUI share box');
    const page = await openPage(browser(), s.url);
    await s.reveal!(page);
    await typeInto(page, s.editor(page), 'first');
    await s.button(page).click();
    await postAnyway(page);
    await page.getByRole('status').filter({ hasText: 'Press Post again to publish' }).waitFor();
    await s.button(page).click();
    await expectPublished(page, 1);
    expect(await pauseDialog(page).count()).toBe(0);
    // The next post pauses as usual.
    await s.reveal!(page);
    await typeInto(page, s.editor(page), 'second');
    await s.button(page).click();
    await pauseDialog(page).waitFor();
    await keepEditing(page);
    await page.close();
  });
});
