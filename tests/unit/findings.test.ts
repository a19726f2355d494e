import { describe, expect, it } from 'vitest';
import { groupFindings, setAsideWords } from '../../src/core/findings.ts';

const f = (topic: string, keyword: string, match: string, start = 0) => ({ topic, keyword, match, start, end: start + match.length });

describe('findings as the employee is shown them', () => {
  it('groups by topic in the order topics first appear, each word and keyword once', () => {
    const topics = [{ id: 'politics', label: 'Politics', guidance: 'Keep it neutral.' }, { id: 'clients', label: 'Clients', guidance: '' }];
    const grouped = groupFindings(topics, [
      f('clients', 'acme*', 'Acme', 0),
      f('politics', 'vote', 'vote', 10),
      f('clients', 'acme*', 'Acme', 20),
      f('clients', 'acme*', 'ACMEs', 30),
    ]);
    expect(grouped).toEqual([
      { id: 'clients', label: 'Clients', guidance: '', matches: ['Acme', 'ACMEs'], keywords: ['acme*'] },
      { id: 'politics', label: 'Politics', guidance: 'Keep it neutral.', matches: ['vote'], keywords: ['vote'] },
    ]);
  });

  it('names a topic by its id when the code has no label for it', () => {
    expect(groupFindings([], [f('gone', 'x', 'x')])[0]).toMatchObject({ id: 'gone', label: 'gone', guidance: '' });
  });
});

describe('findings with context', () => {
  it('keeps, per match, the context that let it count', () => {
    const grouped = groupFindings([{ id: 'c', label: 'Confidential', guidance: '' }], [{ ...f('c', 'tender', 'tender'), near: '€ 2,4 mln' }, f('c', 'acme', 'Acme', 20)]);
    expect(grouped[0]).toMatchObject({ matches: ['tender', 'Acme'], near: { tender: '€ 2,4 mln' } });
  });
});

describe('findings the learned weights set aside', () => {
  it('names each matched word once with its topic, by id where the code has no label, and nothing when there are none', () => {
    const topics = [{ id: 'conspiracy', label: 'Conspiracy theories' }];
    const words = setAsideWords(topics, [f('conspiracy', 'great replacement', 'great replacement'), f('conspiracy', 'great replacement', 'great replacement', 40), f('gone', 'x', 'x')]);
    expect(words).toBe('“great replacement” (Conspiracy theories), “x” (gone)');
    expect(setAsideWords(topics, [])).toBe('');
  });
});
