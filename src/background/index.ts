/**
 * The service worker. Listeners are registered synchronously at the top level, as MV3 requires, so an
 * event that wakes the worker finds them.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { WELCOME_PAGE } from '../core/extension-ids.ts';
import { isSiteId } from '../core/sites.ts';
import { OPTIONS_KEY, type CStoBG, type UItoBG } from '../core/protocol.ts';
import { refreshConfig } from './settings-service.ts';
import { countPause, countWrongFlag, resetReflection } from './reflection-store.ts';

browser.runtime.onInstalled.addListener(({ reason }) => {
  void refreshConfig();
  // Day one: the welcome page explains what PostPause does and shows the employer's code.
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
});
browser.runtime.onStartup.addListener(() => void refreshConfig());

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && OPTIONS_KEY in changes)) void refreshConfig();
});

const isStringList = (value: unknown, max: number): value is string[] =>
  Array.isArray(value) && value.length <= max && value.every((v) => typeof v === 'string' && v.length <= 200);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own extension's scripts may ask; a page can never reach us, but a compromised renderer might
  // try, so every message is checked before it is used, and none can change the managed settings.
  if (sender.id !== browser.runtime.id || !message || typeof message !== 'object') return undefined;
  const request = message as CStoBG | UItoBG;
  switch (request.type) {
    case 'cs:get-config':
      return refreshConfig();
    case 'cs:paused':
      if (isSiteId(request.site) && (request.choice === 'edit' || request.choice === 'post') && isStringList(request.topics, 100)) {
        return countPause({ site: request.site, topics: request.topics, choice: request.choice });
      }
      return undefined;
    case 'cs:wrong-flag':
      if (typeof request.topic === 'string' && request.topic.length <= 64 && isStringList(request.keywords, 100)) return countWrongFlag(request.topic, request.keywords);
      return undefined;
    case 'ui:reset-reflection':
      // Only our own pages, never a content script (whose sender is the site's page), may reset.
      return sender.url?.startsWith(browser.runtime.getURL('')) ? resetReflection() : undefined;
    default:
      return undefined;
  }
});
