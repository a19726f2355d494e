/**
 * Every compose surface of the demo pages, as data: how to reach it, its editor and its publish button.
 * The generic publish tests run on each.
 */
import type { Locator, Page } from 'playwright-core';

export interface SurfaceCase {
  name: string;
  url: string;
  /** Steps that reveal the composer (open a modal, a reply box…). */
  reveal?: (page: Page) => Promise<void>;
  editor: (page: Page) => Locator;
  button: (page: Page) => Locator;
  /** What the demo page records as the surface of a publish. */
  surface: string;
  /** The site ignores untrusted clicks on this button (LinkedIn SDUI share box). */
  ignoresUntrustedClick?: boolean;
}

const xModal = {
  editor: (page: Page) => page.locator('#layers [data-testid="tweetTextarea_0"]'),
  button: (page: Page) => page.locator('#layers [data-testid="tweetButton"]'),
};

export const xSurfaces: SurfaceCase[] = [
  {
    name: 'X home timeline',
    url: 'https://x.com/home',
    editor: (page) => page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]'),
    button: (page) => page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]'),
    surface: 'home',
  },
  {
    name: 'X compose modal',
    url: 'https://x.com/home',
    reveal: (page) => page.locator('a[data-testid="SideNav_NewTweet_Button"]').click(),
    ...xModal,
    surface: 'modal',
  },
  {
    name: 'X reply modal',
    url: 'https://x.com/home',
    reveal: (page) => page.locator('article [data-testid="reply"]').first().click(),
    ...xModal,
    surface: 'reply-modal',
  },
  {
    name: 'X quote post',
    url: 'https://x.com/home',
    reveal: async (page) => {
      await page.locator('article [data-testid="retweet"]').first().click();
      await page.getByRole('menuitem', { name: 'Quote' }).click();
    },
    ...xModal,
    surface: 'quote',
  },
  {
    name: 'X inline reply (twitter.com)',
    url: 'https://twitter.com/grace_ops/status/1850000000000000002',
    editor: (page) => page.locator('main [data-testid="tweetTextarea_0"]'),
    button: (page) => page.locator('main [data-testid="tweetButtonInline"]'),
    surface: 'inline-reply',
  },
];

const classicShare = {
  editor: (page: Page) => page.locator('.share-box-v2__modal .ql-editor'),
  button: (page: Page) => page.locator('.share-box-v2__modal button.share-actions__primary-action'),
};

export const linkedinSurfaces: SurfaceCase[] = [
  {
    name: 'LinkedIn classic share box',
    url: 'https://www.linkedin.com/feed/',
    reveal: (page) => page.locator('button.share-box-feed-entry__trigger').click(),
    ...classicShare,
    surface: 'share',
  },
  {
    name: 'LinkedIn classic share box in the #interop-outlet shadow root',
    url: 'https://www.linkedin.com/feed/?style=shadow',
    reveal: (page) => page.locator('button.share-box-feed-entry__trigger').click(),
    ...classicShare,
    surface: 'share',
  },
  {
    name: 'LinkedIn classic repost with your thoughts',
    url: 'https://www.linkedin.com/feed/',
    reveal: async (page) => {
      await page.getByRole('button', { name: 'Repost', exact: true }).first().click();
      await page.getByRole('menuitem', { name: 'Repost with your thoughts' }).click();
    },
    ...classicShare,
    surface: 'repost',
  },
  {
    name: 'LinkedIn classic comment',
    url: 'https://www.linkedin.com/feed/',
    editor: (page) => page.locator('form.comments-comment-box__form:not(.comments-reply-box *) .ql-editor').first(),
    button: (page) => page.locator('form.comments-comment-box__form:not(.comments-reply-box *) button.comments-comment-box__submit-button--cr').first(),
    surface: 'comment',
  },
  {
    name: 'LinkedIn classic reply to a comment',
    url: 'https://www.linkedin.com/feed/',
    reveal: (page) => page.locator('button[aria-label^="Reply to "]').first().click(),
    editor: (page) => page.locator('.comments-reply-box .ql-editor').first(),
    button: (page) => page.locator('.comments-reply-box button.comments-comment-box__submit-button--cr').first(),
    surface: 'reply',
  },
  {
    name: 'LinkedIn SDUI share box (native dialog, hashed classes, Post ignores untrusted clicks)',
    url: 'https://www.linkedin.com/feed/?style=sdui',
    reveal: async (page) => {
      await page.locator('[aria-label="Start a post"]').click();
      await page.locator('[componentkey="ShareBox_textEditor"]').waitFor();
    },
    editor: (page) => page.locator('[componentkey="ShareBox_textEditor"]'),
    button: (page) => page.locator('dialog[open]').getByRole('button', { name: 'Post', exact: true }),
    surface: 'share',
    ignoresUntrustedClick: true,
  },
  {
    name: 'LinkedIn SDUI comment',
    url: 'https://www.linkedin.com/feed/?style=sdui',
    editor: (page) => page.locator('[componentkey^="commentBox-urn:li:activity"] [role="textbox"]').first(),
    button: (page) => page.locator('[componentkey^="commentButtonSection-urn:li:activity"] button').first(),
    surface: 'comment',
  },
  {
    name: 'LinkedIn SDUI reply to a comment',
    url: 'https://www.linkedin.com/feed/?style=sdui',
    reveal: (page) => page.getByRole('button', { name: 'Reply', exact: true }).first().click(),
    editor: (page) => page.locator('[componentkey^="commentBox-urn:li:comment"] [role="textbox"]').first(),
    button: (page) => page.locator('[componentkey^="commentButtonSection-urn:li:comment"] button').first(),
    surface: 'reply',
  },
];

export const allSurfaces: SurfaceCase[] = [...xSurfaces, ...linkedinSurfaces];
