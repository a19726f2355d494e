import type { BrowserContext, Request } from 'playwright-core';

export declare function pageFor(url: string): string | null;
export declare function routeSites(context: BrowserContext, options?: { onRequest?: (request: Request) => void }): Promise<void>;
