/**
 * Names the built extension is known by: its ids in each browser and the one file pages may load. The build
 * (vite.config.ts, manifest.config.ts), the deployment files and the checks all read them from here.
 */

/**
 * Fixed by the manifest `key`: the id of PostPause unpacked or as a self-hosted CRX, in Chrome, Chromium and
 * Edge. The Chrome Web Store and Edge Add-ons assign their own ids (`--chrome-id`, `--edge-id`).
 */
export const CHROME_ID = 'bjlmfclepneipkaeopfmmkjbjdfaeaeo';

/** Firefox's `browser_specific_settings.gecko.id`. */
export const GECKO_ID = 'postpause@postpause.app';

/** The dialog module in the built extension: loaded on demand by the content script, the only web-accessible file. */
export const PAUSE_UI_FILE = 'pause-ui.js';

/** The welcome page, opened by the service worker on install (not named in the manifest). */
export const WELCOME_PAGE = 'src/welcome/index.html';
