// Classic messaging on `/messaging/thread/<id>/` (docs/evidence/linkedin.md#messaging): `form.msg-form` with the
// editor `.msg-form__contenteditable` (a native contenteditable of <p>s; empty is `<p><br></p>`), labelled
// "Write a message…", and `button.msg-form__send-button[type=submit]`, disabled while empty, beside the
// `.msg-form__send-toggle`. With ?send=enter ("Press Enter to Send") there is no Send button: Enter sends, Shift+Enter
// breaks the line. A message is never a public post.
import { h } from '../common/dom.ts';
import { CONVERSATIONS, ME, type Conversation } from '../common/linkedin-feed.ts';
import { ENTER_TO_SEND } from '../common/linkedin-variant.ts';
import { avatar, icon, publish, t } from './ui.ts';

let current: HTMLElement | null = null;

export function closeMessaging(): void {
  current?.remove();
  current = null;
}

/** The lines of the editor: one per <p>, `<p><br></p>` an empty one. */
function messageText(editor: HTMLElement): string {
  const blocks = [...editor.children].filter((el) => el.tagName === 'P' || el.tagName === 'DIV');
  if (!blocks.length) return editor.textContent ?? '';
  return blocks.map((p) => p.textContent ?? '').join('\n');
}

export function renderMessaging(main: HTMLElement, conversation: Conversation): void {
  closeMessaging();
  // New lines are <p>, as in LinkedIn's message box.
  document.execCommand('defaultParagraphSeparator', false, 'p');
  const list = h('ul', { class: 'msg-s-message-list-content list-style-none' });
  const show = (from: string, text: string) => list.append(h('li', { class: 'msg-s-message-list__event' },
    h('div', { class: 'msg-s-event-listitem' }, avatar(from, 32),
      h('div', {}, h('span', { class: 'msg-s-message-group__name' }, from), h('p', { class: 'msg-s-event-listitem__body' }, text)))));
  for (const message of conversation.messages) show(message.from, message.text);

  const editor = h('div', { class: 'msg-form__contenteditable t-14 t-black--light t-normal flex-grow-1 full-height notranslate',
    contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', 'aria-label': t.writeMessage, 'data-placeholder': t.writeMessage },
  h('p', {}, h('br', {})));
  const send = ENTER_TO_SEND ? null : h('button', { type: 'submit', disabled: true, class: 'msg-form__send-button artdeco-button artdeco-button--1' }, t.send);
  const form = h('form', { class: 'msg-form' },
    h('div', { class: 'msg-form__msg-content-container' }, h('div', { class: 'msg-form__contenteditable-wrapper' }, editor)),
    h('footer', { class: 'msg-form__footer' },
      h('div', { class: 'msg-form__left-actions' },
        h('button', { type: 'button', 'aria-label': t.attach, class: 'msg-form__attachment-btn artdeco-button artdeco-button--circle artdeco-button--tertiary' }, icon('image'))),
      h('div', { class: 'msg-form__right-actions' }, send,
        h('button', { type: 'button', 'aria-label': t.sendOptions, class: 'msg-form__send-toggle artdeco-button artdeco-button--circle artdeco-button--tertiary' }, icon('caret', 16)))));
  const empty = () => messageText(editor).trim() === '';
  const submit = (via: 'click' | 'shortcut', trusted: boolean) => {
    if (empty()) return;
    const text = messageText(editor);
    publish({ surface: 'message', texts: [text], via, trusted });
    conversation.messages.push({ from: ME.name, text });
    show(ME.name, text);
    editor.replaceChildren(h('p', {}, h('br', {})));
    if (send) send.disabled = true;
  };
  editor.addEventListener('input', () => {
    if (!editor.firstElementChild) editor.replaceChildren(h('p', {}, h('br', {})));
    if (send) send.disabled = empty();
  });
  editor.addEventListener('keydown', (event) => {
    if (ENTER_TO_SEND && event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit('shortcut', event.isTrusted);
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit('click', (event as SubmitEvent).isTrusted);
  });

  current = h('section', { class: 'msg-overlay-list-bubble artdeco-card msg-thread-page' },
    h('ul', { class: 'msg-conversations-container__conversations-list list-style-none' }, ...CONVERSATIONS.map((c) =>
      h('li', { class: `msg-conversation-listitem ${c === conversation ? 'msg-conversations-container__convo-item--active' : ''}` },
        h('a', { class: 'msg-conversation-listitem__link', href: `/messaging/thread/${c.id}/` }, c.name)))),
    h('div', { class: 'msg-convo-wrapper' }, h('h2', { class: 'msg-entity-lockup__entity-title' }, conversation.name), list, form));
  main.append(current);
}
