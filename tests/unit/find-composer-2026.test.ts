// @vitest-environment jsdom
// The markup as the 2026 evidence shows it (docs/evidence/linkedin.md, docs/evidence/x.md): the adapters find
// each publish, read all that goes out with it, and leave messages and a site's own sheets alone.
import { beforeEach, describe, expect, it } from 'vitest';
import { composerFromPress, composerFromRepost, repostOpenedBy } from '../../src/sites/find-composer.ts';
import { readDraft } from '../../src/sites/read-text.ts';
import { linkedin } from '../../src/sites/linkedin.ts';
import { x } from '../../src/sites/x.ts';
import type { SiteProfile } from '../../src/sites/types.ts';

function pathOf(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  target.addEventListener('probe', (e) => (path = e.composedPath()), { once: true });
  target.dispatchEvent(new Event('probe', { bubbles: true, composed: true }));
  return path;
}
const $ = (root: ParentNode, css: string) => root.querySelector<HTMLElement>(css)!;
const press = (site: SiteProfile, css: string, root: ParentNode = document) => composerFromPress(site, pathOf($(root, css)));
const texts = (site: SiteProfile, css: string) => readDraft(press(site, css)!).map((p) => `${p.kind}:${p.text}`);

const tiptap = (text: string, editable = 'true') =>
  `<div data-testid="ui-core-tiptap-text-editor-wrapper"><div class="tiptap ProseMirror" contenteditable="${editable}" role="textbox" aria-label="Text editor for creating comment">${text ? `<p>${text}</p>` : '<p><br></p>'}</div></div>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('LinkedIn SDUI, 2026', () => {
  it('finds a feed comment whose button row sits beside the comment box, and no other box', () => {
    document.body.innerHTML = `<div data-testid="mainFeed"><div role="listitem"><div class="_a1">
      <div componentkey="commentBox-urn:li:activity:1-4f1c"><div data-view-name="comment-box">${tiptap('Mooi project!')}</div></div>
      <div class="_b2"><button data-view-name="comment-post"><span>Comment</span></button></div>
      <div componentkey="commentBox-urn:li:comment:(urn:li:activity:1,9)-77aa"><div data-view-name="comment-box">${tiptap('')}</div></div>
    </div></div></div>`;
    const composer = press(linkedin, 'button[data-view-name="comment-post"] span')!;
    expect(composer.rules).toEqual({ button: 'li.button.view.comment', editor: 'li.editor.testid.tiptap' });
    expect(composer.surface).toBe('comment');
    expect(readDraft(composer)).toEqual([{ kind: 'post', text: 'Mooi project!' }]);
  });

  it('calls the box beside a comment row with a mention chip a reply', () => {
    document.body.innerHTML = `<div class="_list">
      <div id="replaceableComment_urn:li:comment:(urn:li:activity:1,9)"><p>Great work</p><button aria-label="Reply to Anna">Reply</button></div>
      <div componentkey="commentBox-urn:li:comment:(urn:li:activity:1,9)-1b2c"><div data-view-name="comment-box">
        <div data-testid="ui-core-tiptap-text-editor-wrapper"><div class="tiptap ProseMirror" contenteditable="true" role="textbox"><p><span class="mention" contenteditable="false">Anna de Vries</span> thanks!</p></div></div></div></div>
      <div class="_row"><button data-view-name="comment-reply-post">Reply</button></div></div>`;
    const composer = press(linkedin, 'button[data-view-name="comment-reply-post"]')!;
    expect(composer.surface).toBe('reply');
    expect(readDraft(composer)[0]!.text).toBe('Anna de Vries thanks!');
  });

  it('finds a post-detail comment by its button section id, in a plaintext-only editor', () => {
    document.body.innerHTML = `<main><div componentkey="commentBox-urn:li:activity:2-aa">${tiptap('Sterk verhaal', 'plaintext-only')}</div>
      <div id="ember12commentButtonSectionurn:li:activity:2FeedType_FEED_DETAIL"><button>Comment</button></div></main>`;
    expect(press(linkedin, 'button')!.rules.button).toBe('li.button.key.comment');
    expect(texts(linkedin, 'button')).toEqual(['post:Sterk verhaal']);
  });

  it('finds the company page admin composer: a box that is only role=textbox, and "Post"', () => {
    document.body.innerHTML = `<main><div class="_c"><div role="textbox" aria-label="Text editor for creating content"><p>Wij zoeken collega's</p></div><button>Post</button></div></main>`;
    const composer = press(linkedin, 'button')!;
    expect(composer.rules).toEqual({ button: 'li.button.text', editor: 'li.editor.aria' });
    expect(readDraft(composer)).toEqual([{ kind: 'post', text: "Wij zoeken collega's" }]);
  });

  it('never takes the new messaging, in the shadow root of #interop-outlet, for a post', () => {
    document.body.innerHTML = '<div id="interop-outlet" data-testid="interop-shadowdom"></div>';
    const root = $(document, '#interop-outlet').attachShadow({ mode: 'open' });
    root.innerHTML = `<div class="_m1"><div class="_m2" role="textbox" contenteditable="true" aria-label="Write a message…"><p>hoi</p></div><button type="submit">Send</button></div>`;
    expect(press(linkedin, 'button', root)).toBeNull();
  });

  it("takes the schedule view's Back and Confirm for no publish, and the compose screen's Schedule for one", () => {
    document.body.innerHTML = `<dialog open data-testid="dialog"><div data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ScheduleView">
      <input data-testid="date-picker-input"><input data-testid="time-picker-input"><button>Back</button><button>Confirm</button></div></dialog>`;
    expect(press(linkedin, 'dialog button:last-of-type')).toBeNull();
    document.body.innerHTML = `<dialog open data-testid="dialog"><div data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose">
      <div componentkey="ShareBox_textEditor" contenteditable="true" role="textbox"><p>Later vandaag</p></div>
      <button aria-label="Add media"><svg></svg></button><button>Schedule</button></div></dialog>`;
    expect(press(linkedin, 'dialog button:last-of-type')!.rules.button).toBe('li.button.structure.share');
  });

  it('reposts a post at once from its menu, showing the post; "Repost with your thoughts" is not that', () => {
    document.body.innerHTML = `<div role="listitem"><div data-view-name="feed-commentary"><span>Our results are in</span></div>
      <button aria-label="Repost"><svg></svg></button></div>
      <div role="menu"><div role="button"><span>Repost with your thoughts</span><span>Create a new post</span></div>
      <div role="button"><span>Repost</span><span>Instantly bring their post to others' feeds</span></div></div>`;
    const opened = repostOpenedBy(linkedin, pathOf($(document, 'button[aria-label="Repost"] svg')));
    expect(opened?.rule).toBe('li.repost.sdui');
    const entries = document.querySelectorAll('[role="menu"] [role="button"]');
    expect(composerFromRepost(linkedin, pathOf(entries[0]!), opened)).toBeNull();
    const composer = composerFromRepost(linkedin, pathOf(entries[1]!.firstElementChild!), opened)!;
    expect(composer.surface).toBe('repost');
    expect(readDraft(composer)).toEqual([{ kind: 'reposted', text: 'Our results are in' }]);
  });

  it('has no keyboard shortcut (Enter breaks the line; nothing proves Ctrl+Enter posts)', () => {
    for (const init of [{ ctrlKey: true }, { metaKey: true }, {}]) expect(linkedin.shortcut(new KeyboardEvent('keydown', { key: 'Enter', ...init }), { mac: false })).toBe(false);
  });
});

