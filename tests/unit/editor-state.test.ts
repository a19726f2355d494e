import { describe, expect, it } from 'vitest';
import { validateSettings } from '../../src/core/policy/schema.ts';
import { append, commit, fieldFor, fieldId, getIn, initialHistory, redo, removeAt, segmentsOf, setIn, undo, type Draft } from '../../src/editor/state.ts';

describe('editing the draft', () => {
  it('sets and removes values by path, leaving the rest untouched', () => {
    const draft: Draft = { companyName: 'Acme', topics: [{ id: 'a', label: 'A', keywords: ['x'] }] };
    const next = setIn(draft, ['topics', 0, 'keywords'], ['x', 'y']) as Draft;
    expect(getIn(next, ['topics', 0, 'keywords'])).toEqual(['x', 'y']);
    expect(draft.topics).toEqual([{ id: 'a', label: 'A', keywords: ['x'] }]);
    expect(next.companyName).toBe('Acme');
  });

  it('removes a setting left empty (so it is not set, not fixed for employees), but keeps a topic\'s empty lists', () => {
    expect(setIn({ companyName: 'Acme' }, ['companyName'], '')).toEqual({});
    expect(setIn({ dos: ['a'] }, ['dos'], [])).toEqual({});
    expect(setIn({ sites: { x: false } }, ['sites', 'x'], undefined)).toEqual({});
    expect(setIn({ topics: [{ id: 'a', keywords: ['x'] }] }, ['topics', 0, 'keywords'], [])).toEqual({ topics: [{ id: 'a', keywords: [] }] });
  });

  it('appends and removes list items; the last topic gone, the key goes', () => {
    const one = append({}, ['topics'], { id: 't', label: '', keywords: [] });
    expect(one).toEqual({ topics: [{ id: 't', label: '', keywords: [] }] });
    expect(removeAt(one, ['topics'], 0)).toEqual({});
  });
});

describe('undo and redo', () => {
  it('undoes and redoes every edit, and a new edit drops what was undone', () => {
    let h = initialHistory({});
    h = commit(h, { companyName: 'A' });
    h = commit(h, { companyName: 'A', mode: 'flagged' });
    h = undo(h);
    expect(h.present).toEqual({ companyName: 'A' });
    h = undo(h);
    expect(h.present).toEqual({});
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toEqual({ companyName: 'A' });
    h = commit(h, { companyName: 'B' });
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('takes typing in one field as one step, and a step per field', () => {
    let h = initialHistory({});
    for (const text of ['A', 'Ac', 'Acm', 'Acme']) h = commit(h, { companyName: text }, 'companyName');
    h = commit(h, { companyName: 'Acme', question: 'Q' }, 'question');
    expect(h.past).toHaveLength(2);
    h = undo(h);
    expect(h.present).toEqual({ companyName: 'Acme' });
    h = undo(h);
    expect(h.present).toEqual({});
  });
});

describe('problems at their fields', () => {
  it.each([
    ['companyName', 'companyName'],
    ['sites.facebook', 'sites'],
    ['surfaces.posts', 'surfaces'],
    ['dos[3]', 'dos'],
    ['topics', 'topics'],
    ['topics[2].id', 'topics[2].id'],
    ['topics[2].keywords[7]', 'topics[2].keywords'],
    ['topics[2].keywords', 'topics[2].keywords'],
    ['topics[2].colour', 'topics[2]'],
    ['topics[2]', 'topics[2]'],
    ['topics[0].rules[1].near[0]', 'topics[0].rules[1].near'],
    ['topics[0].rules[1].within', 'topics[0].rules[1].within'],
    ['topics[0].rules[1].colour', 'topics[0].rules[1]'],
    ['topics[0].when[0]', 'topics[0].when[0]'],
    ['topics[0].when[0].from', 'topics[0].when[0].from'],
    ['audiences[1].handles[0]', 'audiences[1].handles'],
    ['disclosure.brands[0]', 'disclosure.brands'],
    ['disclosure.colour', 'disclosure'],
    ['colour', null],
    ['$', null],
  ])('%s is shown at %s', (path, field) => expect(fieldFor(path)).toBe(field));

  it('finds a field for every problem validateSettings reports on a policy full of mistakes', () => {
    const bad = {
      mode: 'sometimes', pauseSeconds: 99, codeUrl: 'intranet', sites: { x: 'yes', facebook: true }, dos: [1],
      topics: [{ id: 'bad id', label: 'L', keywords: ['ok', 5], rules: [{ keyword: '{cash}', within: 50, colour: 1 }], when: [{ from: '12-31', until: '2024-01-01' }] }],
      audiences: [{ id: 'a', label: 'A', guidance: 'g', handles: ['not a handle!'] }],
      disclosure: { brands: [], phrases: [] },
    };
    const { problems } = validateSettings(bad, 'policy');
    expect(problems.length).toBeGreaterThan(8);
    for (const problem of problems) expect(fieldFor(problem.path), problem.path).not.toBeNull();
  });

  it('reads paths into segments and makes ids of them', () => {
    expect(segmentsOf('topics[2].rules[0].near[1]')).toEqual(['topics', 2, 'rules', 0, 'near', 1]);
    expect(fieldId('topics[2].keywords')).toBe('field-topics-2-keywords');
  });
});
