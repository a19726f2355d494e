// The query parameters both LinkedIn pages read once at load (navigation keeps the page, so they hold for its life).
const params = new URLSearchParams(location.search);

/**
 * `?variant=2026-10`: the markup these demo pages had until December 2026, kept as a dated drift variant: comment
 * submits that exist (disabled) while the box is empty, SDUI comment boxes whose `commentBox-<urn>` wraps both
 * editor and `commentButtonSection-<urn>`, and a reply box nested inside the comment.
 */
export const OCT_2026 = params.get('variant') === '2026-10';

/** `?send=enter`: messaging with "Press Enter to Send" on: no Send button, Enter sends, Shift+Enter breaks the line. */
export const ENTER_TO_SEND = params.get('send') === 'enter';

/**
 * `?editor=plaintext-only` on a post page (`/feed/update/<urn>/`): the comment editor is a native
 * `contenteditable="plaintext-only"` box whose only hook is `role="textbox"` (docs/evidence/linkedin.md#editors).
 */
export const PLAINTEXT_EDITOR = params.get('editor') === 'plaintext-only';
