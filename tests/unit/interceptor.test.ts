// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installInterceptor, type InterceptorDeps } from '../../src/content/interceptor.ts';
import { ACCEPT_WINDOW_MS } from '../../src/content/replay.ts';
import { DEFAULTS, pageConfigOf, type PageConfig } from '../../src/core/policy/settings.ts';
import { x } from '../../src/sites/x.ts';
import type { Choice } from '../../src/core/protocol.ts';

const config = (over: Partial<PageConfig> = {}): PageConfig => ({ ...pageConfigOf(DEFAULTS, [], 'en'), ...over });

/** An X-like inline composer whose "site" publishes on click, clearing the editor as X does. */
function mountComposer(text = 'hello', { ignoresUntrusted = false } = {}) {
  document.body.innerHTML = `<div data-testid="primaryColumn"><div class="box">
    <div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0"><div data-contents="true"><div data-block="true"><div><span><span data-text="true">${text}</span></span></div></div></div></div>
    <button data-testid="tweetButtonInline" role="button"><span><span>Post</span></span></button></div></div>`;
  const button = document.querySelector<HTMLButtonElement>('button')!;
  const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
  const posts: string[] = [];
  // The site's own handler, bubbling like React's root listener.
  document.body.addEventListener('click', (event) => {
    if ((event.target as Element).closest('button') !== button) return;
    if (ignoresUntrusted && !event.isTrusted) return;
    posts.push(editor.textContent ?? '');
    editor.querySelector('[data-text]')!.textContent = '';
  });
  return { button, editor, posts };
}

let controller: AbortController;
let decisions: ((d: Choice) => void)[];

