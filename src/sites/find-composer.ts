/**
 * Finds the composer that owns a publish press or a focused editor, from an event's composed path (the
 * ancestor chain across shadow roots). Works only from the event: nothing here watches the page.
 */
import { readEditorText } from './read-text.ts';
import type { ButtonRule, Composer, MarkupStyle, RepostRule, SiteProfile, Surface } from './types.ts';

const BUTTON_LIKE = 'button, [role="button"], [role="menuitem"]';
/** A dialog of the site's: a button inside one publishes only what that dialog holds (never the composer under it). */
const DIALOG = 'dialog, [role="dialog"]';
/** How far above the event target a publish button may sit (icon → span → span → button). */
const MAX_BUTTON_DEPTH = 8;

const normalizedLabel = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A menu entry's own label: its first line of text (an entry may carry a description under it). */
const firstLine = (el: Element) => normalizedLabel([...el.querySelectorAll('span, div, p, strong')].find((child) => normalizedLabel(child) !== '' && !child.querySelector('span, div, p, strong')) ?? el);
const hasIcon = (el: Element) => el.querySelector('svg, img') !== null;
const isTextOnly = (el: Element) => !hasIcon(el) && normalizedLabel(el) !== '';

function ruleMatches(rule: ButtonRule, el: Element): boolean {
  if (rule.css !== undefined) return el.matches(rule.css);
  if (!el.matches(BUTTON_LIKE)) return false;
  if (rule.textOnlyIn !== undefined) {
    const scope = el.closest(rule.textOnlyIn);
    if (!scope || !isTextOnly(el)) return false;
    // The rule holds only while this button is the one text-only button of its scope.
    for (const other of scope.querySelectorAll(BUTTON_LIKE)) if (other !== el && isTextOnly(other)) return false;
    return true;
  }
  return el.closest(rule.in) !== null && rule.labels.includes(normalizedLabel(el));
}

/** The id of the first rule that recognises `el` as a publish button, or null. */
function matchButton(el: Element, style: MarkupStyle): string | null {
  for (const rule of style.buttons) if (ruleMatches(rule, el)) return rule.id;
  return null;
}

/** The first publish button inside `scope` with the rule that found it, trying rules from the most stable. */
function buttonIn(scope: Element, style: MarkupStyle): { button: HTMLElement; rule: string } | null {
  for (const rule of style.buttons) {
    const candidates = scope.querySelectorAll<HTMLElement>(rule.css ?? BUTTON_LIKE);
    for (const el of candidates) if (ruleMatches(rule, el)) return { button: el, rule: rule.id };
  }
  return null;
}

function editorRule(el: Element, style: MarkupStyle): string | null {
  for (const rule of style.editors) if (el.matches(rule.css)) return rule.id;
  return null;
}

const editorSelector = (style: MarkupStyle) => style.editors.map((r) => r.css).join(', ');

/** True when `el` is one of the style's public fields (an X Article's title textarea), read as that, not as an editor. */
const isField = (el: Element, style: MarkupStyle) => (style.fields ?? []).some((rule) => el.matches(rule.css));

/** Parent element of `el`, stepping out of a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The open shadow roots inside `root`, found when needed (a press, the popup's check), never watched. */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  return found;
}

/** Elements matching `selector` inside `root`, and inside the open shadow roots within it when none is outside. */
function queryDeep(root: ParentNode, selector: string): HTMLElement[] {
  const light = [...root.querySelectorAll<HTMLElement>(selector)];
  return light.length ? light : shadowRoots(root).flatMap((r) => [...r.querySelectorAll<HTMLElement>(selector)]);
}

/**
 * The editors that belong to `root`: every editor inside it (or in a shadow root within it) that is not inside
 * a nested composer with a publish button of its own (a reply box inside a comment thread, say), nor a
 * direct message, nor one of the composer's fields.
 */
