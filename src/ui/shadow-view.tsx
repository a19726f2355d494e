/**
 * Shows dialog parts (the draft preview, the findings) in our extension pages exactly as the employee sees
 * them in the pause: in a shadow root with the dialog's own styles.
 */
import { render, type ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import css from './styles.css?inline';

let sheet: CSSStyleSheet | undefined;

export function ShadowView({ children, testId }: { children: ComponentChildren; testId?: string }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    let root = el.shadowRoot;
    if (!root) {
      root = el.attachShadow({ mode: 'open' });
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      }
      root.adoptedStyleSheets = [sheet];
    }
    render(<div class="pp-view">{children}</div>, root);
  });
  useEffect(() => () => {
    if (host.current?.shadowRoot) render(null, host.current.shadowRoot);
  }, []);
  return <div ref={host} data-testid={testId} />;
}
