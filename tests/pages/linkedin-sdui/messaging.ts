// The new messaging (mid-2026 rollout, docs/evidence/linkedin.md#messaging): inside the open shadow root of
// `div#interop-outlet[data-testid="interop-shadowdom"]`, hashed classes and no `.msg-*` class; the composer is a
// `[role=textbox][contenteditable=true]` labelled "Write a message…" (TipTap, as one source says), the send a
// `button[type=submit]` "Send", disabled while empty. With ?send=enter ("Press Enter to Send") there is no Send
// button: Enter sends and Shift+Enter breaks the line. A message is never a public post.
import { Extension } from '@tiptap/core';
import { h } from '../common/dom.ts';
import { CONVERSATIONS, ME, type Conversation } from '../common/linkedin-feed.ts';
import { ENTER_TO_SEND } from '../common/linkedin-variant.ts';
import { createTiptap, type TiptapEditor } from './editor.ts';
import { MESSAGING_CSS, mc } from './styles.ts';
import { icon, publish, t } from './ui.ts';

let outlet: { host: HTMLElement; root: ShadowRoot } | null = null;
let editor: TiptapEditor | null = null;

/** `#interop-outlet`, made once, with its shadow root (attached after the host is in the page, as LinkedIn does). */
export function interopOutlet(): { host: HTMLElement; root: ShadowRoot } {
  if (outlet) return outlet;
  const host = h('div', { id: 'interop-outlet', 'data-testid': 'interop-shadowdom', style: 'height:0' });
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.append(h('style', {}, MESSAGING_CSS));
  outlet = { host, root };
  return outlet;
}

export function closeMessaging(): void {
  editor?.destroy();
  editor = null;
  if (outlet) outlet.root.querySelector(`.${mc.app}`)?.remove();
}

export function renderMessaging(conversation: Conversation): void {
  closeMessaging();
  const { root } = interopOutlet();
  const messages = h('ul', { class: mc.messages });
  const show = (from: string, text: string) => messages.append(h('li', { class: mc.message }, h('span', { class: mc.from }, from), text));
  for (const message of conversation.messages) show(message.from, message.text);
  const mount = h('div', { class: mc.box });
  const send = ENTER_TO_SEND ? null : h('button', { type: 'submit', class: mc.send, disabled: true }, t.send);
  const form = h('form', { class: mc.form }, mount,
    h('div', { class: mc.actions }, h('button', { type: 'button', class: mc.iconBtn, 'aria-label': t.attach }, icon('image-medium')), send));
  const submit = (trusted: boolean) => {
    if (!editor || editor.isEmpty()) return;
    const text = editor.text();
    publish({ surface: 'message', texts: [text], via: ENTER_TO_SEND ? 'shortcut' : 'click', trusted });
    conversation.messages.push({ from: ME.name, text });
    show(ME.name, text);
    editor.clear();
  };
  let keyTrusted = false;
  const enterSends = Extension.create({
    name: 'ppEnterToSend',
    priority: 1000,
    addKeyboardShortcuts() {
      const shortcuts: Record<string, () => boolean> = {};
      if (ENTER_TO_SEND) shortcuts.Enter = () => (submit(keyTrusted), true);
      return shortcuts;
    },
  });
  form.addEventListener('keydown', (event) => { keyTrusted = event.isTrusted; }, true);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit((event as SubmitEvent).isTrusted);
  });
  root.append(h('div', { class: mc.app },
    h('ul', { class: mc.list, 'aria-label': t.messages }, ...CONVERSATIONS.map((c) =>
      h('li', {}, h('button', { type: 'button', class: `${mc.convo} ${c === conversation ? mc.convoActive : ''}` }, c.name)))),
    h('section', { class: mc.thread }, h('div', { class: mc.head }, conversation.name), messages, form)));
  editor = createTiptap(mount, {
    attributes: { class: mc.editor, role: 'textbox', 'aria-label': t.writeMessage, 'aria-multiline': 'true' },
    placeholder: t.writeMessage,
    onChange: (empty) => {
      if (send) send.disabled = empty;
    },
    extensions: [enterSends],
  });
}