function editorsOf(site: SiteProfile, root: Element, button: HTMLElement, style: MarkupStyle): HTMLElement[] {
  const all = queryDeep(root, editorSelector(style)).filter((el) => !el.closest(site.notPosts) && !isField(el, style));
  // Outer matches of the same editor (a wrapper and its contenteditable) collapse to the innermost.
  const editors = all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
  if (style.oneEditor) {
    const before = editors.filter((editor) => precedes(editor, button));
    const nearest = before[before.length - 1] ?? editors[0];
    return nearest ? [nearest] : [];
  }
  return editors.filter((editor) => {
    for (let el = parentOf(editor); el && el !== root; el = parentOf(el)) {
      const owned = buttonIn(el, style);
      // A box with a publish button of its own is a nested composer, unless ours is in it too (X's Promote beside Post).
      if (owned) return owned.button === button || el.contains(button);
    }
    return true;
  });
}

/** The nearest element matching `selector` that comes before `el` in document order (not around it). */
function preceding(el: Element, selector: string): Element | undefined {
  const all = [...(el.getRootNode() as ParentNode).querySelectorAll(selector)];
  return all.filter((other) => !other.contains(el) && precedes(other, el)).pop();
}

/** The accounts the composer's publish goes to, as lines of text (name and handle), each once. */
function addresseesOf(style: MarkupStyle, root: Element): string[] {
  const lines: string[] = [];
  for (const rule of style.addressees ?? []) {
    const scope = (rule.within ? root.closest(rule.within) : null) ?? (rule.before ? preceding(root, rule.before) : undefined) ?? (rule.within ? null : root);
    for (const el of scope ? scope.querySelectorAll(rule.css) : []) {
      const line = normalizedLabel(el);
      if (line && !lines.includes(line)) lines.push(line);
    }
  }
  return lines;
}

