/**
 * Where PostPause lives in each browser: its extension ids and where each browser installs it from. Every
 * deployment file is written from these, so an id and its update address are paired in one place only.
 */

import { CHROME_ID, GECKO_ID } from '../../core/extension-ids.ts';

export const CHROME_WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const EDGE_ADDONS_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';
export const FIREFOX_INSTALL_URL = `https://addons.mozilla.org/firefox/downloads/latest/${GECKO_ID}/latest.xpi`;

/** A Chromium extension id: 32 letters a to p. */
export const EXTENSION_ID_PATTERN = /^[a-p]{32}$/;

/** Where a Chromium browser installs PostPause from. */
export type Source = 'chrome-web-store' | 'edge-addons' | 'self-hosted';

export interface Install {
  source: Source;
  updateUrl: string;
}

export interface Targets {
  chromeId: string;
  /** Absent when no source was given: the files then hold settings without a force-install entry. */
  chromeInstall: Install | undefined;
  edgeId: string;
  edgeInstall: Install | undefined;
  geckoId: string;
  firefoxInstallUrl: string;
}

export interface TargetOptions {
  /** PostPause's id in the Chrome Web Store (installed from the store). */
  chromeId?: string | undefined;
  /** Its id in Edge Add-ons (installed from Edge Add-ons). */
  edgeId?: string | undefined;
  /** A self-hosted update manifest; its CRX has the fixed id CHROME_ID. */
  updateUrl?: string | undefined;
}

/**
 * The ids and sources. Each id goes with the update URL that serves it: a store id with its store, the fixed
 * id with a self-hosted URL. Without a source the settings use the fixed id (unpacked and self-hosted
 * installs) and nothing is force-installed. Edge takes Chrome's package unless it has its own listing.
 */
export function targets({ chromeId, edgeId, updateUrl }: TargetOptions = {}): Targets {
  if (chromeId !== undefined && updateUrl !== undefined) throw new Error('--chrome-id and --update-url are two sources for Chrome: give one');
  for (const [name, id] of [['--chrome-id', chromeId], ['--edge-id', edgeId]] as const) {
    if (id === undefined) continue;
    if (!EXTENSION_ID_PATTERN.test(id)) throw new Error(`${name}: "${id}" is not an extension id (32 letters a to p)`);
    // The stores assign their own ids: the fixed one exists only unpacked or self-hosted.
    if (id === CHROME_ID) throw new Error(`${name}: ${CHROME_ID} is PostPause's self-hosted id, which no store listing has; to self-host, give --update-url`);
  }
  if (updateUrl !== undefined && !/^https?:\/\/\S+$/.test(updateUrl)) throw new Error(`--update-url: "${updateUrl}" is not an http(s) address`);
  const chrome = chromeId
    ? { id: chromeId, install: { source: 'chrome-web-store' as const, updateUrl: CHROME_WEB_STORE_UPDATE_URL } }
    : { id: CHROME_ID, install: updateUrl === undefined ? undefined : { source: 'self-hosted' as const, updateUrl } };
  const edge = edgeId ? { id: edgeId, install: { source: 'edge-addons' as const, updateUrl: EDGE_ADDONS_UPDATE_URL } } : chrome;
  return {
    chromeId: chrome.id,
    chromeInstall: chrome.install,
    edgeId: edge.id,
    edgeInstall: edge.install,
    geckoId: GECKO_ID,
    firefoxInstallUrl: FIREFOX_INSTALL_URL,
  };
}
