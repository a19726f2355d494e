/**
 * LinkedIn, in the markup styles it serves at once: classic (Ember, BEM classes, Quill 1), the same inside
 * the open shadow root of #interop-outlet, and SDUI (React, hashed classes, TipTap in a native <dialog>).
 * Test URLs: https://www.linkedin.com/feed/, https://www.linkedin.com/feed/update/<urn>/,
 * https://www.linkedin.com/company/<id>/admin/page-posts/published/, https://www.linkedin.com/article/new/.
 * Facts and sources: docs/evidence/linkedin.md. Tables ordered from the most stable hook to the least (types.ts).
 */
import type { SiteProfile } from './types.ts';

/** Publish labels, English and Dutch (Dutch unverified on LinkedIn, docs/evidence/linkedin.md#labels), for the last-resort rules. */
const LABELS = ['Post', 'Plaatsen', 'Posten', 'Comment', 'Reageren', 'Reply', 'Beantwoorden', 'Schedule', 'Inplannen', 'Publish', 'Publiceren'];

/**
 * Any editable box: `contenteditable="true"` and `"plaintext-only"` alike (some 2026 permalink comment editors
 * are the latter, docs/evidence/linkedin.md#editors).
 */
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

/** The instant "Repost" entry of a post's repost menu (not "Repost with your thoughts", which opens the share box). */
const REPOST_LABELS = ['Repost', 'Reposten', 'Opnieuw plaatsen'];

/** An edited comment's save (docs/evidence/linkedin.md#edits; Dutch unverified). */
const EDIT_LABELS = ['Save changes', 'Wijzigingen opslaan'];
/** An edited post's save, in its share dialog only: elsewhere "Save" keeps a post for later. */
const SAVE_LABELS = ['Save', 'Opslaan'];

/**
 * Where an SDUI label rule holds: the button itself (`closest` starts at it) when it carries no aria-label, inside
 * a dialog or the page's main column. Buttons with the same text and an aria-label are toggles and links, not submits.
 */
const SUBMIT_IN_PAGE = ':is(dialog, [role="dialog"], main) button:not([aria-label])';
const SUBMIT_IN_DIALOG = ':is(dialog, [role="dialog"]) button:not([aria-label])';

