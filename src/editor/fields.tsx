/**
 * Form fields with their label, hint and problems (by JSON path), each problem where its value is. Every
 * control has a visible label; problems are tied to it with aria-describedby and aria-invalid.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { jsonPath } from '../core/policy/schema.ts';
import { format } from '../core/i18n/messages.ts';
import { useEditor } from './context.ts';
import { fieldId, getIn, type Path } from './state.ts';

interface FieldProps {
  path: Path;
  label: string;
  hint?: string;
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
  /** A group of controls (toggles, a period): a fieldset with a legend instead of a label. */
  group?: boolean;
}

export function Field({ path, label, hint, children, group }: FieldProps) {
  const { problems, t } = useEditor();
  const key = jsonPath(path);
  const id = fieldId(key);
  const here = problems.get(key) ?? [];
  const describedBy = [hint && `${id}-hint`, here.length > 0 && `${id}-problems`].filter(Boolean).join(' ') || undefined;
  const body = (
    <>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {children({ id, describedBy, invalid: here.length > 0 })}
      {here.length > 0 && (
        <ul class="field-problems" id={`${id}-problems`} data-testid="field-problems">
          {here.map((p, i) => <li key={i}>{format(t.problemAt, { path: p.path, message: p.message })}</li>)}
        </ul>
      )}
    </>
  );
  return group ? (
    <fieldset class="field" data-path={key} data-invalid={here.length > 0 || undefined} id={id} tabIndex={-1} aria-describedby={describedBy}>
      <legend>{label}</legend>
      {body}
    </fieldset>
  ) : (
    <div class="field" data-path={key} data-invalid={here.length > 0 || undefined}>
      <label for={id}>{label}</label>
      {body}
    </div>
  );
}

/** A text; empty is "not set" where `optional`. */
export function TextField({ path, label, hint, multiline, optional = true, placeholder }: { path: Path; label: string; hint?: string; multiline?: boolean; optional?: boolean; placeholder?: string }) {
  const { draft, set } = useEditor();
  const value = getIn(draft, path);
  const shown = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
  const onInput = (text: string) => set(path, text === '' && optional ? undefined : text, jsonPath(path));
  return (
    <Field path={path} label={label} hint={hint}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea id={id} rows={3} value={shown} placeholder={placeholder} aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => onInput(e.currentTarget.value)} />
        ) : (
          <input id={id} type="text" value={shown} placeholder={placeholder} aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => onInput(e.currentTarget.value)} />
        )
      }
    </Field>
  );
}

/** A whole number; empty is "not set". Anything else typed is kept as typed, so its problem shows. */
export function NumberField({ path, label, hint, min, max }: { path: Path; label: string; hint?: string; min: number; max: number }) {
  const { draft, set } = useEditor();
  const value = getIn(draft, path);
  return (
    <Field path={path} label={label} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value === undefined ? '' : String(value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(e) => {
            const text = e.currentTarget.value.trim();
            set(path, text === '' ? undefined : Number.isFinite(Number(text)) ? Number(text) : text, jsonPath(path));
          }}
        />
      )}
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** One of a few values, or (first option) not set. Booleans are the values "true" and "false". */
export function ChoiceField({ path, label, hint, choices, unset }: { path: Path; label: string; hint?: string; choices: Choice[]; unset?: string }) {
  const { draft, set } = useEditor();
  const value = getIn(draft, path);
  const current = value === undefined ? '' : String(value);
  const known = choices.some((c) => c.value === current) || current === '';
  return (
    <Field path={path} label={label} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={current}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => {
            const picked = e.currentTarget.value;
            set(path, picked === '' ? undefined : picked === 'true' ? true : picked === 'false' ? false : picked);
          }}
        >
          {unset !== undefined && <option value="">{unset}</option>}
          {!known && <option value={current}>{current}</option>}
          {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select>
      )}
    </Field>
  );
}

const linesOf = (text: string) => text.split('\n').map((line) => line.replace(/\r$/, '')).filter((line) => line.trim() !== '');

/**
 * A list of texts, one a line (keywords, do's, handles). What is typed stays as typed (blank lines too) while
 * the list in the draft has the non-blank lines; an undo or an import puts the list back in the box.
 */
export function LinesField({ path, label, hint, rows = 4, optional = true, children, write }: { path: Path; label: string; hint?: string; rows?: number; optional?: boolean; children?: ComponentChildren; write?: (lines: string[]) => void }) {
  const { draft, set } = useEditor();
  const value = getIn(draft, path);
  const list = Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))) : [];
  const [text, setText] = useState(list.join('\n'));
  useEffect(() => {
    if (JSON.stringify(linesOf(text)) !== JSON.stringify(list)) setText(list.join('\n'));
    // Only when the draft changes from elsewhere (undo, import).
  }, [JSON.stringify(list)]);
  return (
    <Field path={path} label={label} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <>
          <textarea
            id={id}
            rows={Math.min(12, Math.max(rows, list.length + 1))}
            value={text}
            spellcheck={false}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onInput={(e) => {
              const typed = e.currentTarget.value;
              setText(typed);
              const lines = linesOf(typed);
              if (write) write(lines);
              else set(path, lines.length === 0 && optional ? undefined : lines, jsonPath(path));
            }}
          />
          {children}
        </>
      )}
    </Field>
  );
}
