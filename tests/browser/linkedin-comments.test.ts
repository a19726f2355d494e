/**
 * LinkedIn comments and replies as the 2026 evidence shows them (docs/evidence/linkedin.md#sdui-comments,
 * #post-detail-comments, #comment-replies, #classic-comments): submits that do not exist until the editor holds text,
 * a button row beside the keyed comment box, a post page's `commentButtonSection` id, a plaintext-only editor, and a
 * reply box beside the comment row pre-filled with the author's mention chip. Each pauses, and goes out once,
 * unchanged, with the text the dialog showed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SDUI, SURFACES, type SurfaceLocators } from '../pages/locators.mjs';
import {
  afterTwoFrames, expectPublished, firstPauseOfTheDay, openPage, pauseDialog, postAnyway, previewParts, published, typeInto, useBrowser,
} from './helpers.ts';

const browser = useBrowser();


/** Presses the submit, checks the pause shows `text` and nothing went out yet, posts anyway; the one record. */
async function pauseAndPost(page: Page, surface: SurfaceLocators, text: string) {
  await firstPauseOfTheDay(browser(), page);
  await surface.button(page).click();
  await pauseDialog(page).waitFor();
  expect(await previewParts(page)).toEqual([text]);
  expect(await published(page)).toEqual([]);
  await postAnyway(page);
  return (await expectPublished(page, 1))[0]!;
}

describe('LinkedIn SDUI feed comment (2026)', () => {
  it('has no submit until the editor holds text; the submit sits beside the keyed box, reads "Comment", has no aria-label', async () => {
    const surface = SURFACES.sduiComment;
    const page = await openPage(browser(), surface.url);
    expect(await page.locator('button[data-view-name="comment-post"]').count()).toBe(0);
    const key = await page.locator('[componentkey^="commentBox-urn:li:activity"]').first().getAttribute('componentkey');
    expect(key).toMatch(/^commentBox-urn:li:activity:\d+-[0-9a-f-]{36}$/);

    await typeInto(page, surface.editor(page), 'Mooi project!');
    const shape = await surface.button(page).evaluate((button) => {
      const box = document.querySelector('[componentkey^="commentBox-urn:li:activity"]')!;
      return {
        wrapsOnlyTheEditor: box.children.length === 1 && box.firstElementChild!.matches('[data-view-name="comment-box"]'),
        inBox: box.contains(button),
        besideBox: box.parentElement!.contains(button),
        text: button.textContent,
        ariaLabel: button.getAttribute('aria-label'),
        form: button.closest('form') !== null,
      };
    });
    expect(shape).toEqual({ wrapsOnlyTheEditor: true, inBox: false, besideBox: true, text: 'Comment', ariaLabel: null, form: false });

    // Emptying the box takes the submit away again.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.locator('button[data-view-name="comment-post"]').waitFor({ state: 'detached' });
    await page.close();
  });

  it('component keys are made anew on every render', async () => {
    const keys = async () => {
      const page = await openPage(browser(), SURFACES.sduiComment.url);
      const found = await page.locator('[componentkey^="commentBox-"]').evaluateAll((els) => els.map((el) => el.getAttribute('componentkey')));
      await page.close();
      return found;
    };
    const [first, second] = [await keys(), await keys()];
    expect(first.length).toBeGreaterThan(0);
    expect(first.some((key) => second.includes(key))).toBe(false);
  });

  it('Enter and Ctrl+Enter break the line (no shortcut publishes); the click pauses; the comment goes out once, unchanged', async () => {
    const surface = SURFACES.sduiComment;
    const page = await openPage(browser(), surface.url);
    await typeInto(page, surface.editor(page), 'First line\nSecond line');
    // TipTap's own binding: Ctrl+Enter is a hard break.
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Third');
    await afterTwoFrames(page);
    expect(await pauseDialog(page).count()).toBe(0);
    expect(await published(page)).toEqual([]);
    const text = 'First line\nSecond line\nThird';
    const record = await pauseAndPost(page, surface, text);
    expect(record).toMatchObject({ surface: 'comment', texts: [text] });
    // The box is cleared and its submit gone.
    await page.locator('button[data-view-name="comment-post"]').waitFor({ state: 'detached' });
    expect(await surface.editor(page).textContent()).toBe('');
    await page.close();
  });
});

