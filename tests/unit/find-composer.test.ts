// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { composerFromEditor, composerFromPress, composersInPage, currentButton, isDisabled } from '../../src/sites/find-composer.ts';
import { linkedin } from '../../src/sites/linkedin.ts';
import { x } from '../../src/sites/x.ts';
import { siteForHost } from '../../src/sites/index.ts';

/** The composed path of an event dispatched at `target`, as the browser computes it. */
function pathOf(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  target.addEventListener('probe', (e) => (path = e.composedPath()), { once: true });
  target.dispatchEvent(new Event('probe', { bubbles: true, composed: true }));
  return path;
}

const $ = <T extends Element = HTMLElement>(root: ParentNode, css: string) => root.querySelector<T>(css)!;

const xEditor = (i: number, text: string) =>
  `<div data-testid="tweetTextarea_${i}RichTextInputContainer"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_${i}"><div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">${text}</span></span></div></div></div></div></div></div>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('X', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <div data-testid="primaryColumn"><div class="inline">${xEditor(0, 'inline draft')}
        <div data-testid="toolBar"><button data-testid="tweetButtonInline" role="button"><span><span>Post</span></span></button></div></div></div>
      <div id="layers"><div role="dialog"><div class="thread">${xEditor(0, 'first')}${xEditor(1, 'second')}</div>
        <div><button data-testid="tweetButton" role="button"><span><span>Post all</span></span></button></div></div></div>`;
  });

  it('finds the composer owning the pressed button, not the first one on the page', () => {
    const modal = composerFromPress(x, pathOf($(document, '[data-testid="tweetButton"] span span')))!;
    expect(modal.editors.map((e) => e.textContent)).toEqual(['first', 'second']);
    expect(modal.rules).toEqual({ button: 'x.button.testid.modal', editor: 'x.editor.testid' });
    const inline = composerFromPress(x, pathOf($(document, '[data-testid="tweetButtonInline"]')))!;
    expect(inline.editors.map((e) => e.textContent)).toEqual(['inline draft']);
    expect(inline.surface).toBe('post');
  });

  it('finds the composer of the editor a shortcut was typed in', () => {
    const composer = composerFromEditor(x, pathOf($(document, '#layers [data-testid="tweetTextarea_1"] [data-text]')))!;
    expect(composer.button.dataset.testid).toBe('tweetButton');
    expect(composer.editors).toHaveLength(2);
  });

  it('calls a "Reply" composer a reply, in English and Dutch', () => {
    for (const label of ['Reply', 'Beantwoorden']) {
      $(document, '[data-testid="tweetButtonInline"] span span').textContent = label;
      expect(composerFromPress(x, pathOf($(document, '[data-testid="tweetButtonInline"]')))!.surface).toBe('reply');
    }
  });

  it('ignores buttons that are not publish buttons, and the side navigation link', () => {
    document.body.insertAdjacentHTML('beforeend', '<a data-testid="SideNav_NewTweet_Button" href="/compose/post">Post</a><button data-testid="addButton">+</button>');
    expect(composerFromPress(x, pathOf($(document, '[data-testid="SideNav_NewTweet_Button"]')))).toBeNull();
    expect(composerFromPress(x, pathOf($(document, '[data-testid="addButton"]')))).toBeNull();
  });

  it('knows a disabled button publishes nothing', () => {
    const button = $(document, '[data-testid="tweetButtonInline"]');
    expect(isDisabled(button)).toBe(false);
    button.setAttribute('aria-disabled', 'true');
    expect(isDisabled(button)).toBe(true);
  });

  it('finds the button again after the site re-rendered it', () => {
    const composer = composerFromPress(x, pathOf($(document, '[data-testid="tweetButton"]')))!;
    const fresh = composer.button.cloneNode(true) as HTMLElement;
    composer.button.replaceWith(fresh);
    expect(currentButton(x, composer)).toBe(fresh);
  });

  it('mirrors Draft.js: Cmd+Enter on macOS, Ctrl+Enter elsewhere, never with Alt', () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', ...init });
    expect(x.shortcut(key({ ctrlKey: true }), { mac: false })).toBe(true);
    expect(x.shortcut(key({ metaKey: true }), { mac: false })).toBe(false);
    expect(x.shortcut(key({ metaKey: true }), { mac: true })).toBe(true);
    expect(x.shortcut(key({ ctrlKey: true }), { mac: true })).toBe(false);
    expect(x.shortcut(key({ ctrlKey: true, altKey: true }), { mac: false })).toBe(false);
    expect(x.shortcut(key({}), { mac: false })).toBe(false);
  });
});

