/**
 * A short status line ("Press Post again to publish"), shown above everything, never modal. As a popover it
 * joins the top layer, so a site's own modal dialog cannot cover it; the caller hides it again. Screen
 * readers hear it from a live region of its own (live-region.ts), which the site's modal does not hide.
 */
export function Notice({ text, lang }: { text: string; lang: string }) {
  return (
    <div ref={(el) => el?.showPopover?.()} lang={lang} class="pp-notice" popover="manual" aria-hidden="true" data-testid="pp-notice">
      {text}
    </div>
  );
}
