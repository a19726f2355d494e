// The short status line after a publish, as the real sites show one: a text that clears itself after 4 s.
// Each page renders it its own way (a React component, a DOM element) by listening here.

type Listener = (text: string) => void;
const listeners = new Set<Listener>();
let timer = 0;

export function onStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function showStatus(text: string): void {
  listeners.forEach((listener) => listener(text));
  clearTimeout(timer);
  timer = window.setTimeout(() => listeners.forEach((listener) => listener('')), 4000);
}
