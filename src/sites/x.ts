/**
 * X / Twitter. Test URLs: https://x.com/home, https://x.com/compose/post, https://x.com/<user>/status/<id>,
 * https://x.com/compose/articles/edit/<id>.
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
        // Test ids renamed or gone: the label, in the main column or a dialog (never the SideNav "Post" link);
        // also X Articles' "Publish", which has no test id (docs/evidence/x.md#articles). A sheet's own confirm
        // ("Update" on the last edit, "Publish" in "Publish Article") sits in a dialog without an editor: not a publish.
        {
          id: 'x.button.text',
          labels: ['Post', 'Post all', 'Reply', 'Schedule', 'Update', 'Publish', 'Plaatsen', 'Alles plaatsen', 'Beantwoorden', 'Plannen', 'Bijwerken', 'Publiceren'],
          in: 'main, [role="dialog"]',
        },
        // A verified account's "Promote" beside Post in the compose modal: no test id; it opens the Promote sheet, whose
        // "Promote post" sends the post (docs/evidence/x.md#second-stage-sheets; XB RichTextCompose-e6266db0.js, 2025-07-01).
        { id: 'x.button.text.promote', labels: ['Promote', 'Uitlichten'], in: '[role="dialog"]' },
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
        // The touch layout's textarea, should its test id go (messages and Grok are notPosts; an Article's title
        // textarea is one of the fields below).
        { id: 'x.editor.structure.textarea', css: 'main textarea' },
      ],
      fields: [
        // Poll options: text inputs Choice1…Choice4, public with the post (docs/evidence/x.md#polls-and-alt-text).
        { id: 'x.field.poll', css: 'input[name^="Choice"]', kind: 'poll' },
        // Image descriptions, as the attachment shows them once saved (the altTextInput sheet is gone by then).
        { id: 'x.field.alt', css: '[data-testid="attachments"] img[alt]:not([alt=""])', kind: 'alt' },
        // An X Article's title, public with its body: React Native for Web's textarea, named by its localised label, no
        // test id (docs/evidence/x.md#articles; XB TwitterArticles-dee3c9bb.js, 2025-07-01).
        { id: 'x.field.text.title', css: 'textarea[name="Article Title"], textarea[name="Titel Artikel"]', kind: 'title' },
      ],
      // The quoted post in a quote composer: with no text of its own, X publishes a plain repost of it.
      quoted: [
        { id: 'x.quoted.testid', css: '[role="link"] [data-testid="tweetText"], [data-testid="quoteTweet"] [data-testid="tweetText"]' },
        // The card without its text's test id: the whole card (author line included).
        { id: 'x.quoted.aria', css: '[role="link"]' },
      ],
      reposts: [
        // The post's Repost button opens a menu whose "Repost" entry publishes at once (docs/evidence/x.md#reposts).
        { id: 'x.repost.testid', opener: '[data-testid="retweet"]', post: 'article', confirm: { css: '[data-testid="retweetConfirm"], [data-testid="repostConfirm"]' }, text: '[data-testid="tweetText"]' },
      ],
      addressees: [
        // The post replied to or quoted (in the modal, or the post reposted), else the focused post above a
        // conversation's reply box: its author line, name and @handle (docs/evidence/x.md#composers).
        { id: 'x.to.testid', css: '[data-testid="User-Name"]', within: '[role="dialog"], article', before: 'article' },
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
  // The touch layout's plain textarea has no such shortcut (docs/evidence/x.md#mobile-layout).
  shortcut: (e, { mac }) => e.key === 'Enter' && !e.altKey && (mac ? e.metaKey : e.ctrlKey) && !(e.composedPath()[0] instanceof HTMLTextAreaElement),
  // Direct messages (the old DM composer, XChat's form in an open shadow root) and Grok: nothing public.
  notPosts: [
    '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-form"], [data-testid="xchatEmbedRoute"]',
    // Inside XChat's open shadow root, whose elements `closest()` cannot follow out to the host: `:host()` matches it
    // from within (docs/evidence/x.md#direct-messages, XCHAT 2026).
    ':host([data-testid="xchatEmbedRoute"]) *',
    // Grok's textarea, English and Dutch (docs/evidence/x.md#grok; Dutch from XB i18n nl.js, key j22655f2, 2025-07-01).
    '[placeholder="Ask anything"], [aria-label="Ask anything"], [placeholder="Vraag wat je maar wil"], [aria-label="Vraag wat je maar wil"]',
  ].join(', '),
};
