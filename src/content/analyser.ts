/**
 * Keeps the code compiled: once per configuration, while the page is idle, so the publish press itself only
 * matches.
 */
import { analyseDraft, compileCode, type Analysis, type CompiledCode, type DraftContext } from '../core/analysis.ts';
import type { PageConfig } from '../core/policy/settings.ts';
import { whenIdle } from './timers.ts';

export function createAnalyser(signal: AbortSignal) {
  let compiledFor: PageConfig | null = null;
  let code: CompiledCode | null = null;

  const compiled = (config: PageConfig): CompiledCode => {
    if (!code || compiledFor !== config) {
      code = compileCode(config);
      compiledFor = config;
    }
    return code;
  };

  return {
    /** Compiles ahead of time, when the browser has nothing else to do. */
    prepare(config: PageConfig) {
      whenIdle(() => compiled(config), signal);
    },
    analyse(config: PageConfig, parts: readonly string[], context: DraftContext): Analysis {
      return analyseDraft(compiled(config), parts, context);
    },
  };
}
