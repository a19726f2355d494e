/** What a site adapter knows: pure site knowledge, selectors kept as data. No matcher, no UI. */
import type { SiteId } from '../core/sites.ts';
import type { PartKind } from '../core/draft.ts';
import type { Surface } from '../core/surfaces.ts';

export type { SiteId, Surface };

/**
 * A CSS selector with a stable id (reported in the debug view); a comment beside each says where it applies.
 * Ids read `<site>.<button|editor>.<hook>[.<what>]`, the hook being how stable the rule is, and each table is
 * ordered by it, most stable first: testid, key or view (test ids, component keys, view names), class, aria (roles and labels
 * for assistive technology), structure (where the element sits), text (the button's label, English and Dutch).
 */
export interface SelectorRule {
  id: string;
  css: string;
}

/**
 * One way to recognise a publish button, tried in order from the most stable hook to the least:
 * - `css`: the button matches a selector;
 * - `textOnlyIn`: inside a scope matching this selector, it is the only button with text and no icon;
 * - `labels`: inside a scope matching `in`, its text is one of these labels (English and Dutch).
 */
export type ButtonRule =
  | (SelectorRule & { textOnlyIn?: never; labels?: never })
  | { id: string; textOnlyIn: string; css?: never; labels?: never }
  | { id: string; labels: string[]; in: string; css?: never; textOnlyIn?: never };

/** Text outside the editors that is public with the post (poll options, image descriptions, a title). */
export interface FieldRule extends SelectorRule {
  kind: Exclude<PartKind, 'post' | 'reposted'>;
  /** Where to look: inside the composer (default), or anywhere on the page (an article's title and body). */
  where?: 'composer' | 'page';
}

/**
 * An instant repost: a menu entry that publishes someone else's post at once, opened from a button on that
 * post. The post's text is what the pause shows.
 */
export interface RepostRule {
  id: string;
  /** The button on a post that opens the repost menu. */
  opener: string;
  /** The post around the opener. */
  post: string;
  /** The menu entry that reposts at once: by selector, or by its own label (its first line) in English and Dutch. */
  confirm: { css: string } | { labels: string[]; in: string };
  /** The post's text, inside `post`. */
  text: string;
}

/** Decides the surface of a composer: the first rule whose selector matches around the composer or its editor, or whose labels match the button. */
export interface SurfaceRule {
  surface: Surface;
  closest?: string;
  labels?: string[];
}

/** One markup style a site serves (LinkedIn serves several at once); detected on the page at run time. */
export interface MarkupStyle {
  id: string;
  /** Marks a page (or a shadow root in it) that serves this style: its styles are tried first there. */
  detect: string;
  buttons: ButtonRule[];
  editors: SelectorRule[];
  /**
   * Containers that hold one composer whole, where the nearest element around both button and an editor
   * is not enough (X moves the Post button into the last post of a thread).
   */
  scopes?: SelectorRule[];
  surfaces: SurfaceRule[];
  /**
   * A composer here has one editor: the nearest one before its button. LinkedIn puts a comment's button row
   * beside the comment box, so the element around both may hold other comment boxes too.
   */
  oneEditor?: boolean;
  /** Public text beside the editors, read with them. */
  fields?: FieldRule[];
  /**
   * The post a composer quotes, inside the composer. A quote with no text of its own publishes as a repost
   * (X), so then the quoted post is what the pause shows.
   */
  quoted?: SelectorRule[];
  reposts?: RepostRule[];
  /**
   * Where the page shows the account a publish goes to (the post replied to, commented on, quoted or
   * reposted): read around the composer (`within`, the nearest such ancestor) or, failing that, in the
   * nearest `before` element preceding it (the focused post above a conversation's reply box).
   */
  addressees?: (SelectorRule & { within?: string; before?: string })[];
  /**
   * How to replay a publish made with the keyboard shortcut: click the Post button, or send the keystroke
   * again. A keystroke we make carries no keyCode into the page's world, so only editors that read
   * `event.key` accept it.
   */
  replayShortcut: 'click' | 'keydown';
}

export interface Platform {
  mac: boolean;
}

/** How a site publishes from the keyboard, as the site itself decides it. */
export type ShortcutRule = (event: KeyboardEvent, platform: Platform) => boolean;

export interface SiteProfile {
  id: SiteId;
  styles: MarkupStyle[];
  /** The keyboard shortcut that publishes from inside an editor. */
  shortcut: ShortcutRule;
  /** Around editors that never publish a post (direct messages, Grok): never paused, never counted as missed. */
  notPosts: string;
}

/** A composer found from a publish press or a focused editor. */
export interface Composer {
  site: SiteId;
  style: string;
  /** True inside a shadow root (LinkedIn's #interop-outlet). */
  inShadowRoot: boolean;
  /** The nearest element holding both the editor(s) and the publish button. */
  root: Element;
  editors: HTMLElement[];
  button: HTMLElement;
  surface: Surface;
  /** Public text beside the editors (poll options, image descriptions, a title), with what each is. */
  fields: { kind: FieldRule['kind']; el: HTMLElement }[];
  /** For a repost (or a quote with no text): the text of the post that goes out. */
  reposted?: HTMLElement;
  /** The accounts the publish goes to, as the page shows them ("Gemeente Zuid @gemeente_zuid"). */
  to: string[];
  /** Which rules found the button and the editor, for the debug view and drift reports. */
  rules: { button: string; editor: string };
}
