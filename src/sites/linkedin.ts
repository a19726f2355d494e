/**
 * LinkedIn, in the markup styles it serves at once: classic (Ember, BEM classes, Quill 1), the same inside
 * the open shadow root of #interop-outlet, and SDUI (React, hashed classes, TipTap in a native <dialog>).
 * Test URLs: https://www.linkedin.com/feed/, https://www.linkedin.com/feed/update/<urn>/.
 * Facts and sources: shared/docs/sites.md §2.
 */
import type { SiteProfile } from './types.ts';

export const linkedin: SiteProfile = {
  id: 'linkedin',
  hosts: ['www.linkedin.com'],
  styles: [
    {
      id: 'linkedin-classic',
      buttons: [
        // Share box "Post" (and "Schedule" in schedule mode), also for "repost with your thoughts".
        { id: 'li.button.share', css: 'button.share-actions__primary-action' },
        // Comment and reply submit; class-contains covers both the older and the `--cr` names.
        { id: 'li.button.comment', css: 'button[class*="comments-comment-box__submit-button"]' },
      ],
      editors: [
        // Quill 1 editor in the share box and in comment boxes.
        { id: 'li.editor.quill', css: '.ql-editor[contenteditable="true"]' },
      ],
      // Quill 1 recognises keys by `which`, which a keystroke made by an extension does not carry.
      replayShortcut: 'click',
      surfaces: [
        // A nested reply box under a comment.
        { surface: 'reply', closest: '.comments-reply-box' },
        { surface: 'comment', closest: 'form.comments-comment-box__form, .comments-comment-box' },
      ],
    },
    {
      id: 'linkedin-sdui',
      buttons: [
        // Comment and reply submit: the only submit button of the comment button section.
        { id: 'li.button.sdui-comment', css: '[componentkey^="commentButtonSection"] button[type="submit"]' },
        // The share dialog's Post button has no stable attribute: it is the only text-only button in the dialog.
        { id: 'li.button.sdui-share', textOnlyIn: '[data-sdui-screen*="ShareCompose"], dialog' },
        // Last resort: the label, in English and Dutch.
        { id: 'li.button.label', labels: ['Post', 'Plaatsen', 'Comment', 'Reageren', 'Reply', 'Beantwoorden'], in: 'dialog, [componentkey^="commentBox"]' },
      ],
      editors: [
        // The share box editor (TipTap), keyed since Oct 2026.
        { id: 'li.editor.sharebox', css: '[componentkey="ShareBox_textEditor"][contenteditable="true"]' },
        // TipTap inside LinkedIn's wrapper: comments and replies.
        { id: 'li.editor.tiptap-wrapper', css: '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]' },
        // Any ProseMirror textbox, should the keys go.
        { id: 'li.editor.prosemirror', css: '.ProseMirror[contenteditable="true"]' },
      ],
      // The share dialog's Post button ignores untrusted clicks; ProseMirror reads `event.key`, so the keystroke works.
      replayShortcut: 'keydown',
      surfaces: [
        // Replies to a comment get a comment box keyed by the comment's urn.
        { surface: 'reply', closest: '[componentkey^="commentBox-urn:li:comment"]' },
        { surface: 'comment', closest: '[componentkey^="commentBox"]' },
      ],
    },
  ],
  // No documented keyboard submit; the share box and comments are covered defensively (sites.md §2.3).
  shortcut: (e) => e.key === 'Enter' && !e.altKey && !e.shiftKey && (e.ctrlKey || e.metaKey),
};
