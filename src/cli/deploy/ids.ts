/**
 * Where PostPause lives in each browser: its extension ids and update addresses. Every deployment file is
 * written from these, so an id is spelled in one place only.
 */

import { CHROME_ID, GECKO_ID } from '../../core/extension-ids.ts';

export const CHROME_WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const EDGE_ADDONS_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';
export const FIREFOX_INSTALL_URL = `https://addons.mozilla.org/firefox/downloads/latest/${GECKO_ID}/latest.xpi`;

/** A Chromium extension id: 32 letters a to p. */
export const EXTENSION_ID_PATTERN = /^[a-p]{32}$/;

export interface Targets {
  chromeId: string;
  chromeUpdateUrl: string;
  edgeId: string;
  edgeUpdateUrl: string;
  geckoId: string;
  firefoxInstallUrl: string;
}

export interface TargetOptions {
  /** The id the Chrome Web Store assigned; by default the fixed id of a self-hosted install. */
  chromeId?: string | undefined;
  /** The id Edge Add-ons assigned; by default the Chrome id (PostPause from the Chrome Web Store or a CRX). */
  edgeId?: string | undefined;
  /** A self-hosted update manifest instead of the Chrome Web Store. */
  chromeUpdateUrl?: string | undefined;
}

export function targets({ chromeId = CHROME_ID, edgeId = chromeId, chromeUpdateUrl = CHROME_WEB_STORE_UPDATE_URL }: TargetOptions = {}): Targets {
  return {
    chromeId,
    chromeUpdateUrl,
    edgeId,
    // With the Chrome id, Edge installs the same package as Chrome (store or CRX); any other id is Edge Add-ons'.
    edgeUpdateUrl: edgeId === chromeId ? chromeUpdateUrl : EDGE_ADDONS_UPDATE_URL,
    geckoId: GECKO_ID,
    firefoxInstallUrl: FIREFOX_INSTALL_URL,
  };
}