function install(over: Partial<InterceptorDeps> = {}) {
  const deps: InterceptorDeps = {
    site: x,
    platform: { mac: false },
    config: () => config(),
    ready: async () => config(),
    alive: () => true,
    analyse: () => ({ findings: [], setAside: [], audience: [], disclosure: null }),
    ask: vi.fn(() => new Promise<Choice>((resolve) => decisions.push(resolve))),
    pressAgain: vi.fn(),
    pressed: vi.fn(),
    isOurs: () => false,
    onStale: vi.fn(),
    ...over,
  };
  installInterceptor(deps, controller.signal);
  return deps;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  controller = new AbortController();
  decisions = [];
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('interceptor', () => {
  it('stops the publish, asks with the draft, and publishes exactly once on "post"', async () => {
    const { button, posts } = mountComposer('hello world');
    const deps = install();
    button.click();
    expect(posts).toEqual([]);
    expect(deps.ask).toHaveBeenCalledTimes(1);
    expect(vi.mocked(deps.ask).mock.calls[0]![0].parts).toEqual([{ kind: 'post', text: 'hello world' }]);
    vi.useFakeTimers();
    decisions[0]!('post');
    await vi.advanceTimersByTimeAsync(0);
    expect(posts).toEqual(['hello world']);
    // Past the window in which PostPause looks whether the site took it: still one post, nothing to press again.
    await vi.advanceTimersByTimeAsync(ACCEPT_WINDOW_MS * 2);
    expect(posts).toHaveLength(1);
    expect(deps.pressAgain).not.toHaveBeenCalled();
  });

  it('publishes nothing on "edit"', async () => {
    const { button, posts } = mountComposer();
    install();
    button.click();
    decisions[0]!('edit');
    await flush();
    expect(posts).toEqual([]);
  });

  it('swallows presses while the pause is open, without asking twice', () => {
    const { button, posts } = mountComposer();
    const deps = install();
    button.click();
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(deps.ask).toHaveBeenCalledTimes(1);
    expect(posts).toEqual([]);
  });

  it('fails open when asking throws: the post goes out', async () => {
    const { button, posts } = mountComposer('still posted');
    install({ ask: () => Promise.reject(new Error('boom')) });
    button.click();
    await vi.waitFor(() => expect(posts).toEqual(['still posted']));
  });

  it('fails open when the adapter throws: the event goes through untouched', () => {
    const { button, posts } = mountComposer('untouched');
    install({ analyse: () => { throw new Error('boom'); } });
    button.click();
    expect(posts).toEqual(['untouched']);
  });

  it('lets the post through untouched when the configuration says not to pause', () => {
    const cases: Partial<PageConfig>[] = [{ enabled: false }, { sites: { x: false, linkedin: true } }, { surfaces: { ...DEFAULTS.surfaces, posts: false } }];
    for (const over of cases) {
      const { button, posts } = mountComposer('through');
      const deps = install({ config: () => config(over) });
      button.click();
      expect(posts).toEqual(['through']);
      expect(deps.ask).not.toHaveBeenCalled();
      controller.abort();
      controller = new AbortController();
    }
  });

  it('in mode "flagged", publishes an unflagged draft untouched and pauses a flagged one', () => {
    const flagged = { topic: 'politics', keyword: 'vote', match: 'vote', start: 0, end: 4, part: 0 };
    const { button, posts } = mountComposer('vote for us');
    const deps = install({ config: () => config({ mode: 'flagged' }), analyse: (_, parts) => ({ findings: parts[0]!.startsWith('vote') ? [flagged] : [], setAside: [], audience: [], disclosure: null }) });
    button.click();
    expect(deps.ask).toHaveBeenCalledTimes(1);
    expect(vi.mocked(deps.ask).mock.calls[0]![0].analysis.findings).toEqual([flagged]);
    controller.abort();
    controller = new AbortController();
    const plain = mountComposer('nice bridge');
    const quiet = install({ config: () => config({ mode: 'flagged' }), analyse: () => ({ findings: [], setAside: [], audience: [], disclosure: null }) });
    plain.button.click();
    expect(plain.posts).toEqual(['nice bridge']);
    expect(quiet.ask).not.toHaveBeenCalled();
    expect(posts).toEqual([]);
  });

  it('does not pause an empty draft', () => {
    const { button } = mountComposer('   ');
    const deps = install();
    button.click();
    expect(deps.ask).not.toHaveBeenCalled();
  });

  it('waits for the configuration when pressed before it loaded, then asks', async () => {
    const { button, posts } = mountComposer('early');
    let load: (c: PageConfig) => void = () => {};
    const deps = install({ config: () => null, ready: () => new Promise((resolve) => (load = resolve)) });
    button.click();
    expect(posts).toEqual([]);
    load(config());
    await vi.waitFor(() => expect(deps.ask).toHaveBeenCalledTimes(1));
  });

  it('asks to press again when the site ignores the replayed click (the real press is a browser test)', async () => {
    const { button, posts } = mountComposer('ignored', { ignoresUntrusted: true });
    const deps = install();
    vi.useFakeTimers();
    button.click();
    decisions[0]!('post');
    await vi.advanceTimersByTimeAsync(ACCEPT_WINDOW_MS - 100);
    expect(deps.pressAgain).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(deps.pressAgain).toHaveBeenCalledTimes(1);
    expect(posts).toEqual([]);
  });

  it("takes a sheet the site opens on the replay for the site's next step: no press-again, and its confirm is ours", async () => {
    const { button, editor, posts } = mountComposer('last edit');
    // The site asks to confirm in a sheet of its own before it publishes (X's last-edit sheet).
    button.addEventListener('click', (event) => {
      event.stopImmediatePropagation();
      document.body.insertAdjacentHTML('beforeend', '<div role="dialog" data-testid="confirmationSheetDialog"><button data-testid="confirmationSheetConfirm">Update</button></div>');
      document.querySelector('[data-testid="confirmationSheetConfirm"]')!.addEventListener('click', () => posts.push(editor.textContent ?? ''));
    });
    const deps = install();
    vi.useFakeTimers();
    button.click();
    decisions[0]!('post');
    await vi.advanceTimersByTimeAsync(ACCEPT_WINDOW_MS * 2);
    expect(deps.pressAgain).not.toHaveBeenCalled();
    document.querySelector<HTMLElement>('[data-testid="confirmationSheetConfirm"]')!.click();
    expect(posts).toEqual(['last edit']);
    expect(deps.ask).toHaveBeenCalledTimes(1);
    expect(vi.mocked(deps.pressed).mock.calls.at(-1)![2]).toBe(true);
  });

  it('knows a sheet the site draws only after another sign of taking the replay: its confirm is ours, not a miss', async () => {
    const { button, editor, posts } = mountComposer('promoted');
    // The button goes busy at once, and the sheet comes a render later (React may draw X's Promote sheet so).
    button.addEventListener('click', (event) => {
      event.stopImmediatePropagation();
      button.setAttribute('aria-disabled', 'true');
      setTimeout(() => {
        document.body.insertAdjacentHTML('beforeend', '<div role="dialog" id="promote"><button type="button">Promote post</button></div>');
        document.querySelector('#promote button')!.addEventListener('click', () => {
          posts.push(editor.textContent ?? '');
          editor.querySelector('[data-text]')!.textContent = '';
        });
      }, 200);
    });
    const deps = install();
    vi.useFakeTimers();
    button.click();
    decisions[0]!('post');
    await vi.advanceTimersByTimeAsync(ACCEPT_WINDOW_MS * 2);
    expect(deps.pressAgain).not.toHaveBeenCalled();
    document.querySelector<HTMLElement>('#promote button')!.click();
    expect(posts).toEqual(['promoted']);
    expect(vi.mocked(deps.pressed).mock.calls.at(-1)![2]).toBe(true);
    // Once the draft went out, a dialog opened later is no longer that replay's sheet.
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog" id="later"><button type="button">Send</button></div>');
    document.querySelector<HTMLElement>('#later button')!.click();
    expect(vi.mocked(deps.pressed).mock.calls.at(-1)![2]).toBe(false);
  });

  it('steps aside on a stale extension context: no pause, listeners gone', () => {
    const { button, posts } = mountComposer('stale');
    const onStale = vi.fn(() => controller.abort());
    const deps = install({ alive: () => false, onStale });
    button.click();
    expect(onStale).toHaveBeenCalledTimes(1);
    expect(deps.ask).not.toHaveBeenCalled();
    expect(posts).toEqual(['stale']);
  });

  it('does no work per keystroke: letters never reach the composer lookup', () => {
    const { editor } = mountComposer();
    install();
    const spy = vi.spyOn(Event.prototype, 'composedPath');
    for (const key of 'typing a long post, letter by letter') {
      if (key !== ' ') editor.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    }
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('removes every listener when the page life ends', () => {
    const { button, posts } = mountComposer('after abort');
    const deps = install();
    controller.abort();
    button.click();
    expect(deps.ask).not.toHaveBeenCalled();
    expect(posts).toEqual(['after abort']);
  });
});
