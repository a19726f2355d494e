// Single-page navigation as the real sites do it: history.pushState, popstate, and same-origin links that
// navigate without a page load. Navigation keeps `lang` and `style`, so a page stays in its language and variant.

const params = new URLSearchParams(location.search);
const kept = new URLSearchParams();
for (const key of ['style', 'lang']) {
  const value = params.get(key);
  if (value !== null) kept.set(key, value);
}
const keptSearch = kept.size ? `?${kept.toString()}` : '';

const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

/** Calls `listener` after every navigation; returns the way to stop. */
export function onRouteChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function navigate(path: string, state: unknown = null): void {
  history.pushState(state, '', path + keptSearch);
  changed();
}

/** The site's root redirects to its start page (`/home`, `/feed/`), keeping the query string. */
export function startAt(path: string): void {
  if (location.pathname === '/') history.replaceState(null, '', path + location.search);
}

window.addEventListener('popstate', changed);

// Unless someone already handled the click.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const url = new URL(link.getAttribute('href') ?? '', location.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  navigate(url.pathname);
});
