/**
 * The single source of truth for what a valid setting is (zod). Used where settings enter: the service
 * worker, the options page and the CLI; never in what is injected into pages.
 * Each key is checked on its own, so one bad key falls back alone and is reported with its JSON path.
 */
import { z } from 'zod';
import { SITE_IDS } from '../sites.ts';
import { looksLikeTokenClass, TOKEN_CLASSES, tokenClassOf } from '../text/tokens.ts';
import { isCalendarDate, YEARLY } from '../season.ts';
import { SURFACE_SWITCHES } from '../surfaces.ts';
import { DEFAULTS, type Problem, type Settings, type SettingKey, type SettingsLayer, type Topic } from './settings.ts';

/**
 * What no deployment format can carry: control characters other than tab, line feed and carriage return (XML
 * 1.0, so ADMX and macOS profiles, has no way to write them), and lone surrogates (no UTF-8 file can hold one,
 * while JSON files would keep them as escapes and the formats would disagree).
 */
export function uncarriable(value: string): string | null {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) || unit === 0x7f || unit === 0xfffe || unit === 0xffff) {
      return `a control character (U+${unit.toString(16).toUpperCase().padStart(4, '0')}) that deployment files cannot carry`;
    }
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return 'half of a character (a lone surrogate) that deployment files cannot carry';
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return 'half of a character (a lone surrogate) that deployment files cannot carry';
  }
  return null;
}

const carriable = (value: string, ctx: { addIssue: (issue: { code: 'custom'; message: string; input: string }) => void }) => {
  const problem = uncarriable(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `contains ${problem}`, input: value });
};

const text = (max: number) => z.string().max(max).superRefine(carriable);

/** A keyword or context term: plain text, or a token class by its name in braces. */
const term = text(200).refine((value) => !looksLikeTokenClass(value) || tokenClassOf(value) !== undefined, {
  message: `a token class is one of ${TOKEN_CLASSES.map((name) => `{${name}}`).join(', ')}`,
});

export const ruleSchema = z
  .object({
    keyword: term.optional().meta({ description: 'A keyword as in `keywords`, or a token class: {money}, {percent}, {number}, {handle}. Give `keyword` or `keywords`.' }),
    keywords: z.array(term).max(10_000).optional().meta({ description: 'Many keywords (or token classes) with the same conditions; the same as one rule for each. Give `keyword` or `keywords`.' }),
    near: z.array(term).max(1000).optional().meta({ description: 'The keyword counts only within `within` words of one of these.' }),
    notNear: z.array(term).max(1000).optional().meta({ description: 'The keyword does not count within `within` words of any of these.' }),
    within: z.number().int().min(1).max(20).optional().meta({ description: 'How many words apart, on either side. Default 5.' }),
    strength: z.enum(['strong', 'weak']).optional().meta({ description: '"weak": counts only with another weak signal of the topic. Default "strong".' }),
  })
  .strict()
  // At the field the editor shows for the rule: `keyword` when there is one, else the `keywords` list.
  .superRefine((rule, ctx) => {
    if (rule.keyword !== undefined && rule.keywords !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['keyword'], message: 'give either "keyword" or "keywords", not both' });
    } else if (rule.keyword === undefined && rule.keywords === undefined) {
      ctx.addIssue({ code: 'custom', path: ['keywords'], message: 'give the rule a "keyword" or a list of "keywords"' });
    }
  });

const day = z.string().refine(isCalendarDate, 'use MM-DD (every year) or YYYY-MM-DD (once)');
const windowSchema = z
  .object({ from: day, until: day })
  .strict()
  .refine((w) => YEARLY.test(w.from) === YEARLY.test(w.until), { message: 'from and until are both MM-DD or both YYYY-MM-DD' })
  .refine((w) => YEARLY.test(w.from) || w.from <= w.until, { message: 'until comes before from' });

export const topicSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'use 1 to 64 letters, digits, "-" or "_"'),
    label: text(200),
    labelNl: text(200).optional(),
    keywords: z.array(text(200)).max(100_000),
    exceptions: z.array(text(200)).max(100_000).optional(),
    rules: z.array(ruleSchema).max(10_000).optional(),
    when: z.array(windowSchema).max(50).optional().meta({ description: 'When the topic applies: [{"from", "until"}], MM-DD every year (may wrap the year end) or YYYY-MM-DD once, inclusive. Always, when absent.' }),
    guidance: text(2000).optional(),
    guidanceNl: text(2000).optional(),
  })
  .strict();

const handle = text(100).regex(/^@?[A-Za-z0-9_.-]{1,60}$/, 'use a handle like @gemeente_zuid');

export const audienceSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'use 1 to 64 letters, digits, "-" or "_"'),
    label: text(200),
    labelNl: text(200).optional(),
    guidance: text(2000),
    guidanceNl: text(2000).optional(),
    handles: z.array(handle).max(10_000).optional(),
    names: z.array(text(200)).max(10_000).optional(),
  })
  .strict();

export const disclosureSchema = z
  .object({
    brands: z.array(text(200)).max(1000),
    phrases: z.array(text(200)).max(1000),
    suggestion: text(500),
  })
  .strict();

const toggles = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.boolean()])) as Record<K, z.ZodBoolean>).partial().strict();

const about = (title: string, description: string) => ({ title, description });

/**
 * One schema per setting, so that each key is validated, and falls back, on its own. The titles and
 * descriptions go into public/managed_schema.json and the deployment templates IT reads.
 */