export const linkedin: SiteProfile = {
  id: 'linkedin',
  styles: [
    {
      id: 'linkedin-classic',
      // Quill 1 editors, and the outlet whose shadow root holds the classic share box.
      detect: '.ql-editor, #interop-outlet',
      buttons: [
        // Share box "Post" (and "Schedule" in schedule mode, "Save" on an edited post), also for "repost with your thoughts".
        { id: 'li.button.class.share', css: 'button.share-actions__primary-action' },
        // Comment and reply submit (absent until there is text); class-contains covers the older and the `--cr` names.
        { id: 'li.button.class.comment', css: 'button[class*="comments-comment-box__submit-button"]' },
        // LinkedIn's classes renamed or gone: the label, in the share dialog or a comment form.
        { id: 'li.button.text', labels: LABELS, in: '[role="dialog"], form' },
        // The same for an edited comment's "Save changes", in its form (LIM 2026-10).
        { id: 'li.button.text.edit', labels: EDIT_LABELS, in: '[role="dialog"], form' },
        // The same for an edited post's "Save", in the share dialog only (LIM 2026-10).
        { id: 'li.button.text.save', labels: SAVE_LABELS, in: '[role="dialog"]' },
      ],
      editors: [
        // Quill 1 editor in the share box and in comment boxes (Quill's own class).
        { id: 'li.editor.class.quill', css: `.ql-editor${EDITABLE}` },
        // Any rich text box, should Quill's class go (LinkedIn sets role="textbox" on it).
        { id: 'li.editor.aria', css: `[role="textbox"]${EDITABLE}` },
      ],
      // A comment's form holds one editor; nested reply boxes have their own form.
      oneEditor: true,
      fields: [
        // An image's description ("Alternative text"), public with the post.
        { id: 'li.field.alt', css: '.share-creation-state img[alt]:not([alt=""]), [class*="share-images"] img[alt]:not([alt=""])', kind: 'alt' },
        // An article's title, published with its "Publish" dialog: the editor page's "Title" box (/article/new/, /pulse/…/edit; LIA 2026-01).
        { id: 'li.field.aria.title', css: 'textarea[placeholder="Title"], textarea[placeholder="Titel"], [role="textbox"][aria-label="Title"], [role="textbox"][aria-label="Titel"]', kind: 'title', where: 'page' },
        // The article's body, published with it: the editor page's Quill box named "Article editor content" (LIA 2026-01).
        { id: 'li.field.aria.article', css: '.ql-editor[aria-label="Article editor content"], .ql-editor[aria-label="Inhoud van de artikeleditor"]', kind: 'article', where: 'page' },
      ],
      addressees: [
        // The author of the post commented on or reposted: the actor line of the feed post around the composer.
        { id: 'li.to.class', css: '.update-components-actor__title, .update-components-actor__name', within: '[data-urn], [data-id^="urn:li:activity"], .feed-shared-update-v2' },
      ],
      reposts: [
        // A post's Repost button opens a menu; its instant "Repost" entry publishes the post at once. The text is
        // `.update-components-text`, not the description around it, which also holds the "…more" toggle.
        { id: 'li.repost.classic', opener: 'button[aria-label^="Repost"], button.social-reshare-button', post: '[data-urn], [data-id^="urn:li:activity"], .feed-shared-update-v2', confirm: { labels: REPOST_LABELS, in: '[role="menu"], .artdeco-dropdown__content' }, text: '.update-components-text, .feed-shared-update-v2__description:not(:has(.update-components-text)), .feed-shared-text' },
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
      // Component keys, view names and screens of the server-driven UI, and its TipTap editors.
      detect: '[componentkey], [data-sdui-screen], [data-view-name], .ProseMirror',
      buttons: [
        // Feed comment and comment reply submit, in the button row beside the comment box (absent until text).
        { id: 'li.button.view.comment', css: 'button[data-view-name="comment-post"], button[data-view-name="comment-reply-post"]' },
        // Post-detail comments and older builds: the key of the button section, on the button or around it, by contains.
        { id: 'li.button.key.comment', css: '[id*="commentButtonSection"] button, [componentkey*="commentButtonSection"] button, button[componentkey*="commentButtonSection"]' },
        // The share dialog's Post (or Schedule) has no stable attribute: the only text-only button of the compose screen.
        { id: 'li.button.structure.share', textOnlyIn: '[data-sdui-screen*="ShareCompose"]' },
        // The same, in a dialog whose screen marker is gone (never the schedule view's Back and Confirm: two buttons).
        { id: 'li.button.structure.dialog', textOnlyIn: 'dialog' },
        // Keys gone: a submit button beside an editor (messaging is excluded by notPosts before this is asked).
        { id: 'li.button.structure.submit', css: 'button[type="submit"]' },
        // Last resort: the label, in a dialog, a comment box's surroundings or the company page's admin composer; on
        // a button with no aria-label, as the submits are (TH; RSEL), so never the action bar's Comment toggle
        // (aria-label "Comment", TH) nor a comment's Reply (aria-label "Reply to …", LIREPLY).
        { id: 'li.button.text', labels: LABELS, in: SUBMIT_IN_PAGE },
        // "Edit comment" saves with "Save changes", a text-only button with no hook of its own (LIM 2026-10).
        { id: 'li.button.text.edit', labels: EDIT_LABELS, in: SUBMIT_IN_PAGE },
        // "Edit post" saves with "Save", in the share dialog only (LIM 2026-10); the structure rules find it while it is text-only.
        { id: 'li.button.text.save', labels: SAVE_LABELS, in: SUBMIT_IN_DIALOG },
      ],
      editors: [
        // The share box editor (TipTap), keyed since Oct 2026.
        { id: 'li.editor.key.sharebox', css: `[componentkey="ShareBox_textEditor"]${EDITABLE}` },
        // TipTap inside LinkedIn's wrapper: comments and replies.
        { id: 'li.editor.testid.tiptap', css: `[data-testid="ui-core-tiptap-text-editor-wrapper"] ${EDITABLE}` },
        // Any ProseMirror box, should the keys go.
        { id: 'li.editor.class.prosemirror', css: `.ProseMirror${EDITABLE}` },
        // Any text box: rich (contenteditable, plaintext-only) or only a role (permalink comments, the admin composer).
        { id: 'li.editor.aria', css: '[role="textbox"]' },
      ],
      // A comment box and its button row are siblings: the composer is the box nearest before the button.
      oneEditor: true,
      fields: [
        // An image's description ("Alternative text"), public with the post.
        { id: 'li.field.alt', css: '[data-sdui-screen*="ShareCompose"] img[alt]:not([alt=""])', kind: 'alt' },
      ],
      addressees: [
        // The author of the post commented on or reposted (hashed classes: the actor's view name, else its profile link's label).
        { id: 'li.to.view', css: '[data-view-name="feed-actor-name"], [data-view-name="feed-actor"] a[aria-label]', within: '[role="listitem"], [data-view-name="feed-full-update"]' },
        // The same: the name in the first paragraph of the link beside the actor's image (public 2026 scripts; not in the evidence yet).
        { id: 'li.to.view.image', css: '[data-view-name="feed-actor-image"] + a p:first-child', within: '[role="listitem"], [data-view-name="feed-full-update"]' },
      ],
      reposts: [
        // The post's Repost button opens a menu of div[role=button] entries; "Repost" publishes at once. The entry is
        // the div[role=button] itself (LIM 2026-10), never the opener, whose own label reads "Repost" beside its icon.
        // Its opener by label, view name, or (labels gone or localised) its language-neutral icon svg#repost-small (CROSS).
        { id: 'li.repost.sdui', opener: 'button[aria-label^="Repost"], [data-view-name="feed-repost-button"], [data-view-name*="repost"] button, button:has(svg#repost-small)', post: '[role="listitem"], [data-view-name="feed-full-update"]', confirm: { labels: REPOST_LABELS, in: 'div[role="button"], [role="menu"], [role="dialog"], [popover], [data-testid*="menu"]' }, text: '[data-view-name="feed-commentary"], [data-testid="expandable-text-box"]' },
      ],
      // ProseMirror reads `event.key`, so a replayed keystroke works (no LinkedIn shortcut is proven, though).
      replayShortcut: 'keydown',
      surfaces: [
        // A reply box is keyed by the comment's urn, or its button says so.
        { surface: 'reply', closest: '[componentkey^="commentBox-urn:li:comment"]' },
        { surface: 'reply', labels: ['Reply', 'Beantwoorden'] },
        { surface: 'comment', closest: '[componentkey^="commentBox"]' },
        { surface: 'comment', labels: ['Comment', 'Reageren'] },
        // An edited comment (or reply): its box has no key, its button says "Save changes".
        { surface: 'comment', labels: EDIT_LABELS },
      ],
    },
  ],
  // No keyboard shortcut publishes on LinkedIn (docs/evidence/linkedin.md#keyboard): Enter is a line break.
  shortcut: () => false,
  // Messaging: the classic form and bubbles, and the new messaging (hashed classes, in #interop-outlet's shadow
  // root) by its box's label; never by a submit-beside-an-editor rule.
  notPosts: [
    '.msg-form', '.msg-form__contenteditable', '[class*="msg-overlay"]',
    '[aria-label^="Write a message"]', '[aria-label^="Schrijf een bericht"]', '[aria-label^="Typ een bericht"]',
    '[data-view-name*="messaging"]', '[data-testid*="messaging"]',
  ].join(', '),
};
