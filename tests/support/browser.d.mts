import type { BrowserContext, Request, Worker } from 'playwright-core';

export declare const CHROME_DIST: string;
export declare const CHROMIUM: string;
export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}
export declare function launchWithExtension(options?: {
  headless?: boolean;
  dist?: string;
  onRequest?: (request: Request) => void;
  viewport?: { width: number; height: number };
}): Promise<Launched>;
export declare function launchWithoutExtension(options?: {
  headless?: boolean;
  viewport?: { width: number; height: number };
}): Promise<{ context: BrowserContext; close(): Promise<void> }>;
