/**
 * LinkedIn, in the markup styles it serves at once: classic (Ember, BEM classes, Quill 1), the same inside
 * the open shadow root of #interop-outlet, and SDUI (React, hashed classes, TipTap in a native <dialog>).
 * Test URLs: https://www.linkedin.com/feed/, https://www.linkedin.com/feed/update/<urn>/.
 * Facts and sources: docs/evidence/linkedin.md. Tables ordered from the most stable hook to the least (types.ts).
 */
import type { SiteProfile } from './types.ts';

/** Publish labels, English and Dutch (Dutch unverified on LinkedIn, docs/evidence/linkedin.md#labels), for the last-resort rules. */
const LABELS = ['Post', 'Plaatsen', 'Posten', 'Comment', 'Reageren', 'Reply', 'Beantwoorden'];

export const linkedin: SiteProfile = {
  id: 'linkedin',
  styles: [
    {
      id: 'linkedin-classic',
      // Quill 1 editors, and the outlet whose shadow root holds the classic share box.
      detect: '.ql-editor, #interop-outlet',
      buttons: [
        // Share box "Post" (and "Schedule" in schedule mode), also for "repost with your thoughts".
        { id: 'li.button.class.share', css: 'button.share-actions__primary-action' },
        // Comment and reply submit; class-contains covers both the older and the `--cr` names.
        { id: 'li.button.class.comment', css: 'button[class*="comments-comment-box__submit-button"]' },
        // LinkedIn's classes renamed or gone: the label, in the share dialog or a comment form.
        { id: 'li.button.text', labels: LABELS, in: '[role="dialog"], form' },
      ],
      editors: [
        // Quill 1 editor in the share box and in comment boxes (Quill's own class).
        { id: 'li.editor.class.quill', css: '.ql-editor[contenteditable="true"]' },
        // Any rich text box, should Quill's class go (LinkedIn sets role="textbox" on it).
        { id: 'li.editor.aria', css: '[role="textbox"][contenteditable="true"]' },
      ],
      // Quill 1 recognises keys by `which`, which a keystroke made by an extension does not carry.
      replayShortcut: 'click',
      surfaces: [
        // A nested reply box under a comment.
        { surface: 'reply', closest: '[class*="comments-reply-box"]' },
        { surface: 'comment', closest: 'form[class*="comments-comment-box"], .comments-comment-box' },
        // Classes gone: the button's label.
        { surface: 'reply', labels: ['Reply', 'Beantwoorden'] },
        { surface: 'comment', labels: ['Comment', 'Reageren'] },
      ],
    },
    {
      id: 'linkedin-sdui',
      // Component keys and screens of the server-driven UI, and its TipTap editors.
      detect: '[componentkey], [data-sdui-screen], .ProseMirror',
      buttons: [
        // Comment and reply submit: the only submit button of the comment button section.
        { id: 'li.button.key.comment', css: '[componentkey^="commentButtonSection"] button[type="submit"]' },
        // The share dialog's Post button has no stable attribute: it is the only text-only button in the dialog.
        { id: 'li.button.structure.share', textOnlyIn: '[data-sdui-screen*="ShareCompose"], dialog' },
        // Component keys gone: a comment box's submit button (a composer needs an editor beside it too).
        { id: 'li.button.structure.submit', css: 'button[type="submit"]' },
        // Last resort: the label, in a dialog or a comment box.
        { id: 'li.button.text', labels: LABELS, in: 'dialog, [componentkey^="commentBox"]' },
      ],
      editors: [
        // The share box editor (TipTap), keyed since Oct 2026.
        { id: 'li.editor.key.sharebox', css: '[componentkey="ShareBox_textEditor"][contenteditable="true"]' },
        // TipTap inside LinkedIn's wrapper: comments and replies.
        { id: 'li.editor.testid.tiptap', css: '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]' },
        // Any ProseMirror textbox, should the keys go.
        { id: 'li.editor.class.prosemirror', css: '.ProseMirror[contenteditable="true"]' },
        // Any rich text box.
        { id: 'li.editor.aria', css: '[role="textbox"][contenteditable="true"]' },
      ],
      // The share dialog's Post button ignores untrusted clicks; ProseMirror reads `event.key`, so the keystroke works.
      replayShortcut: 'keydown',
      surfaces: [
        // Replies to a comment get a comment box keyed by the comment's urn.
        { surface: 'reply', closest: '[componentkey^="commentBox-urn:li:comment"]' },
        { surface: 'comment', closest: '[componentkey^="commentBox"]' },
        // Keys gone: the button's label.
        { surface: 'reply', labels: ['Reply', 'Beantwoorden'] },
        { surface: 'comment', labels: ['Comment', 'Reageren'] },
      ],
    },
  ],
  // No documented keyboard submit; the share box and comments are covered defensively (docs/evidence/linkedin.md#keyboard).
  shortcut: (e) => e.key === 'Enter' && !e.altKey && !e.shiftKey && (e.ctrlKey || e.metaKey),
  // Messaging: the conversation form and its editor (also in the overlay bubbles).
  notPosts: '.msg-form, .msg-form__contenteditable, [class*="msg-overlay"]',
};
