// `npm run demo`: builds PostPause and opens Chromium with it loaded on the local X and LinkedIn demo pages.
// Without a display it walks through the demo headless and saves screenshots to docs/screenshots/ (the README shows them).
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchWithExtension } from '../tests/support/browser.mjs';
import { buildPages } from '../tests/pages/build.mjs';
import { PAGES, SURFACES } from '../tests/pages/locators.mjs';

const DEMO_PAGES = [
  ['X', PAGES.xHome],
  ['LinkedIn (classic)', PAGES.linkedin],
  ['LinkedIn (classic, in a shadow root)', PAGES.linkedinShadow],
  ['LinkedIn (new style)', PAGES.linkedinSdui],
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
  await walkThrough(browser, 'docs/screenshots');
  console.log('No display: walked through the demo headless; screenshots are in docs/screenshots/ (the README shows them).');
  await browser.close();
}

/** The demo without a display: the pause on X and LinkedIn, the welcome page, the options and the popup. */
async function walkThrough(browser, out) {
  mkdirSync(out, { recursive: true });
  const page = await browser.context.newPage();
  const extension = (path) => `chrome-extension://${browser.extensionId}/src/${path}/index.html`;

  /** Opens the page of `surface`, types `text` into its composer and presses its button: the pause. */
  const pause = async (surface, text) => {
    await page.goto(surface.url);
    await page.waitForFunction(() => window.__pp_ready === true);
    await surface.editor(page).click();
    await page.keyboard.type(text);
    await surface.button(page).click();
    await page.getByRole('dialog').waitFor();
  };

  await pause(SURFACES.xHome, 'Proud of our team: the new bridge in Zwolle opened today, two weeks early.');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/dialog-x.png` });
  await page.keyboard.press('Escape');

  await pause(SURFACES.sduiComment, 'Na de verkiezingen moet het woke gedoe maar eens klaar zijn. #ZwartePiet');
  await page.locator('postpause-root details').first().evaluate((el) => (el.open = true));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/dialog-linkedin-flagged.png` });
  await page.keyboard.press('Escape');

  const welcome = await browser.context.newPage();
  await welcome.setViewportSize({ width: 900, height: 1300 });
  await welcome.goto(extension('welcome'));
  await welcome.getByTestId('try-text').fill('Wat een debat over Zwarte Piet, en dan de verkiezingen nog.');
  await welcome.screenshot({ path: `${out}/welcome.png`, fullPage: true });

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 900, height: 1300 });
  await options.goto(extension('options'));
  await options.getByTestId('bench').getByTestId('try-text').fill('Over de #verkiezingen en #ZwartePiet');
  await options.screenshot({ path: `${out}/options.png`, fullPage: true });

  const tab = await browser.worker.evaluate(async () => {
    for (const { id } of await chrome.tabs.query({})) if ((await chrome.tabs.sendMessage(id, { type: 'ui:status' }).catch(() => null))?.site) return id;
    return undefined;
  });
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 330 });
  await popup.goto(`${extension('popup')}?tab=${tab}`);
  await popup.getByTestId('composers').waitFor();
  await popup.locator('details').evaluate((el) => (el.open = true));
  await popup.screenshot({ path: `${out}/popup.png` });
}
