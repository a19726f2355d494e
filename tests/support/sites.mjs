// Serves the local demo pages at the real site URLs through Playwright routing, so the extension's
// content scripts run on "x.com" and "www.linkedin.com" with no network. Everything else is aborted.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'pages');

/** Which demo page answers a URL on one of the three hosts. */
export function pageFor(url) {
  const u = new URL(url);
  if (u.hostname === 'x.com' || u.hostname === 'twitter.com') return 'x';
  if (u.hostname === 'www.linkedin.com') {
    // A company page's admin view is served in the SDUI markup, the article editor in the classic one.
    if (/^\/company\/[^/]+\/admin(\/|$)/.test(u.pathname)) return 'linkedin-sdui';
    if (/^\/(article\/new|pulse\/[^/]+\/edit)\/?$/.test(u.pathname)) return 'linkedin-classic';
    return u.searchParams.get('style') === 'sdui' ? 'linkedin-sdui' : 'linkedin-classic';
  }
  return null;
}

const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

/**
 * Routes every request of a Playwright BrowserContext: extension URLs go through, the three hosts get
 * the demo pages (assets under /__pp/), anything else is aborted. `onRequest` sees every request.
 */
export async function routeSites(context, { onRequest } = {}) {
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    onRequest?.(request);
    if (url.startsWith('chrome-extension://') || url.startsWith('moz-extension://')) return route.continue();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const page = pageFor(url);
    if (!page) return route.abort();
    const { pathname } = new URL(url);
    try {
      if (pathname.startsWith('/__pp/')) {
        const file = join(pagesDir, '.built', pathname.slice('/__pp/'.length));
        const ext = file.slice(file.lastIndexOf('.'));
        return route.fulfill({ status: 200, contentType: types[ext] ?? 'application/octet-stream', body: readFileSync(file) });
      }
      if (request.resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: types['.html'], body: readFileSync(join(pagesDir, page, 'index.html')) });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
}
