// The few types the X demo page needs from react, react-dom and draft-js, which ship no types here
// (the project itself is typed for preact). The page's .tsx files use `@jsxImportSource react`;
// HTML elements reuse preact's attribute types, which accept React's spelling (className, onClick…).

declare module 'react' {
  export type Key = string | number;
  export interface ReactElement {
    type: unknown;
    props: unknown;
    key: string | null;
  }
  export type ReactNode = ReactElement | string | number | bigint | boolean | null | undefined | Iterable<ReactNode>;
  export interface MutableRefObject<T> {
    current: T;
  }
  export type Dispatch<A> = (action: A) => void;
  export type SetStateAction<S> = S | ((previous: S) => S);
  export function useState<S>(initial: S | (() => S)): [S, Dispatch<SetStateAction<S>>];
  export function useRef<T>(initial: T): MutableRefObject<T>;
  export function useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
  export function useLayoutEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
  export function useMemo<T>(factory: () => T, deps: readonly unknown[]): T;
  export class Component<P = object, S = object> {
    constructor(props: P);
    readonly props: Readonly<P>;
    state: Readonly<S>;
    setState(state: Partial<S>): void;
    render(): ReactNode;
  }
  export const Fragment: unique symbol;
}

declare module 'react/jsx-runtime' {
  import type { JSX as PreactJSX } from 'preact';
  import type { Key, ReactElement, ReactNode } from 'react';
  export namespace JSX {
    type Element = ReactElement;
    interface ElementClass {
      render(): ReactNode;
    }
    interface ElementAttributesProperty {
      props: object;
    }
    interface ElementChildrenAttribute {
      children: object;
    }
    interface IntrinsicAttributes {
      key?: Key | null | undefined;
    }
    interface IntrinsicClassAttributes<T> {
      ref?: { current: T | null } | ((instance: T | null) => void) | undefined;
    }
    // Declaration merging: React's JSX namespace takes Preact's elements, so it must extend, not alias.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends PreactJSX.IntrinsicElements {}
  }
  export function jsx(type: unknown, props: object, key?: Key): ReactElement;
  export function jsxs(type: unknown, props: object, key?: Key): ReactElement;
  export const Fragment: unique symbol;
}

declare module 'react-dom' {
  import type { ReactElement, ReactNode } from 'react';
  export function createPortal(children: ReactNode, container: Element): ReactElement;
}

declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element): Root;
}

declare module 'draft-js' {
  import { Component } from 'react';
  export class ContentState {
    static createFromText(text: string, delimiter?: string): ContentState;
    getPlainText(delimiter?: string): string;
    hasText(): boolean;
  }
  export class EditorState {
    static createEmpty(): EditorState;
    static createWithContent(contentState: ContentState): EditorState;
    static moveFocusToEnd(editorState: EditorState): EditorState;
    getCurrentContent(): ContentState;
  }
  export type DraftHandleValue = 'handled' | 'not-handled';
  /** React's synthetic keydown event, as Draft passes it to keyBindingFn. */
  export interface SyntheticKeyboardEvent {
    readonly key: string;
    readonly keyCode: number;
    readonly altKey: boolean;
    readonly ctrlKey: boolean;
    readonly metaKey: boolean;
    readonly shiftKey: boolean;
    readonly isTrusted: boolean;
    readonly nativeEvent: KeyboardEvent;
  }
  export interface EditorProps {
    editorState: EditorState;
    onChange(editorState: EditorState): void;
    placeholder?: string;
    ariaLabel?: string;
    ariaMultiline?: boolean;
    webDriverTestID?: string;
    spellCheck?: boolean;
    stripPastedStyles?: boolean;
    keyBindingFn?(event: SyntheticKeyboardEvent): string | null;
    handleKeyCommand?(command: string, editorState: EditorState, eventTimeStamp: number): DraftHandleValue;
  }
  export class Editor extends Component<EditorProps> {
    focus(): void;
    blur(): void;
  }
  export function getDefaultKeyBinding(event: SyntheticKeyboardEvent): string | null;
  export const KeyBindingUtil: {
    hasCommandModifier(event: SyntheticKeyboardEvent): boolean;
    isCtrlKeyCommand(event: SyntheticKeyboardEvent): boolean;
    isOptionKeyCommand(event: SyntheticKeyboardEvent): boolean;
  };
}
