/**
 * X / Twitter. Test URLs: https://x.com/home, https://x.com/compose/post, https://x.com/<user>/status/<id>.
 * Facts and sources: docs/evidence/x.md. Tables ordered from the most stable hook to the least (types.ts).
 */
import type { SiteProfile } from './types.ts';

export const x: SiteProfile = {
  id: 'x',
  styles: [
    {
      id: 'x-draft',
      // X serves one markup everywhere; its Draft.js editors mark it.
      detect: '.DraftEditor-root, [data-testid^="tweetTextarea_"]',
      buttons: [
        // Inline composers: home timeline and inline reply under a focused post.
        { id: 'x.button.testid.inline', css: 'button[data-testid="tweetButtonInline"]' },
        // The compose modal: new post, thread ("Post all"), reply modal, quote post.
        { id: 'x.button.testid.modal', css: 'button[data-testid="tweetButton"]' },
        // Both, should X add a suffix to the test id again.
        { id: 'x.button.testid.prefix', css: '[role="button"][data-testid^="tweetButton"]' },
        // Test ids renamed or gone: the label, in the main column or a dialog (never the SideNav "Post" link).
        { id: 'x.button.text', labels: ['Post', 'Post all', 'Reply', 'Plaatsen', 'Alles plaatsen', 'Beantwoorden'], in: 'main, [role="dialog"]' },
      ],
      editors: [
        // Draft.js editor, one per post of a thread (tweetTextarea_0, _1, …).
        { id: 'x.editor.testid', css: '[data-testid^="tweetTextarea_"][contenteditable="true"]' },
        // Mobile web renders a plain textarea inside the same test id.
        { id: 'x.editor.testid.textarea', css: '[data-testid^="tweetTextarea_"] textarea' },
        // Draft's own class, should the test id go.
        { id: 'x.editor.class.draft', css: '.public-DraftEditor-content[contenteditable="true"]' },
        // Any rich text box, should Draft's classes go too (X's own fork of Draft may rename them).
        { id: 'x.editor.aria', css: '[role="textbox"][contenteditable="true"]' },
      ],
      scopes: [
        // The compose modal in #layers: one composer, however many posts its thread has.
        { id: 'x.scope.modal', css: '#layers [role="dialog"]' },
      ],
      // Draft.js recognises Enter by keyCode, which a keystroke made by an extension does not carry.
      replayShortcut: 'click',
      surfaces: [
        // X labels the button "Reply" for replies that are not self-threads (docs/evidence/x.md#publish-buttons).
        { surface: 'reply', labels: ['Reply', 'Beantwoorden'] },
      ],
    },
  ],
  // Draft's hasCommandModifier: ⌘ on macOS, Ctrl elsewhere, never with Alt (Ctrl+Enter on a Mac does not post).
  shortcut: (e, { mac }) => e.key === 'Enter' && !e.altKey && (mac ? e.metaKey : e.ctrlKey),
  // Direct messages: the old DM composer and XChat's form (in an open shadow root).
  notPosts: '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-form"]',
};