describe('LinkedIn SDUI post-detail comment (/feed/update/<urn>/)', () => {
  it.each([
    ['a TipTap editor', SURFACES.sduiPostComment, 'true'],
    ['a contenteditable="plaintext-only" editor known only by its role', SURFACES.sduiPlaintextComment, 'plaintext-only'],
  ])('%s: the submit in div[id*=commentButtonSection] appears with text; pauses; one comment', async (_, surface, editable) => {
    const page = await openPage(browser(), surface.url);
    expect(await surface.editor(page).getAttribute('contenteditable')).toBe(editable);
    expect(await surface.button(page).count()).toBe(0);
    const section = await page.locator('[id*="commentButtonSection"]').getAttribute('id');
    expect(section).toMatch(/commentButtonSectionurn:li:activity:\d+FeedType_FEED_DETAIL$/);
    await typeInto(page, surface.editor(page), 'Sterk verhaal, Maria');
    expect(await surface.button(page).evaluate((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual(['Comment', null]);
    const record = await pauseAndPost(page, surface, 'Sterk verhaal, Maria');
    expect(record).toMatchObject({ surface: 'comment', texts: ['Sterk verhaal, Maria'] });
    await surface.button(page).waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('LinkedIn SDUI reply to a comment', () => {
  it('renders the reply box beside the comment row with the author\'s chip; pauses with the chip\'s name; one reply', async () => {
    const surface = SURFACES.sduiReply;
    const page = await openPage(browser(), surface.url);
    await SDUI.replyTo('Tom Peters')(page).click();
    const shape = await surface.editor(page).evaluate((editor) => {
      const row = document.querySelector('[id^="replaceableComment_urn:li:comment:"]')!;
      const chip = editor.querySelector('[data-type="mention"]');
      return {
        inRow: row.contains(editor),
        afterRow: Boolean(row.nextElementSibling?.contains(editor)),
        chip: chip?.textContent,
        chipEditable: chip?.getAttribute('contenteditable'),
        focused: editor.contains(document.activeElement) || editor === document.activeElement,
      };
    });
    expect(shape).toEqual({ inRow: false, afterRow: true, chip: 'Tom Peters', chipEditable: 'false', focused: true });
    // The chip alone is content: the Reply submit is there.
    expect(await surface.button(page).evaluate((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual(['Reply', null]);
    await page.keyboard.type('thanks, glad you like it');
    const record = await pauseAndPost(page, surface, 'Tom Peters thanks, glad you like it');
    expect(record).toMatchObject({ surface: 'reply', texts: ['Tom Peters thanks, glad you like it'] });
    // The box goes; the reply shows under the comment.
    await surface.editor(page).waitFor({ state: 'detached' });
    await page.getByText('Tom Peters thanks, glad you like it').waitFor();
    await page.close();
  });
});

describe('LinkedIn classic comment', () => {
  it('has no submit until there is text; pauses; one comment; the submit goes with the text', async () => {
    const surface = SURFACES.linkedinComment;
    const page = await openPage(browser(), surface.url);
    expect(await page.locator('button.comments-comment-box__submit-button--cr').count()).toBe(0);
    await typeInto(page, surface.editor(page), 'Congrats to the whole team');
    expect(await surface.button(page).textContent()).toBe('Comment');
    const record = await pauseAndPost(page, surface, 'Congrats to the whole team');
    expect(record).toMatchObject({ surface: 'comment', texts: ['Congrats to the whole team'] });
    await page.locator('button.comments-comment-box__submit-button--cr').waitFor({ state: 'detached' });
    await page.close();
  });

  it('a reply box\'s submit appears with text too; pauses; one reply', async () => {
    const surface = SURFACES.linkedinReply;
    const page = await openPage(browser(), surface.url);
    await surface.reveal(page);
    expect(await surface.button(page).count()).toBe(0);
    await typeInto(page, surface.editor(page), 'Thanks Tom');
    const record = await pauseAndPost(page, surface, 'Thanks Tom');
    expect(record).toMatchObject({ surface: 'reply', texts: ['Thanks Tom'] });
    await page.close();
  });
});

describe('LinkedIn buttons that are not the submit', () => {
  it.each([
    ['SDUI', SURFACES.sduiComment],
    ['classic', SURFACES.linkedinComment],
  ])('%s: with a comment drafted, the action bar\'s Comment toggle and a comment\'s Reply publish nothing and do not pause', async (_, surface) => {
    const page = await openPage(browser(), surface.url);
    await typeInto(page, surface.editor(page), 'A comment in progress');
    await page.getByRole('button', { name: 'Comment', exact: true }).first().click();
    await afterTwoFrames(page);
    expect(await pauseDialog(page).count()).toBe(0);
    await page.locator('button[aria-label^="Reply to "]').first().click();
    await afterTwoFrames(page);
    expect(await pauseDialog(page).count()).toBe(0);
    expect(await published(page)).toEqual([]);
    expect(await surface.editor(page).textContent()).toBe('A comment in progress');
    await page.close();
  });
});
