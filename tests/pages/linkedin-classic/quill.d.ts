// The part of quill 1.3.7 (which ships no types) that the LinkedIn classic demo page uses.
declare module 'quill' {
  export interface QuillKeyBinding {
    key: string | number;
    shortKey?: boolean | null;
    ctrlKey?: boolean | null;
    metaKey?: boolean | null;
    shiftKey?: boolean | null;
    altKey?: boolean | null;
    /** Return true to let later bindings and the browser handle the key. */
    handler(this: unknown, range: unknown, context: unknown): boolean | void;
  }
  export interface QuillOptions {
    theme?: string;
    placeholder?: string;
    readOnly?: boolean;
    formats?: string[];
    modules?: {
      toolbar?: false;
      keyboard?: { bindings?: Record<string, QuillKeyBinding> };
      [name: string]: unknown;
    };
  }
  /** Quill's selection tracker; its two document-bound methods are patched for shadow roots. */
  export interface QuillSelection {
    getNativeRange(): unknown;
    hasFocus(): boolean;
    normalizeNative(range: Range): unknown;
  }
  export interface QuillEmitter {
    handleDOM(event: Event): void;
  }
  export default class Quill {
    constructor(container: Element, options?: QuillOptions);
    readonly root: HTMLDivElement;
    readonly container: HTMLDivElement;
    readonly selection: QuillSelection;
    readonly emitter: QuillEmitter;
    getText(index?: number, length?: number): string;
    getLength(): number;
    setText(text: string, source?: 'api' | 'user' | 'silent'): unknown;
    focus(): void;
    setSelection(index: number, length: number, source?: 'api' | 'user' | 'silent'): void;
    blur(): void;
    hasFocus(): boolean;
    on(event: 'text-change', handler: (delta: unknown, oldDelta: unknown, source: string) => void): this;
    on(event: string, handler: (...args: unknown[]) => void): this;
  }
}
