/** Pieces shared by the boxes of list items (topics, conditions, periods, lists of accounts). */
import { format } from '../core/i18n/messages.ts';
import { jsonPath } from '../core/policy/schema.ts';
import { useEditor } from './context.ts';
import { fieldId, removeAt, type Path } from './state.ts';

/** Problems of an item as a whole (an unknown key in it, "until comes before from"), at the top of its box. */
export function ItemProblems({ path }: { path: Path }) {
  const { problems, t } = useEditor();
  const key = jsonPath(path);
  const here = problems.get(key) ?? [];
  if (here.length === 0) return null;
  return (
    <ul class="field-problems" id={fieldId(key)} tabIndex={-1} data-testid="field-problems">
      {here.map((p, i) => <li key={i}>{format(t.problemAt, { path: p.path, message: p.message })}</li>)}
    </ul>
  );
}

export function RemoveButton({ label, path, index }: { label: string; path: Path; index: number }) {
  const { change } = useEditor();
  return (
    <button type="button" class="danger small" onClick={() => change((d) => removeAt(d, path, index))}>
      {label}
    </button>
  );
}