/** True when `a` comes before `b` in document order (within one tree; an editor in a shadow root counts as its host). */
function precedes(a: Element, b: Element): boolean {
  const host = (el: Element): Element => {
    const root = el.getRootNode();
    return root instanceof ShadowRoot && !root.contains(b) ? host(root.host) : el;
  };
  return Boolean(host(a).compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

function surfaceOf(root: Element, editor: Element, button: HTMLElement, style: MarkupStyle): Surface {
  const label = normalizedLabel(button);
  for (const rule of style.surfaces) {
    // Around the composer, or around its editor (LinkedIn's reply box sits beside its button row).
    if (rule.closest && (root.closest(rule.closest) || editor.closest(rule.closest))) return rule.surface;
    if (rule.labels?.includes(label)) return rule.surface;
  }
  return 'post';
}

function composerOf(site: SiteProfile, style: MarkupStyle, nearest: Element, button: HTMLElement, buttonRule: string): Composer | null {
  const scope = style.scopes?.length ? button.closest(style.scopes.map((r) => r.css).join(', ')) : null;
  const root = scope?.contains(nearest) ? scope : nearest;
  const editors = editorsOf(site, root, button, style);
  const first = editors[0];
  if (!first) return null;
  let surface = surfaceOf(root, first, button, style);
  const fields = (style.fields ?? []).flatMap((rule) =>
    [...(rule.where === 'page' ? queryDeep(document, rule.css) : queryDeep(root, rule.css))].map((el) => ({ kind: rule.kind, el })),
  );
  // A quote with no text of its own goes out as a repost of the quoted post (X's `isRetweet`).
  const quoted = surface === 'post' ? style.quoted?.map((rule) => queryDeep(root, rule.css)[0]).find(Boolean) : undefined;
  const reposts = quoted !== undefined && editors.every((editor) => readEditorText(editor).trim() === '');
  if (reposts) surface = 'repost';
  return {
    to: addresseesOf(style, root),
    site: site.id,
    style: style.id,
    inShadowRoot: root.getRootNode() instanceof ShadowRoot,
    root,
    editors,
    button,
    surface,
    fields,
    ...(reposts ? { reposted: quoted } : {}),
    rules: { button: buttonRule, editor: editorRule(first, style) ?? 'unknown' },
  };
}

const elementsOf = (path: EventTarget[]) => path.filter((t): t is Element => t instanceof Element);

/**
 * The site's markup styles, those the page (or the shadow root `at` lives in) shows first: a site serving
 * several styles at once is read in the style of the page at hand, whatever its fallback rules would allow.
 */
function stylesAt(site: SiteProfile, at: Element | undefined): MarkupStyle[] {
  const root = at?.getRootNode() as ParentNode | undefined;
  const shown = (style: MarkupStyle) => Boolean(root?.querySelector(style.detect) ?? document.querySelector(style.detect));
  return site.styles.length > 1 ? [...site.styles].sort((a, b) => Number(shown(b)) - Number(shown(a))) : site.styles;
}

/** The markup styles the page shows now, in its light DOM or its open shadow roots (for the debug view). */
export function stylesInPage(site: SiteProfile, doc: Document): string[] {
  const roots = [doc, ...shadowRoots(doc)];
  return site.styles.filter((style) => roots.some((root) => root.querySelector(style.detect))).map((style) => style.id);
}

/** The composer whose publish button is in the event path (a click, or Enter/Space on the button). */
export function composerFromPress(site: SiteProfile, path: EventTarget[]): Composer | null {
  const elements = elementsOf(path);
  const styles = stylesAt(site, elements[0]);
  for (let i = 0; i < Math.min(elements.length, MAX_BUTTON_DEPTH); i++) {
    const el = elements[i]!;
    let pressed = false;
    // The page's own style first; should its button rule match without an editor around, the next style's may
    // (a page whose every hook is gone looks like no style at all).
    for (const style of styles) {
      const rule = matchButton(el, style);
      if (!rule) continue;
      pressed = true;
      const selector = editorSelector(style);
      const dialog = el.closest(DIALOG);
      for (let root = parentOf(el); root; root = parentOf(root)) {
        // A sheet over the composer (X's "Update" or "Publish" confirmation) is the site's own second step.
        if (dialog && root !== dialog && root.contains(dialog)) return null;
        if (queryDeep(root, selector).length) return composerOf(site, style, root, el as HTMLElement, rule);
      }
    }
    if (pressed) return null;
  }
  return null;
}

/** The composer of the editor in the event path (a keyboard shortcut typed in it). */
export function composerFromEditor(site: SiteProfile, path: EventTarget[]): Composer | null {
  const elements = elementsOf(path);
  const styles = stylesAt(site, elements[0]);
  for (const el of elements) {
    let editing = false;
    // As for a press: the page's own style first, then any other whose rules find a button around this editor.
    for (const style of styles) {
      if (!editorRule(el, style)) continue;
      editing = true;
      for (let root = parentOf(el); root; root = parentOf(root)) {
        const found = buttonIn(root, style);
        if (found) return composerOf(site, style, root, found.button, found.rule);
      }
    }
    if (editing) return null;
  }
  return null;
}

function repostRuleMatches(rule: RepostRule, el: Element): boolean {
  if ('css' in rule.confirm) return el.matches(rule.confirm.css);
  return el.matches(BUTTON_LIKE) && el.closest(rule.confirm.in) !== null && rule.confirm.labels.includes(firstLine(el));
}

/** The post whose repost menu a press opened, if the press was on a repost button: to remember until its entry is pressed. */
export function repostOpenedBy(site: SiteProfile, path: EventTarget[]): { rule: string; post: Element; opener: HTMLElement } | null {
  for (const el of elementsOf(path).slice(0, MAX_BUTTON_DEPTH)) {
    for (const style of site.styles) {
      for (const rule of style.reposts ?? []) {
        if (!el.matches(rule.opener)) continue;
        const post = el.closest(rule.post);
        if (post) return { rule: rule.id, post, opener: el as HTMLElement };
      }
    }
  }
  return null;
}

/**
 * An instant repost: the press is on a repost menu entry, and `opened` is the post whose menu it is (the menu
 * itself lives elsewhere in the page, in X's #layers). The "composer" is that post, its text what goes out.
 */
export function composerFromRepost(site: SiteProfile, path: EventTarget[], opened: { rule: string; post: Element } | null): Composer | null {
  if (!opened?.post.isConnected) return null;
  for (const el of elementsOf(path).slice(0, MAX_BUTTON_DEPTH)) {
    for (const style of site.styles) {
      const rule = style.reposts?.find((r) => r.id === opened.rule);
      if (!rule || !repostRuleMatches(rule, el)) continue;
      const text = queryDeep(opened.post, rule.text)[0];
      if (!text) return null;
      return {
        site: site.id,
        style: style.id,
        inShadowRoot: opened.post.getRootNode() instanceof ShadowRoot,
        root: opened.post,
        editors: [],
        button: el as HTMLElement,
        surface: 'repost',
        fields: [],
        reposted: text,
        to: addresseesOf(style, opened.post),
        rules: { button: rule.id, editor: 'none' },
      };
    }
  }
  return null;
}

/** Every element from `el` up, across shadow roots: the path an event at `el` would take. */
function ancestry(el: Element): Element[] {
  const chain: Element[] = [];
  for (let at: Element | null = el; at; at = parentOf(at)) chain.push(at);
  return chain;
}

/**
 * The composers on the page now, each once, for the popup's report; only when asked. An open repost menu
 * counts too: its instant entry publishes (the post it belongs to is not known from the menu alone).
 */
export function composersInPage(site: SiteProfile, doc: Document): { style: string; surface: Surface; rules: Composer['rules'] }[] {
  const found: Composer[] = [];
  const reposts: { style: string; surface: Surface; rules: Composer['rules'] }[] = [];
  for (const root of [doc, ...shadowRoots(doc)]) {
    for (const style of site.styles) {
      for (const editor of root.querySelectorAll(editorSelector(style))) {
        const composer = composerFromEditor(site, ancestry(editor));
        if (composer && !found.some((c) => c.root === composer.root)) found.push(composer);
      }
      for (const rule of style.reposts ?? []) {
        const entry = [...root.querySelectorAll(BUTTON_LIKE)].some((el) => repostRuleMatches(rule, el));
        if (entry && !reposts.some((r) => r.rules.button === rule.id)) reposts.push({ style: style.id, surface: 'repost', rules: { button: rule.id, editor: 'none' } });
      }
    }
  }
  return [...found, ...reposts];
}

/** The composer's publish button now: sites re-render and move it (X moves it as posts are added). */
export function currentButton(site: SiteProfile, composer: Composer): HTMLElement | null {
  if (composer.button.isConnected) return composer.button;
  // A repost menu closed: there is no button to find again from an editor.
  if (composer.surface === 'repost' && composer.editors.length === 0) return null;
  const style = site.styles.find((s) => s.id === composer.style);
  if (!style) return null;
  for (let root: Element | null = composer.editors[0] ?? null; root; root = parentOf(root)) {
    if (!root.isConnected) return null;
    const found = buttonIn(root, style);
    if (found) return found.button;
  }
  return null;
}

/** A disabled button does not publish, so there is nothing to pause. */
export function isDisabled(button: HTMLElement): boolean {
  return (button as HTMLButtonElement).disabled === true || button.getAttribute('aria-disabled') === 'true';
}

/** The site's dialogs open now, in the page and in the composer's own tree (a shadow root): a new one after a replay is the site's next step. */
export function openDialogs(composer: Composer): Element[] {
  const trees = new Set<ParentNode>([document, composer.root.getRootNode() as ParentNode]);
  return [...trees].flatMap((tree) => [...tree.querySelectorAll(DIALOG)].filter((el) => !(el instanceof HTMLDialogElement) || el.open));
}

/** The repost rule that found a repost composer. */
const repostRuleOf = (site: SiteProfile, composer: Composer) =>
  composer.surface === 'repost' ? site.styles.flatMap((style) => style.reposts ?? []).find((r) => r.id === composer.rules.button) : undefined;

/** The button that opens a repost composer's menu again (the menu closed while the pause was open). */
export function repostOpener(site: SiteProfile, composer: Composer): HTMLElement | null {
  const rule = repostRuleOf(site, composer);
  return (rule && composer.root.isConnected && queryDeep(composer.root, rule.opener)[0]) || null;
}

/** The entry that reposts at once, in the menu open now. */
export function repostEntry(site: SiteProfile, composer: Composer): HTMLElement | null {
  const rule = repostRuleOf(site, composer);
  return (rule && queryDeep(document, BUTTON_LIKE).find((el) => repostRuleMatches(rule, el))) || null;
}
