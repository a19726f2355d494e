/**
 * Our own element in the page: one host with an open shadow root (styles isolated both ways), created on
 * first use and removed on teardown. Nothing of ours goes inside the sites' editors.
 */
import { render, type ComponentChild } from 'preact';
import css from './styles.css?inline';
import { HOST_TAG } from './host-tag.ts';

export interface UiHost {
  /** Shows `ui`, light or dark as given (the site's look), or following the system when undefined. */
  show(ui: ComponentChild, theme?: 'light' | 'dark'): void;
  clear(): void;
  remove(): void;
}

/** Parsed once per page, and kept: a host made again (after a warm-up, or a site that removed it) reuses it. */
let sheet: CSSStyleSheet | undefined;

export function createUiHost(doc: Document = document): UiHost {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;

  const ensure = () => {
    if (host?.isConnected && root) return root;
    host = doc.createElement(HOST_TAG);
    root = host.attachShadow({ mode: 'open' });
    // A constructed sheet, not a <style>: Firefox applies the page's CSP to style elements a content script adds.
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    root.adoptedStyleSheets = [sheet];
    doc.documentElement.append(host);
    return root;
  };

  return {
    show(ui, theme) {
      const root = ensure();
      if (theme) host!.dataset.theme = theme;
      else delete host!.dataset.theme;
      render(ui, root);
    },
    clear() {
      if (root) render(null, root);
    },
    remove() {
      if (root) render(null, root);
      host?.remove();
      host = null;
      root = null;
    },
  };
}
