// `npm run demo`: builds PostPause and opens Chromium with it loaded on the local X and LinkedIn demo pages.
// Without a display it walks through the demo headless and saves screenshots to demo/screenshots/.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchWithExtension } from '../tests/support/browser.mjs';
import { buildPages } from '../tests/pages/build.mjs';

const DEMO_PAGES = [
  ['X', 'https://x.com/home'],
  ['LinkedIn (classic)', 'https://www.linkedin.com/feed/'],
  ['LinkedIn (classic, in a shadow root)', 'https://www.linkedin.com/feed/?style=shadow'],
  ['LinkedIn (new style)', 'https://www.linkedin.com/feed/?style=sdui'],
];

execSync('npx vite build', { stdio: 'inherit' });
await buildPages();

const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const browser = await launchWithExtension({ headless: !headed });
console.log(`PostPause ${browser.extensionId} loaded.`);

if (headed) {
  const [first] = browser.context.pages();
  for (const [i, [, url]] of DEMO_PAGES.entries()) {
    const page = i === 0 && first ? first : await browser.context.newPage();
    await page.goto(url);
  }
  console.log('Type a post on any demo page and press Post (or Ctrl/Cmd+Enter). Close the browser to end the demo.');
  await new Promise((resolve) => browser.context.on('close', resolve));
} else {
  const out = 'demo/screenshots';
  mkdirSync(out, { recursive: true });
  const page = await browser.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => window.__pp_ready === true);
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Proud of our team: the new bridge in Zwolle opened today, two weeks early.');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/dialog-x.png` });
  await dialog.getByRole('button', { name: 'Post anyway' }).click({ timeout: 10_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/posted-x.png` });
  console.log(`No display: walked through the demo headless; screenshots are in ${out}/.`);
  await browser.close();
}
