/** @jsxImportSource react */
// The two places on X where one writes but posts nothing (docs/evidence/x.md#direct-messages, #grok):
// XChat at /i/chat, a separate bundle rendered into an open shadow root of [data-testid="xchatEmbedRoute"], and
// Grok at /i/grok. Both record what they send, so the tests can see it went out.
import { useEffect, useRef, useState } from 'react';
import { Icon } from './icons.tsx';
import { publish, t } from './shared.ts';
import type { Via } from '../common/record.ts';

const CHAT_CSS = `
:host{display:block;height:100%}
*{box-sizing:border-box}
.xchat{display:flex;height:calc(100vh - 53px);font:15px/1.4 system-ui,sans-serif;color:#0f1419}
.list{width:220px;border-right:1px solid #eff3f4;padding:8px 0}
.list button{display:block;width:100%;text-align:left;padding:10px 16px;border:0;background:none;font:inherit}
.list button[aria-selected=true]{background:#f7f9f9;font-weight:700}
.pane{flex:1;display:flex;flex-direction:column}
.head{padding:12px 16px;font-weight:700;border-bottom:1px solid #eff3f4}
.messages{flex:1;overflow:auto;padding:12px 16px;display:flex;flex-direction:column;gap:6px}
.bubble{align-self:flex-start;background:#eff3f4;border-radius:18px;padding:8px 14px;max-width:70%;white-space:pre-wrap}
.bubble.mine{align-self:flex-end;background:#1d9bf0;color:#fff}
form{display:flex;gap:8px;align-items:flex-end;padding:8px 12px;border-top:1px solid #eff3f4}
textarea{flex:1;resize:none;border:0;border-radius:16px;background:#eff3f4;padding:8px 12px;font:inherit;min-height:36px}
textarea:focus{outline:2px solid #1d9bf0}
button[type=submit]{width:36px;height:36px;border:0;border-radius:50%;background:#1d9bf0;color:#fff;display:flex;align-items:center;justify-content:center}
button[type=submit]:disabled{opacity:.5}
svg{width:18px;height:18px}
`;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** XChat's conversation view, built with DOM APIs inside `root` (its own Tailwind/Radix bundle on X). */
function buildChat(root: ShadowRoot) {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const style = el('style');
  style.textContent = CHAT_CSS;
  const messages = el('div', { class: 'messages', role: 'log', 'aria-live': 'polite' },
    el('div', { class: 'bubble' }, 'Are you coming to the site visit on Thursday?'));
  const textarea = el('textarea', { 'data-testid': 'dm-composer-textarea', placeholder: t.message, rows: '1', dir: 'auto', 'aria-label': t.message });
  const icon = document.createElementNS(SVG_NS, 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M4 12l16-8-6 16-3-7z');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  icon.append(path);
  // Guess: an icon button named "Send" (docs/evidence/x.md#direct-messages: XChat's send key and label are not known).
  const send = el('button', { type: 'submit', 'data-testid': 'dm-composer-send-button', 'aria-label': t.send, disabled: '' }, icon);
  const form = el('form', { 'data-testid': 'dm-composer-form' }, textarea, send);
  const sync = () => (send.disabled = textarea.value.trim() === '');
  const submit = (via: Via, trusted: boolean) => {
    const text = textarea.value;
    if (text.trim() === '') return;
    publish({ surface: 'chat', texts: [text], via, trusted });
    messages.append(el('div', { class: 'bubble mine' }, text));
    textarea.value = '';
    sync();
  };
  textarea.addEventListener('input', sync);
  // The brief's reading of XChat: Enter sends, Shift+Enter is a new line.
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit('shortcut', event.isTrusted);
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit('click', event.isTrusted);
  });
  const list = el('div', { class: 'list', role: 'tablist', 'aria-label': t.messages },
    el('button', { role: 'tab', 'aria-selected': 'true', type: 'button' }, 'Ada Builds'),
    el('button', { role: 'tab', 'aria-selected': 'false', type: 'button' }, 'Grace Ops'));
  const pane = el('div', { class: 'pane' }, el('div', { class: 'head' }, 'Ada Builds'), messages, form);
  root.append(style, el('div', { class: 'xchat' }, list, pane));
}

/** /i/chat: the route's host element, whose open shadow root is attached after it is in the page. */
export function XChat() {
  const host = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const el = host.current;
    if (el && !el.shadowRoot) buildChat(el.attachShadow({ mode: 'open' }));
  }, []);
  return (
    <>
      <div className="column-header"><h2>{t.chat}</h2></div>
      <div ref={host} data-testid="xchatEmbedRoute" className="xchat-host" />
      <div data-testid="xchatEmbedOverlays" />
    </>
  );
}

/** /i/grok: a textarea "Ask anything" and a send button; Enter sends (guess). */
export function Grok() {
  const [text, setText] = useState('');
  const [log, setLog] = useState<{ mine: boolean; text: string }[]>([]);
  const empty = text.trim() === '';
  const send = (via: Via, trusted: boolean) => {
    if (empty) return;
    publish({ surface: 'grok', texts: [text], via, trusted });
    setLog((all) => [...all, { mine: true, text }, { mine: false, text: t.grokAnswer }]);
    setText('');
  };
  return (
    <>
      <div className="column-header"><h2>{t.grok}</h2></div>
      <div className="grok">
        <div className="grok-log" role="log">
          {log.map((entry, i) => <div key={i} className={entry.mine ? 'bubble mine' : 'bubble'}>{entry.text}</div>)}
        </div>
        <form className="grok-input" onSubmit={(event) => {
          event.preventDefault();
          send('click', event.isTrusted);
        }}>
          <textarea placeholder={t.askAnything} dir="auto" rows={1} value={text}
            onChange={(event: { currentTarget: HTMLTextAreaElement }) => setText(event.currentTarget.value)}
            onKeyDown={(event: KeyboardEvent) => {
              // React's synthetic event; the browser's own is its nativeEvent.
              const native = (event as unknown as { nativeEvent?: KeyboardEvent }).nativeEvent ?? event;
              if (event.key === 'Enter' && !event.shiftKey && !native.isComposing) {
                event.preventDefault();
                send('shortcut', native.isTrusted);
              }
            }} />
          <button type="submit" aria-label={t.grokSomething} className="icon-button round" disabled={empty}>
            <Icon name="send" />
          </button>
        </form>
      </div>
    </>
  );
}
