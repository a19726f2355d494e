/**
 * A short, polite status line ("Press Post again to publish"), shown above everything, never modal. As a
 * popover it joins the top layer, so a site's own modal dialog cannot cover it; the caller hides it again.
 */
export function Notice({ text }: { text: string }) {
  return (
    <div ref={(el) => el?.showPopover?.()} class="pp-notice" popover="manual" role="status" aria-live="polite" data-testid="pp-notice">
      {text}
    </div>
  );
}