describe('LinkedIn classic', () => {
  const share = `<div class="share-box-v2__modal" role="dialog"><div class="share-creation-state__text-editor"><div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox"><p>share text</p></div></div></div>
    <button class="share-actions__primary-action artdeco-button--primary"><span class="artdeco-button__text">Post</span></button></div>`;
  const commentForm = (text: string, label: string) => `<form class="comments-comment-box__form"><div class="comments-comment-texteditor"><div class="ql-container"><div class="ql-editor" contenteditable="true"><p>${text}</p></div></div></div>
    <button class="comments-comment-box__submit-button--cr artdeco-button--primary" type="submit">${label}</button></form>`;

  it('finds the share box inside the #interop-outlet shadow root', () => {
    document.body.innerHTML = '<div id="interop-outlet" data-testid="interop-shadowdom"></div>';
    const shadow = $(document, '#interop-outlet').attachShadow({ mode: 'open' });
    shadow.innerHTML = share;
    const composer = composerFromPress(linkedin, pathOf($(shadow, '.artdeco-button__text')))!;
    expect(composer.style).toBe('linkedin-classic');
    expect(composer.inShadowRoot).toBe(true);
    expect(composer.surface).toBe('post');
    expect(composer.editors[0]!.textContent).toBe('share text');
  });

  it('tells comments from replies, and a reply box from the comment box around it', () => {
    document.body.innerHTML = `<div class="feed-shared-update-v2">${commentForm('a comment', 'Comment')}
      <article class="comments-comment-entity"><div class="comments-reply-box">${commentForm('a reply', 'Reply')}</div></article></div>`;
    const [comment, reply] = [...document.querySelectorAll('button')].map((b) => composerFromPress(linkedin, pathOf(b))!);
    expect(comment!.surface).toBe('comment');
    expect(comment!.editors.map((e) => e.textContent)).toEqual(['a comment']);
    expect(reply!.surface).toBe('reply');
    expect(reply!.editors.map((e) => e.textContent)).toEqual(['a reply']);
  });
});

describe('LinkedIn SDUI', () => {
  const dialog = (extra = '') => `<dialog data-testid="dialog" open><div data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose">
      <div class="_a1"><div class="tiptap ProseMirror" contenteditable="true" role="textbox" componentkey="ShareBox_textEditor"><p>sdui text</p></div></div>
      <button class="_b2" aria-label="Add media"><svg id="image-medium"></svg></button>
      <button class="_b3" aria-label="Schedule post"><svg id="clock-medium"></svg></button>${extra}
      <button class="_c4">Post</button></div></dialog>`;

  it('finds the Post button that has no stable attribute: the only text-only button in the dialog', () => {
    document.body.innerHTML = dialog();
    const composer = composerFromPress(linkedin, pathOf($(document, 'button._c4')))!;
    expect(composer.style).toBe('linkedin-sdui');
    expect(composer.rules).toEqual({ button: 'li.button.structure.share', editor: 'li.editor.key.sharebox' });
    expect(composerFromPress(linkedin, pathOf($(document, 'button._b2')))).toBeNull();
  });

  it('falls back to the label when a second text-only button appears', () => {
    document.body.innerHTML = dialog('<button class="_d5">Cancel</button>');
    expect(composerFromPress(linkedin, pathOf($(document, 'button._d5')))).toBeNull();
    expect(composerFromPress(linkedin, pathOf($(document, 'button._c4')))!.rules.button).toBe('li.button.text');
  });

  it('finds comment and reply boxes by their component keys', () => {
    document.body.innerHTML = `<div data-testid="mainFeed"><div role="listitem">
      <div componentkey="commentBox-urn:li:activity:1"><div data-testid="ui-core-tiptap-text-editor-wrapper"><div class="tiptap ProseMirror" contenteditable="true"><p>c</p></div></div>
        <div componentkey="commentButtonSection-urn:li:activity:1"><button type="submit">Comment</button></div></div>
      <div componentkey="commentBox-urn:li:comment:9"><div data-testid="ui-core-tiptap-text-editor-wrapper"><div class="tiptap ProseMirror" contenteditable="true"><p>r</p></div></div>
        <div componentkey="commentButtonSection-urn:li:comment:9"><button type="submit">Reply</button></div></div></div></div>`;
    const [comment, reply] = [...document.querySelectorAll('button')].map((b) => composerFromPress(linkedin, pathOf(b))!);
    expect([comment!.surface, reply!.surface]).toEqual(['comment', 'reply']);
    expect(reply!.editors.map((e) => e.textContent)).toEqual(['r']);
    const fromEditor = composerFromEditor(linkedin, pathOf($(document, '[componentkey="commentBox-urn:li:comment:9"] p')))!;
    expect(fromEditor.button.textContent).toBe('Reply');
  });
});

describe('site registry', () => {
  it.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['www.linkedin.com', 'linkedin'],
  ])('serves %s with the %s adapter', (host, id) => {
    expect(siteForHost(host)?.id).toBe(id);
  });

  it('has no adapter for other hosts', () => {
    expect(siteForHost('example.com')).toBeUndefined();
    expect(siteForHost('linkedin.com.evil.example')).toBeUndefined();
  });
});

