// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { en, format, nl } from '../../src/core/i18n/messages.ts';
import { focusables, PauseDialog, type PauseDialogProps } from '../../src/ui/pause-dialog.tsx';

let shadow: ShadowRoot;
const onChoice = vi.fn();
const onWrongFlag = vi.fn();

function show(over: Partial<PauseDialogProps> = {}) {
  act(() => {
    render(
      <PauseDialog t={en} question={en.question} companyName="" parts={[{ kind: 'post', text: 'hello' }]} highlights={[]} topics={[]} pauseSeconds={3}
        reminder={en.readAlong} codeUrl="" onWrongFlag={onWrongFlag}
        onChoice={onChoice} isUserInput={() => true} {...over} />,
      shadow,
    );
  });
}

const $ = <T extends Element = HTMLElement>(css: string) => shadow.querySelector<T>(css)!;

beforeEach(() => {
  vi.useFakeTimers();
  onChoice.mockReset();
  onWrongFlag.mockReset();
  const host = document.createElement('postpause-root');
  shadow = host.attachShadow({ mode: 'open' });
  document.body.append(host);
});
afterEach(() => {
  act(() => render(null, shadow));
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('PauseDialog', () => {
  it('is a modal dialog named by the question', () => {
    show();
    const dialog = $('[role="dialog"]');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(shadow.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe(en.question);
  });

  it('names its buttons exactly, in English and in Dutch', () => {
    show();
    expect([...shadow.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Keep editing', 'Post anyway']);
    show({ t: nl, question: nl.question });
    expect([...shadow.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Verder bewerken', 'Toch plaatsen']);
  });

  it('gives "Keep editing" the first focus', () => {
    show();
    expect(shadow.activeElement).toBe($('[data-testid="pp-keep-editing"]'));
  });

  it('keeps "Post anyway" disabled during the pause, with a visible countdown', () => {
    show({ pauseSeconds: 3 });
    const post = $<HTMLButtonElement>('[data-testid="pp-post-anyway"]');
    expect(post.disabled).toBe(true);
    expect($('[data-testid="pp-countdown"]').textContent).toBe('You can post anyway in 3 seconds');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect($('[data-testid="pp-countdown"]').textContent).toBe('You can post anyway in 2 seconds');
    post.click();
    expect(onChoice).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(post.disabled).toBe(false);
    expect($('[data-testid="pp-countdown"]').hidden).toBe(true);
    post.click();
    expect(onChoice).toHaveBeenCalledWith('post');
  });

  it('has no countdown when the pause is 0 seconds', () => {
    show({ pauseSeconds: 0 });
    expect($<HTMLButtonElement>('[data-testid="pp-post-anyway"]').disabled).toBe(false);
  });

  it('keeps editing on Escape and decides only once', () => {
    show();
    $('[role="dialog"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    $('[data-testid="pp-keep-editing"]').click();
    expect(onChoice.mock.calls).toEqual([['edit']]);
  });

  it('ignores forged clicks by default: only real user input decides', () => {
    show({ pauseSeconds: 0, isUserInput: undefined });
    $('[data-testid="pp-post-anyway"]').click();
    $('[data-testid="pp-keep-editing"]').click();
    expect(onChoice).not.toHaveBeenCalled();
  });

  it('keeps keys typed in the dialog away from the page', () => {
    const seen = vi.fn();
    document.addEventListener('keydown', seen);
    show();
    $('[data-testid="pp-keep-editing"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    document.removeEventListener('keydown', seen);
    expect(seen).not.toHaveBeenCalled();
  });

  it('reminds that others read along, with the company name when it is known', () => {
    show({ companyName: 'Bouwbedrijf Jansen' });
    expect($('#pp-reminder').textContent).toContain(en.readAlong);
    expect($('#pp-reminder').textContent).toContain('Your profile says you work at Bouwbedrijf Jansen');
    show({ companyName: '' });
    expect($('#pp-reminder').textContent).toContain(en.profileNoCompany);
  });

  it('looks different when something was found, and shows each topic with its guidance and words', () => {
    show();
    expect($('[role="dialog"]').classList.contains('pp-flagged')).toBe(false);
    expect(shadow.querySelector('[data-testid="pp-findings"]')).toBeNull();
    show({ topics: [{ id: 'politics', label: 'Politics', guidance: 'Would you say this at a client meeting?', matches: ['Wilders', 'verkiezingen'], keywords: ['wilders', '*verkiezingen'] }] });
    const dialog = $('[role="dialog"]');
    expect(dialog.classList.contains('pp-flagged')).toBe(true);
    // Described by the intro and the topics' names, not by the whole findings box.
    expect(dialog.getAttribute('aria-describedby')).toBe('pp-findings-intro pp-topic-0 pp-reminder');
    const findings = $('[data-testid="pp-findings"]');
    expect(findings.querySelector('h3')!.textContent).toBe(en.findingsTitle);
    expect(findings.querySelector('.pp-topic-label')!.textContent).toBe('Politics');
    expect(findings.querySelector('.pp-topic-guidance')!.textContent).toBe('Would you say this at a client meeting?');
    expect(findings.querySelector('.pp-topic-found')!.textContent).toBe('In your text: “Wilders”, “verkiezingen”');
    // "Why is this flagged?" opens on the guidance and the words, never the code's syntax ('*verkiezingen').
    expect(findings.querySelector('summary')!.textContent).toBe(en.whyFlagged);
    expect(findings.querySelector('.pp-topic-keywords')!.textContent).toBe(format(en.whyMatchedWords, { words: '“Wilders”, “verkiezingen”' }));
    expect(findings.textContent).not.toContain('*');
  });

  it('says why a word counted when a rule asked for context: "tender" near an amount', () => {
    show({ topics: [{ id: 'c', label: 'Confidential', guidance: '', matches: ['tender', 'Acme'], keywords: ['tender', 'acme'], near: { tender: '€ 2,4 mln' } }] });
    expect($('.pp-topic-found').textContent).toBe(`In your text: ${format(en.foundNear, { word: '“tender”', near: '“€ 2,4 mln”' })}, “Acme”`);
  });

  it('lets the user say a flag is wrong, once, and thanks them', () => {
    const topic = { id: 'politics', label: 'Politics', guidance: '', matches: ['PVV'], keywords: ['pvv'] };
    show({ topics: [topic] });
    act(() => {
      [...shadow.querySelectorAll('button')].find((b) => b.textContent === en.wrongFlag)!.click();
    });
    expect(onWrongFlag).toHaveBeenCalledWith(topic);
    expect(shadow.querySelector('.pp-thanks')!.textContent).toBe(en.wrongFlagThanks);
    expect([...shadow.querySelectorAll('button')].some((b) => b.textContent === en.wrongFlag)).toBe(false);
    // Focus stays in the dialog, on the thanks, so Escape still means "keep editing".
    expect(shadow.activeElement).toBe(shadow.querySelector('.pp-thanks'));
  });

  it('keeps Tab inside the dialog both ways, reaching the "why" toggles and the code link, never a hidden button', () => {
    const topics = ['politics', 'religion'].map((id) => ({ id, label: id, guidance: 'g', matches: [id], keywords: [id] }));
    show({ topics, codeUrl: 'https://intranet.example/code', pauseSeconds: 0 });
    const tab = (shiftKey = false) => act(() => {
      (shadow.activeElement ?? $('dialog')).dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }));
    });
    const reachable = focusables($('dialog')).map((el) => el.textContent);
    // The closed <details> hide their "This flag is wrong"; their <summary> is reachable.
    expect(reachable).toEqual([en.whyFlagged, en.whyFlagged, en.readCode, en.keepEditing, en.postAnyway]);
    expect(shadow.activeElement?.textContent).toBe(en.keepEditing);
    (shadow.querySelector('summary') as HTMLElement).focus();
    tab(true);
    expect(shadow.activeElement?.textContent).toBe(en.postAnyway);
    tab();
    expect(shadow.activeElement?.textContent).toBe(en.whyFlagged);
    $('details').setAttribute('open', '');
    expect(focusables($('dialog')).map((el) => el.textContent)).toContain(en.wrongFlag);
  });

  it('treats the browser\'s close request (cancel) as "keep editing"', () => {
    show();
    act(() => void $('dialog').dispatchEvent(new Event('cancel', { cancelable: true })));
    expect(onChoice.mock.calls).toEqual([['edit']]);
  });

  it('says its language, and opens short when nothing is flagged and the full pause was seen today', () => {
    show({ t: nl, reminder: nl.readAlong, compact: true, pauseSeconds: 0 });
    expect($('dialog').lang).toBe('nl');
    expect(shadow.querySelector('[data-testid="pp-preview"]')).toBeNull();
    expect([...shadow.querySelectorAll('.pp-actions button')]).toHaveLength(2);
    expect($('#pp-reminder').textContent).toContain(nl.readAlong);
    // A flagged draft always gets the whole dialog.
    show({ t: nl, compact: true, topics: [{ id: 'p', label: 'P', guidance: '', matches: ['x'], keywords: ['x'] }] });
    expect(shadow.querySelector('[data-testid="pp-preview"]')).not.toBeNull();
  });

  it('ignores a forged "this flag is wrong"', () => {
    show({ topics: [{ id: 'politics', label: 'Politics', guidance: '', matches: ['PVV'], keywords: ['pvv'] }], isUserInput: undefined });
    [...shadow.querySelectorAll('button')].find((b) => b.textContent === en.wrongFlag)!.click();
    expect(onWrongFlag).not.toHaveBeenCalled();
  });

  it('shows the wording of the reminder it is given, and links the code when there is one', () => {
    show({ reminder: en.readAlong3, codeUrl: 'https://intranet.example/code' });
    expect($('#pp-reminder').textContent).toContain(en.readAlong3);
    const link = shadow.querySelector<HTMLAnchorElement>('.pp-code a')!;
    expect([link.textContent, link.href, link.rel]).toEqual([en.readCode, 'https://intranet.example/code', 'noopener noreferrer']);
  });

  it('shows the draft exactly as written, each post of a thread apart, with matched words marked', () => {
    const texts = ['  first <b>not html</b>\n\nline', 'second'];
    show({ parts: texts.map((text) => ({ kind: 'post', text })), highlights: [{ part: 1, start: 0, end: 3 }] });
    expect([...shadow.querySelectorAll('[data-testid="pp-part"]')].map((p) => p.textContent)).toEqual(texts);
    expect(shadow.querySelector('b')).toBeNull();
    expect(shadow.querySelector('mark')!.textContent).toBe('sec');
    expect([...shadow.querySelectorAll('figcaption')].map((c) => c.textContent)).toEqual(['Post 1 of 2', 'Post 2 of 2']);
  });

  it('says what each part is: a title, poll options, an image description', () => {
    show({ parts: [{ kind: 'title', text: 'T' }, { kind: 'post', text: 'P' }, { kind: 'poll', text: 'A' }, { kind: 'poll', text: 'B' }, { kind: 'alt', text: 'D' }] });
    expect([...shadow.querySelectorAll('figcaption')].map((c) => c.textContent)).toEqual(['Title', 'Your draft', 'Poll option 1', 'Poll option 2', 'Image description']);
  });

  it('reads as a repost when the draft is the post being reposted', () => {
    show({ parts: [{ kind: 'reposted', text: 'their post' }], repost: true });
    expect($('.pp-label').textContent).toBe(en.repostedLabel);
    expect([...shadow.querySelectorAll('.pp-actions button')].map((b) => b.textContent)).toEqual([en.dontRepost, en.repostAnyway]);
    expect(shadow.querySelector('figcaption')).toBeNull();
  });
});
