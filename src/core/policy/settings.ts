/**
 * The settings every part of PostPause reads, and their defaults. Plain types and data (no zod), so the
 * content script can hold a ready configuration without carrying the validator. The zod schema in
 * ./schema.ts is the single source of truth for what is valid; a unit test keeps the two in step.
 */
import { catalogs, type Locale, type Messages } from '../i18n/messages.ts';
import type { LearnedWeights } from '../learned/packed.ts';
import type { KeywordRule } from '../matcher/compile.ts';
import type { Audience } from '../audience.ts';
import type { Disclosure } from '../disclosure.ts';
import type { Window } from '../season.ts';
import { SITE_IDS, type SiteId } from '../sites.ts';
import { SURFACE_SWITCHES, type SurfaceSwitch } from '../surfaces.ts';

export type Mode = 'always' | 'flagged';
export type Language = 'auto' | 'en' | 'nl';
/**
 * A topic of a code. `label` and `guidance` are shown to employees, in English or in the code's own
 * language; `labelNl` and `guidanceNl` give the Dutch texts where they differ.
 */
export interface Topic {
  id: string;
  label: string;
  labelNl?: string;
  keywords: string[];
  exceptions?: string[];
  /** Keywords with conditions: context, token classes, weak or strong (see the README's table). */
  rules?: KeywordRule[];
  /** When the topic applies (a season, a campaign, a quiet period); always when absent. */
  when?: Window[];
  guidance?: string;
  guidanceNl?: string;
}

/** A topic of the bundled starter code: it may carry learned weights, which no policy or option can set. */
export interface StarterTopic extends Topic {
  learned?: LearnedWeights;
}

export interface Settings {
  /** Whether PostPause pauses at all (the user may switch it off only when allowUserDisable). */
  enabled: boolean;
  companyName: string;
  /** Overrides the default question; empty means the default, in the user's language. */
  question: string;
  mode: Mode;
  /** How long "Post anyway" waits when something was flagged. */
  pauseSeconds: number;
  /** How long it waits when nothing was flagged (the question still shows). */
  calmPauseSeconds: number;
  /** After the first unflagged pause of the day on a site, later unflagged pauses that day are short. */
  shortCalmPauses: boolean;
  topics: Topic[];
  starterTopics: boolean;
  codeUrl: string;
  dos: string[];
  donts: string[];
  sites: Record<SiteId, boolean>;
  surfaces: Record<SurfaceSwitch, boolean>;
  audiences: Audience[];
  /** No brands: no nudge. */
  disclosure: Disclosure;
  language: Language;
  allowUserDisable: boolean;
}

export type SettingKey = keyof Settings;

/** What an employee may set in the options, where the policy leaves it open; the rest is the employer's code. */
export const USER_KEYS = ['enabled', 'language', 'pauseSeconds', 'calmPauseSeconds', 'shortCalmPauses', 'sites', 'surfaces'] as const satisfies readonly SettingKey[];
export type UserKey = (typeof USER_KEYS)[number];

/** Settings from one source (policy or options): any key may be missing, and so may one site or surface. */
export type SettingsLayer = Partial<Omit<Settings, 'sites' | 'surfaces'>> & {
  sites?: Partial<Settings['sites']>;
  surfaces?: Partial<Settings['surfaces']>;
};

export const DEFAULTS: Settings = {
  enabled: true,
  companyName: '',
  question: '',
  mode: 'always',
  pauseSeconds: 3,
  calmPauseSeconds: 0,
  shortCalmPauses: true,
  topics: [],
  starterTopics: true,
  codeUrl: '',
  dos: [],
  donts: [],
  sites: Object.fromEntries(SITE_IDS.map((site) => [site, true])) as Record<SiteId, boolean>,
  surfaces: Object.fromEntries(SURFACE_SWITCHES.map((surface) => [surface, true])) as Record<SurfaceSwitch, boolean>,
  audiences: [],
  disclosure: { brands: [], phrases: [], suggestion: '' },
  language: 'auto',
  allowUserDisable: true,
};

