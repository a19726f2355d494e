/**
 * updates.xml: the update manifest a self-hosted extension's update URL serves (Chromium's gupdate
 * format): the extension id, its version and where its CRX is.
 */
import { xmlAttribute } from './encode.ts';

export function updateManifest({ appId, version, codebase }: { appId: string; version: string; codebase: string }): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${xmlAttribute(appId)}'>`,
    `    <updatecheck codebase='${xmlAttribute(codebase)}' version='${xmlAttribute(version)}'/>`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}