const xEditor = (i: number, text: string) =>
  `<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_${i}"><div data-contents="true"><div data-block="true"><div><span><span data-text="true">${text}</span></span></div></div></div></div></div>`;

describe('X, 2026', () => {
  it("leaves a second-stage sheet's confirm to the site: it publishes what was already paused", () => {
    document.body.innerHTML = `<div id="layers"><div role="dialog"><div>${xEditor(0, 'edited')}<button data-testid="tweetButton">Update</button></div></div>
      <div role="dialog" data-testid="confirmationSheetDialog"><p>This is your last edit</p><button data-testid="confirmationSheetConfirm">Update</button><button data-testid="confirmationSheetCancel">Cancel</button></div></div>`;
    expect(press(x, '[data-testid="confirmationSheetConfirm"]')).toBeNull();
    expect(press(x, '[data-testid="tweetButton"]')!.surface).toBe('post');
  });

  it('reads a quote with no text of its own as a repost of the quoted post, and with text as a post', () => {
    const modal = (text: string) => `<div id="layers"><div role="dialog">${xEditor(0, text)}
      <div role="link"><div><b>Grace</b> @grace_ops</div><div data-testid="tweetText">Bridge opens today</div></div>
      <button data-testid="tweetButton">Post</button></div></div>`;
    document.body.innerHTML = modal('');
    const repost = press(x, '[data-testid="tweetButton"]')!;
    expect(repost.surface).toBe('repost');
    expect(readDraft(repost)).toEqual([{ kind: 'reposted', text: 'Bridge opens today' }]);
    document.body.innerHTML = modal('Proud of this');
    expect(texts(x, '[data-testid="tweetButton"]')).toEqual(['post:Proud of this']);
  });

  it('reads poll options and image descriptions with the post', () => {
    document.body.innerHTML = `<main><div>${xEditor(0, 'Which one?')}
      <div><input name="Choice1" value="Vote left"><input name="Choice2" value="Vote right"><input name="Choice3" value=""></div>
      <div data-testid="attachments"><img src="a.png" alt="Our new bridge at dusk"><img src="b.png" alt=""></div>
      <button data-testid="tweetButtonInline">Post</button></div></main>`;
    expect(texts(x, 'button')).toEqual(['post:Which one?', 'poll:Vote left', 'poll:Vote right', 'alt:Our new bridge at dusk']);
  });

  it("reads an Article's title textarea as its title, once, and its body as the post", () => {
    document.body.innerHTML = `<main><div><textarea name="Article Title">Our bridges</textarea>
      <div data-testid="composer" class="public-DraftEditor-content" contenteditable="true" role="textbox"><div data-block="true">Built to last.</div></div>
      <button type="button">Publish</button></div></main>`;
    expect(texts(x, 'button')).toEqual(['title:Our bridges', 'post:Built to last.']);
  });

  it('reposts a post at once from its Repost menu in #layers, showing the post', () => {
    document.body.innerHTML = `<main><article><div data-testid="tweetText">Hot take about elections</div><button data-testid="retweet"><svg></svg></button></article></main>
      <div id="layers"><div role="menu"><div role="menuitem" data-testid="retweetConfirm"><span>Repost</span></div><a role="menuitem" href="/compose/post">Quote</a></div></div>`;
    const opened = repostOpenedBy(x, pathOf($(document, '[data-testid="retweet"] svg')));
    const composer = composerFromRepost(x, pathOf($(document, '[data-testid="retweetConfirm"] span')), opened)!;
    expect([composer.surface, composer.rules.button]).toEqual(['repost', 'x.repost.testid']);
    expect(readDraft(composer)).toEqual([{ kind: 'reposted', text: 'Hot take about elections' }]);
    expect(composerFromRepost(x, pathOf($(document, 'a[role="menuitem"]')), opened)).toBeNull();
  });

  it('never takes XChat, in its shadow root, for a post', () => {
    document.body.innerHTML = '<main><div data-testid="xchatEmbedRoute"></div></main>';
    const root = $(document, '[data-testid="xchatEmbedRoute"]').attachShadow({ mode: 'open' });
    root.innerHTML = `<form data-testid="dm-composer-form"><div data-testid="tweetTextarea_0"><textarea data-testid="dm-composer-textarea">hi</textarea></div><button data-testid="dm-composer-send-button">Post</button></form>`;
    expect(press(x, 'button', root)).toBeNull();
  });
});

