/** A short, polite status line ("Press Post again to publish"), shown above everything, never modal. */
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  text: string;
  onDone: () => void;
  /** How long the notice stays, in milliseconds. */
  duration?: number;
}

export function Notice({ text, onDone, duration = 8000 }: Props) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // As a popover it joins the top layer, so a site's own modal dialog cannot cover it.
    const node = el.current;
    if (node && typeof node.showPopover === 'function') node.showPopover();
    const timer = setTimeout(onDone, duration);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div ref={el} class="pp-notice" popover="manual" role="status" aria-live="polite" data-testid="pp-notice">
      {text}
    </div>
  );
}