describe('X thread with the button inside the last post', () => {
  it('reads every post of the modal, not only the one beside the button', () => {
    document.body.innerHTML = `<div id="layers"><div role="dialog">
      <div class="item">${xEditor(0, 'one')}</div>
      <div class="item">${xEditor(1, 'two')}<div><button data-testid="tweetButton" role="button">Post all</button></div></div></div></div>`;
    const composer = composerFromPress(x, pathOf($(document, '[data-testid="tweetButton"]')))!;
    expect(composer.editors.map((e) => e.textContent)).toEqual(['one', 'two']);
    const fromFirst = composerFromEditor(x, pathOf($(document, '[data-testid="tweetTextarea_0"]')))!;
    expect(fromFirst.editors).toHaveLength(2);
  });
});

describe('selector tables', () => {
  const HOOKS = ['testid', 'key', 'view', 'class', 'aria', 'structure', 'text'];
  /** testid, key and view are equally stable: names the site gives for its own tests, components and analytics. */
  const rank = (id: string) => Math.max(0, HOOKS.indexOf(id.split('.')[2]!) - 2);

  it.each(x.styles.concat(linkedin.styles).map((style) => [style.id, style] as const))('%s: every rule names its hook, most stable first', (_, style) => {
    for (const rules of [style.buttons, style.editors]) {
      const ranks = rules.map((rule) => rank(rule.id));
      for (const rule of rules) expect(HOOKS, rule.id).toContain(rule.id.split('.')[2]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe('fallbacks when the markup drifts', () => {
  it('X without test ids: the Draft class finds the editor, the label (Dutch too) finds the button', () => {
    document.body.innerHTML = `<main><div class="inline">${xEditor(0, 'hallo').replaceAll(/ data-testid="[^"]*"/g, '')}
      <div><button role="button"><span>Plaatsen</span></button></div></div></main>`;
    const composer = composerFromPress(x, pathOf($(document, 'button span')))!;
    expect(composer.rules).toEqual({ button: 'x.button.text', editor: 'x.editor.class.draft' });
  });

  it('X without Draft classes: any textbox, by its role', () => {
    document.body.innerHTML = `<main><div><div role="textbox" contenteditable="true">hi</div><button>Post</button></div></main>`;
    expect(composerFromPress(x, pathOf($(document, 'button')))!.rules.editor).toBe('x.editor.aria');
  });

  it('finds an editor inside an extra shadow root, from the button and from the editor', () => {
    document.body.innerHTML = `<div role="dialog" class="share"><pp-frame></pp-frame><button class="share-actions__primary-action">Post</button></div>`;
    const shadow = $(document, 'pp-frame').attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div class="ql-editor" contenteditable="true" role="textbox"><p>hello</p></div>`;
    const fromButton = composerFromPress(linkedin, pathOf($(document, 'button')))!;
    expect(fromButton.editors).toEqual([$(shadow, '.ql-editor')]);
    expect(composerFromEditor(linkedin, pathOf($(shadow, 'p')))!.button).toBe($(document, 'button'));
  });

  it('SDUI without component keys: the submit button beside a ProseMirror editor is a comment, by its label', () => {
    document.body.innerHTML = `<div class="ProseMirror" contenteditable="true" role="textbox"><p>x</p></div>
      <div class="_a"><div class="_b"><div class="ProseMirror" contenteditable="true" role="textbox"><p>nice</p></div></div>
      <div><button type="submit" class="_c">Comment</button></div></div>`;
    const composer = composerFromPress(linkedin, pathOf($(document, 'button')))!;
    expect(composer).toMatchObject({ style: 'linkedin-sdui', surface: 'comment', rules: { button: 'li.button.structure.submit', editor: 'li.editor.class.prosemirror' } });
  });

  it('every hook gone (no Quill, no ProseMirror, no keys): a style whose rules fit is tried after the first, for the shortcut and the popup too', () => {
    document.body.innerHTML = `<main><div class="_a"><div role="textbox" contenteditable="true"><p>nice</p></div>
      <div><button class="_c">Comment</button></div></div></main>`;
    const fromEditor = composerFromEditor(linkedin, pathOf($(document, 'p')))!;
    expect(fromEditor).toMatchObject({ style: 'linkedin-sdui', surface: 'comment', rules: { button: 'li.button.text', editor: 'li.editor.aria' } });
    expect(composerFromPress(linkedin, pathOf($(document, 'button')))!.root).toBe(fromEditor.root);
    expect(composersInPage(linkedin, document).map((c) => c.rules)).toEqual([{ button: 'li.button.text', editor: 'li.editor.aria' }]);
  });

  it('reads the page in the style it shows: a classic form button is classic, whatever SDUI would allow', () => {
    document.body.innerHTML = `<form><div class="ql-editor" contenteditable="true" role="textbox"><p>hi</p></div><button type="submit">Comment</button></form>`;
    expect(composerFromPress(linkedin, pathOf($(document, 'button')))).toMatchObject({ style: 'linkedin-classic', rules: { button: 'li.button.text' } });
  });

  it('never takes a direct message for a post', () => {
    document.body.innerHTML = `<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p>hi</p></div>
      <button type="submit" class="msg-form__send-button">Send</button></form>`;
    expect(composerFromPress(linkedin, pathOf($(document, 'button')))).toBeNull();
    expect(composerFromEditor(linkedin, pathOf($(document, 'p')))).toBeNull();
  });
});