export const settingSchemas = {
  enabled: z.boolean().meta(about('Turn PostPause on', 'Whether PostPause pauses before employees post. On by default.')),
  companyName: text(200).meta(about('Company name', 'Shown in the reminder that the company is on the employee\'s profile.')),
  question: text(300).meta(about('Question', "Replaces the default question (\"Is this appropriate and does it help our company's goals?\"). Leave empty to use the default in the employee's language.")),
  mode: z.enum(['always', 'flagged']).meta(about('Mode', '"always": pause before everything an employee posts; "flagged": pause only when a sensitive topic is found.')),
  pauseSeconds: z.number().int().min(0).max(60).meta(about('Delay when a topic is found (seconds)', 'How long "Post anyway" stays disabled when a sensitive topic is found: 0 to 60 seconds. Default 3.')),
  calmPauseSeconds: z.number().int().min(0).max(60).meta(about('Delay when nothing is found (seconds)', 'How long "Post anyway" stays disabled when nothing sensitive is found: 0 to 60 seconds. Default 0: the question still appears, but the employee can post right away.')),
  shortCalmPauses: z.boolean().meta(about('Short pauses after the first of the day', 'After the first pause of the day on a site with nothing flagged, later unflagged pauses that day show only the question, a reminder and the two buttons. Default true; flagged drafts always get the whole dialog.')),
  topics: z.array(topicSchema).max(1000).meta(about('Topics', 'The social-media code: topics with keywords, exceptions, labels and guidance.')),
  starterTopics: z.boolean().meta(about('Starter topics', "Whether the topics that come with PostPause apply alongside the company's own topics. On by default.")),
  codeUrl: z.string().superRefine(carriable).regex(/^(https?:\/\/\S+)?$/, 'use an http(s) address, or nothing').meta(about('Link to the social-media code', 'Where the full social-media code can be found, for example on the intranet.')),
  dos: z.array(text(500)).max(50).meta(about("Do's", 'Short points employees see on the welcome page and in the options.')),
  donts: z.array(text(500)).max(50).meta(about("Don'ts", 'Short points employees see on the welcome page and in the options.')),
  sites: toggles(SITE_IDS).meta(about('Sites', 'X and LinkedIn, each on (true) or off (false).')),
  surfaces: toggles(SURFACE_SWITCHES).meta(about('Pause for', 'Posts, comments, replies and reposts, each on (true) or off (false).')),
  audiences: z.array(audienceSchema).max(200).meta(about('Audiences', 'Lists of accounts (clients, competitors, journalists, politicians): replying to, commenting on, quoting, reposting or mentioning one is pointed out with the guidance.')),
  disclosure: disclosureSchema.meta(about('Disclosure', 'The employer\'s brands and the phrases that make the tie clear: a post naming a brand without one gets a note with the suggestion to add.')),
  language: z.enum(['auto', 'en', 'nl']).meta(about('Language', '"auto" follows the browser; "en" or "nl" fixes it.')),
  allowUserDisable: z.boolean().meta(about('Employees may switch PostPause off', 'Allowed by default.')),
} satisfies { [K in SettingKey]: z.ZodType };

/** `topics[2].keywords[0]` from zod's path segments. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`))
    .join('');
}

/** Problems of one zod issue, by JSON path; an unknown key is named at its own path (`sites.facebook`), not its parent's. */
function issueProblems(issue: z.core.$ZodIssue, at: readonly PropertyKey[], source: Problem['source'], suffix = ''): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ source, path: jsonPath([...at, ...issue.path, key]), message: `unknown key, ignored${suffix}` }));
  }
  return [{ source, path: jsonPath([...at, ...issue.path]), message: `${issue.message}${suffix}` }];
}

export interface Validated {
  values: SettingsLayer;
  problems: Problem[];
}

/**
 * Checks every key of `input` on its own. Unknown keys and invalid values are reported and left out; in
 * `topics`, an invalid topic is skipped and the valid ones are kept.
 */
export function validateSettings(input: unknown, source: Problem['source']): Validated {
  const values: Record<string, unknown> = {};
  const problems: Problem[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    if (input !== undefined) problems.push({ source, path: '$', message: 'expected an object of settings' });
    return { values, problems };
  }
  for (const [key, value] of Object.entries(input)) {
    if (!(key in settingSchemas)) {
      problems.push({ source, path: key, message: 'unknown setting, ignored' });
      continue;
    }
    if (key === 'topics' && Array.isArray(value)) {
      values.topics = validTopics(value, source, problems);
      continue;
    }
    const result = settingSchemas[key as SettingKey].safeParse(value);
    if (result.success) values[key] = result.data;
    else for (const issue of result.error.issues) problems.push(...issueProblems(issue, [key], source));
  }
  return { values: values as SettingsLayer, problems };
}

function validTopics(topics: unknown[], source: Problem['source'], problems: Problem[]): Topic[] {
  const kept: Topic[] = [];
  const seen = new Set<string>();
  topics.forEach((topic, i) => {
    const result = topicSchema.safeParse(topic);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(...issueProblems(issue, ['topics', i], source, '; topic skipped'));
    } else if (seen.has(result.data.id)) {
      problems.push({ source, path: jsonPath(['topics', i, 'id']), message: `duplicate topic id "${result.data.id}"; topic skipped` });
    } else {
      seen.add(result.data.id);
      kept.push(result.data);
    }
  });
  return kept;
}

/** Nested toggles fall back per key, so a policy may switch off one site and leave the other to the user. */
export function mergeSettings(...layers: SettingsLayer[]): Settings {
  const merged: Settings = structuredClone(DEFAULTS);
  for (const layer of [...layers].reverse()) {
    for (const [key, value] of Object.entries(layer) as [SettingKey, never][]) {
      if (value === undefined) continue;
      if (key === 'sites' || key === 'surfaces') Object.assign(merged[key], value);
      else merged[key] = value;
    }
  }
  return merged;
}
