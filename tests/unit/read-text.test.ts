// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readEditorText } from '../../src/sites/read-text.ts';

const editor = (html: string) => {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  return el;
};

// Markup as each editor library renders it (docs/evidence/x.md#reading-the-text, docs/evidence/linkedin.md#editors).
const draftBlock = (text: string) =>
  `<div data-block="true"><div class="public-DraftStyleDefault-block"><span>${text ? `<span data-text="true">${text}</span>` : '<br data-text="true">'}</span></div></div>`;

describe('readEditorText', () => {
  it.each([
    ['Draft.js blocks, an empty line kept', `<div data-contents="true">${draftBlock('Hello')}${draftBlock('')}${draftBlock('world 👋')}</div>`, 'Hello\n\nworld 👋'],
    ['Quill paragraphs, without doubled newlines', '<p>Hello</p><p><br></p><p>world</p>', 'Hello\n\nworld'],
    ['ProseMirror trailing break', '<p>Hello</p><p><br class="ProseMirror-trailingBreak"></p>', 'Hello\n'],
    ['a hard break inside a paragraph', '<p>one<br>two</p>', 'one\ntwo'],
    ['a hard break at the end before the trailing break', '<p>one<br><br class="ProseMirror-trailingBreak"></p>', 'one\n'],
    ['lists, one line per item', '<ol><li>first</li><li>second</li></ol><p>after</p>', 'first\nsecond\nafter'],
    ['mentions and links inline', '<p>Hi <a href="#">@Ann</a> and <strong>you</strong></p>', 'Hi @Ann and you'],
    ['emoji images by their alt text', '<p>Great <img alt="🎉" src="data:,"> day</p>', 'Great 🎉 day'],
    ['inline text with no blocks', 'just text', 'just text'],
    ['an empty Quill editor', '<p><br></p>', ''],
    ['a mention chip (an editor atom) by its name, as it is published', '<p><span data-type="mention" contenteditable="false">Tom Peters</span> thanks</p>', 'Tom Peters thanks'],
    ['a clamped post without its "…more"', '<p>Whole text<button type="button">…more</button></p>', 'Whole text'],
  ])('%s', (_, html, expected) => {
    expect(readEditorText(editor(html))).toBe(expected);
  });

  it('reads a textarea by its value', () => {
    const area = document.createElement('textarea');
    area.value = 'mobile\ntext';
    expect(readEditorText(area)).toBe('mobile\ntext');
  });

  it('keeps whitespace exactly as typed', () => {
    expect(readEditorText(editor('<p>  two  spaces  </p>'))).toBe('  two  spaces  ');
  });
});
