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

export const allSurfaces: SurfaceCase[] = [...xSurfaces];
