import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { PageLocator } from '../pages/locators.mjs';

export interface PageCounters {
  nodes: number;
  listeners: number;
  documents: number;
  heapBytes: number;
}
export declare function pageCounters(cdp: CDPSession): Promise<PageCounters>;
export declare function runRounds(
  context: BrowserContext,
  page: Page,
  options: { editor: PageLocator; button: PageLocator; rounds?: number; warmUp?: number; pause?: boolean },
): Promise<{ rounds: number; warmUp: number; before: PageCounters; after: PageCounters; growth: PageCounters; msPerRound: number; posts: string[] }>;
