// @vitest-environment jsdom
// The pause in our host: a page torn down with the pause open ends it without a choice, so nothing is
// counted as posted (the content script reports only a real choice).
import { describe, expect, it } from 'vitest';
import { DEFAULTS, pageConfigOf } from '../../src/core/policy/settings.ts';
import { createPauseUi, PauseClosed } from '../../src/ui/pause-ui.tsx';

describe('the pause ui', () => {
  it('resolves with the choice made, and rejects with PauseClosed when removed while open', async () => {
    const ui = createPauseUi(() => {});
    const config = pageConfigOf(DEFAULTS, [], 'en');
    const asked = ui.ask({ parts: [{ kind: 'post', text: 'hello' }], analysis: { findings: [], setAside: [], audience: [], disclosure: null }, config: { ...config, pauseSeconds: 0 }, surface: 'post' });
    const host = document.querySelector('postpause-root');
    expect(host?.shadowRoot?.querySelector('dialog')).not.toBeNull();
    ui.remove();
    await expect(asked).rejects.toBeInstanceOf(PauseClosed);
    expect(document.querySelector('postpause-root')).toBeNull();
  });
});