describe('the account a publish goes to', () => {
  it('X: the post replied to in the modal, and the focused post above an inline reply', () => {
    document.body.innerHTML = `<div id="layers"><div role="dialog"><article><div data-testid="User-Name">Gemeente Zuid @gemeente_zuid · 2h</div></article>
      <div>${xEditor(0, 'Thanks!')}<button data-testid="tweetButton">Reply</button></div></div></div>`;
    expect(press(x, '[data-testid="tweetButton"]')!.to).toEqual(['Gemeente Zuid @gemeente_zuid · 2h']);
    document.body.innerHTML = `<main><article tabindex="-1"><div data-testid="User-Name">Anna @anna_nos</div></article>
      <div>${xEditor(0, 'Thanks!')}<button data-testid="tweetButtonInline">Reply</button></div></main>`;
    expect(press(x, '[data-testid="tweetButtonInline"]')!.to).toEqual(['Anna @anna_nos']);
  });

  it('LinkedIn: the author of the post commented on', () => {
    document.body.innerHTML = `<div class="feed-shared-update-v2" data-urn="urn:li:activity:1"><span class="update-components-actor__title">Gemeente Zuid</span>
      <form class="comments-comment-box__form"><div class="ql-editor" contenteditable="true"><p>Mooi!</p></div><button class="comments-comment-box__submit-button--cr">Comment</button></form></div>`;
    expect(press(linkedin, 'button')!.to).toEqual(['Gemeente Zuid']);
  });
});
