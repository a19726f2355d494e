/**
 * Whether the site shows itself light or dark (X's "Lights out", LinkedIn's dark mode), read once when the
 * pause opens, so our dialog matches the page rather than only the system setting.
 */
export function siteTheme(doc: Document = document): 'light' | 'dark' | undefined {
  for (const el of [doc.body, doc.documentElement]) {
    const rgba = getComputedStyle(el).backgroundColor.match(/[\d.]+/g)?.map(Number);
    // Transparent: look further up; no colour at all: follow the system.
    if (!rgba || rgba.length < 3 || rgba[3] === 0) continue;
    const [r, g, b] = rgba as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return undefined;
}