/** What the options page shows: the settings in force, which the policy locks, and what was wrong. */
export interface SettingsState {
  settings: Settings;
  /** Keys the managed policy sets: shown as "Managed by your organization", not editable. */
  locked: SettingKey[];
  problems: Problem[];
  /** The user's own options as stored. */
  options: SettingsLayer;
}

/** A problem found in a policy or options, named by its JSON path (`topics[2].keywords[0]`). */
export interface Problem {
  source: 'policy' | 'options';
  path: string;
  message: string;
}

/** A topic ready for a page: its texts in the user's language. */
export interface PageTopic {
  id: string;
  label: string;
  guidance: string;
  keywords: string[];
  exceptions: string[];
  rules: KeywordRule[];
  when?: Window[];
  learned?: LearnedWeights;
}

/** An audience ready for a page: its texts in the user's language. */
export interface PageAudience {
  id: string;
  label: string;
  guidance: string;
  handles: string[];
  names: string[];
}

/** A topic's label or guidance in `locale`: the Dutch text where there is one, the main text otherwise. */
export function topicText(topic: Topic, field: 'label' | 'guidance', locale: Locale): string {
  const dutch = field === 'label' ? topic.labelNl : topic.guidanceNl;
  return (locale === 'nl' && dutch) || topic[field] || '';
}

/**
 * What the service worker hands the content script: validated settings with the starter code's topics
 * already merged in. Nothing in it needs checking again.
 */
/** The settings a page reads as they are; topics and audiences it gets in the user's language. */
type PageSettingKey = 'enabled' | 'companyName' | 'question' | 'mode' | 'pauseSeconds' | 'calmPauseSeconds' | 'shortCalmPauses' | 'codeUrl' | 'sites' | 'surfaces' | 'disclosure';

export interface PageConfig extends Pick<Settings, PageSettingKey> {
  /** Every string the page shows, already in the user's language. */
  messages: Messages;
  topics: PageTopic[];
  audiences: PageAudience[];
}

/** The topics in force: the starter code's (when on), then the employer's; one with a starter topic's id replaces it. */
export function topicsInForce(settings: Pick<Settings, 'topics' | 'starterTopics'>, starter: StarterTopic[]): StarterTopic[] {
  const kept = settings.starterTopics ? starter.filter((s) => !settings.topics.some((t) => t.id === s.id)) : [];
  return [...kept, ...settings.topics];
}

/** A topic as pages use it: its texts in `locale`, nothing left optional. */
export function pageTopic(topic: StarterTopic, locale: Locale): PageTopic {
  return {
    id: topic.id,
    label: topicText(topic, 'label', locale) || topic.id,
    guidance: topicText(topic, 'guidance', locale),
    keywords: topic.keywords,
    exceptions: topic.exceptions ?? [],
    rules: topic.rules ?? [],
    ...(topic.when ? { when: topic.when } : {}),
    ...(topic.learned ? { learned: topic.learned } : {}),
  };
}

/** The ready configuration for pages, with the texts in `locale`. */
export function pageConfigOf(settings: Settings, starter: StarterTopic[], locale: Locale): PageConfig {
  return {
    messages: catalogs[locale],
    enabled: settings.enabled,
    companyName: settings.companyName,
    question: settings.question,
    mode: settings.mode,
    pauseSeconds: settings.pauseSeconds,
    calmPauseSeconds: settings.calmPauseSeconds,
    shortCalmPauses: settings.shortCalmPauses,
    topics: topicsInForce(settings, starter).map((topic) => pageTopic(topic, locale)),
    codeUrl: settings.codeUrl,
    sites: settings.sites,
    surfaces: settings.surfaces,
    audiences: settings.audiences.map((audience) => ({
      id: audience.id,
      label: (locale === 'nl' && audience.labelNl) || audience.label,
      guidance: (locale === 'nl' && audience.guidanceNl) || audience.guidance,
      handles: audience.handles ?? [],
      names: audience.names ?? [],
    })),
    disclosure: settings.disclosure,
  };
}
