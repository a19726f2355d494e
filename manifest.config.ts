/**
 * The extension's manifest for Chrome and Edge (vite.config.ts derives Firefox's from it). Hosts, ids and the
 * dialog module's file come from src/core, the one place each is named.
 */
import packageJson from './package.json' with { type: 'json' };
import { GECKO_ID, PAUSE_UI_FILE } from './src/core/extension-ids.ts';
import { SITE_MATCHES } from './src/core/sites.ts';

/** The public half of the key that fixes the Chrome id (CHROME_ID); the private half never enters the repository. */
const PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6EeQg5n0z67HUvw9Y4vIFdpYjPxrIWpun3HIKGJwKkKkC084wg6M16ZpgW8ymGJ6OW0kv0LS5XzykumhOwa0N4HjWlRQCr5nd2B7ooBn39Z2ZZm2eDokUXhNR+J4qL16280hugkjdRj8U9V9Oiewn7/M+xPovJjOX4QXSA1fGLmTiRyVpc8kOh7xTajgWIZ/mBiLGTLBMo50BcZ7+VpltvVU4IEZ6YJlKdUauFiLNao4WdjbbpWA1koORFYQkSjk6HAhtbIMTkhPO3nEoCfCEpQtSo9Y/HO+4aQAQMGnQ48WIH1ctfRuLOLLQWrS+3uOykT4sk20ToR83Mpk7k1b6wIDAQAB';

const icons = { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' };

export const chromeManifest = {
  manifest_version: 3,
  name: '__MSG_extName__',
  short_name: 'PostPause',
  description: '__MSG_extDescription__',
  version: packageJson.version,
  default_locale: 'en',
  key: PUBLIC_KEY,
  minimum_chrome_version: '123',
  icons,
  action: { default_popup: 'src/popup/index.html', default_title: 'PostPause', default_icon: { 16: icons[16], 32: icons[32] } },
  permissions: ['storage'],
  storage: { managed_schema: 'managed_schema.json' },
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  content_scripts: [{ matches: SITE_MATCHES, js: ['src/content/index.ts'], run_at: 'document_idle' }],
  // The dialog module only, to the three hosts only, at a per-session URL so that no page can probe for it.
  web_accessible_resources: [{ resources: [PAUSE_UI_FILE], matches: SITE_MATCHES, use_dynamic_url: true }],
};

/**
 * Firefox takes the same manifest with its own differences: background scripts instead of a service worker,
 * a gecko id, the data-collection declaration (nothing is collected), and no Chrome-only keys.
 */
export function firefoxManifest() {
  const { key: _key, minimum_chrome_version: _min, background, web_accessible_resources, ...rest } = chromeManifest;
  return {
    ...rest,
    // Firefox has no per-session URL; its extension origins are random per install already.
    web_accessible_resources: web_accessible_resources.map(({ use_dynamic_url: _dynamic, ...resource }) => resource),
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    },
  };
}
