/**
 * The service worker. Listeners are registered synchronously at the top level, as MV3 requires, so an
 * event that wakes the worker finds them.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { CStoBG } from '../core/messages.ts';
import { refreshConfig } from './settings-service.ts';
import { OPTIONS_KEY } from '../core/messages.ts';

browser.runtime.onInstalled.addListener(() => void refreshConfig());
browser.runtime.onStartup.addListener(() => void refreshConfig());

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && OPTIONS_KEY in changes)) void refreshConfig();
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own extension's scripts may ask; a page can never reach us, but a compromised renderer might try.
  if (sender.id !== browser.runtime.id) return undefined;
  const request = message as CStoBG;
  if (request?.type === 'cs:get-config') return refreshConfig();
  return undefined;
});
