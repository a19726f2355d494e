/**
 * Every string the extension shows, in English and Dutch. Plain data, so the content script, the
 * extension pages and the CLI share one table; a unit test proves both languages have every key.
 * `{name}` marks a value filled in by `format`.
 */
export const en = {
  /** The language the strings are in, for the `lang` of what shows them. */
  lang: 'en',
  question: "Is this appropriate and does it help our company's goals?",
  draftLabel: 'Your draft',
  threadPart: 'Post {n} of {total}',
  partTitle: 'Title',
  partPoll: 'Poll option {n}',
  partAlt: 'Image description',
  repostedLabel: 'The post you are about to repost',
  repostAnyway: 'Repost anyway',
  dontRepost: "Don't repost",
  // Four wordings of the reminder, taken in turn: the same warning fades after a few exposures.
  readAlong: 'Others read along: colleagues, clients and people you have never met.',
  readAlong2: 'Posts travel: a screenshot reaches people you never had in mind.',
  readAlong3: 'Clients, colleagues and future employers can read this, today and years from now.',
  readAlong4: 'Once it is posted, others decide where it goes next.',
  profileCompany: '{company} is on your profile, so readers link what you post to {company}.',
  profileNoCompany: 'Your employer is on your profile, so readers link what you post to them.',
  youDecide: 'You decide: PostPause never blocks a post.',
  postAnyway: 'Post anyway',
  keepEditing: 'Keep editing',
  countdown: 'You can post in {n} s',
  pressAgain: 'Press Post again to publish',
  findingsTitle: 'Worth a second look',
  findingsIntro: 'Our social-media code asks us to think twice about:',
  found: 'Found: {words}',
  foundNear: '{word} near {near}',
  whyFlagged: 'Why is this flagged?',
  whyMatchedWords: 'Our social-media code asks us to think twice about words like {words}.',
  wrongFlag: 'This flag is wrong',
  wrongFlagThanks: 'Thanks, noted on this device only',
  readCode: 'Read our social-media code',
  audienceTo: 'You are writing to {account}: {list}.',
  audienceMention: 'You mention {account}: {list}.',
  disclosureNote: 'You mention {brand}. Readers may not know you work for us: the advertising code asks employees to say so.',
  disclosureSuggestion: 'You could add: {suggestion}',
  disclosureCopy: 'Copy the suggestion',
  disclosureCopied: 'Copied. Paste it where it fits.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const nl: Messages = {
  lang: 'nl',
  question: 'Is dit gepast en draagt het bij aan de doelen van ons bedrijf?',
  draftLabel: 'Je concept',
  threadPart: 'Bericht {n} van {total}',
  partTitle: 'Titel',
  partPoll: 'Poll-optie {n}',
  partAlt: 'Afbeeldingsbeschrijving',
  repostedLabel: 'Het bericht dat je gaat reposten',
  repostAnyway: 'Toch reposten',
  dontRepost: 'Niet reposten',
  readAlong: "Anderen lezen mee: collega's, klanten en mensen die je nooit hebt ontmoet.",
  readAlong2: 'Berichten reizen: een screenshot bereikt mensen aan wie je niet dacht.',
  readAlong3: "Klanten, collega's en toekomstige werkgevers kunnen dit lezen, vandaag en over jaren.",
  readAlong4: 'Eenmaal geplaatst bepalen anderen waar het heen gaat.',
  profileCompany: '{company} staat op je profiel, dus lezers verbinden wat je plaatst met {company}.',
  profileNoCompany: 'Je werkgever staat op je profiel, dus lezers verbinden wat je plaatst met je werkgever.',
  youDecide: 'Jij beslist: PostPause houdt nooit een bericht tegen.',
  postAnyway: 'Toch plaatsen',
  keepEditing: 'Verder bewerken',
  countdown: 'Je kunt plaatsen over {n} s',
  pressAgain: 'Druk nogmaals op Plaatsen',
  findingsTitle: 'Even stilstaan bij',
  findingsIntro: 'Onze socialemediacode vraagt om even na te denken over:',
  found: 'Gevonden: {words}',
  foundNear: '{word} vlak bij {near}',
  whyFlagged: 'Waarom wordt dit gemarkeerd?',
  whyMatchedWords: 'Onze socialemediacode vraagt om even na te denken bij woorden als {words}.',
  wrongFlag: 'Deze markering klopt niet',
  wrongFlagThanks: 'Bedankt, alleen op dit apparaat genoteerd',
  readCode: 'Lees onze socialemediacode',
  audienceTo: 'Je schrijft aan {account}: {list}.',
  audienceMention: 'Je noemt {account}: {list}.',
  disclosureNote: 'Je noemt {brand}. Lezers weten misschien niet dat je bij ons werkt; de reclamecode vraagt medewerkers dat te vermelden.',
  disclosureSuggestion: 'Je zou kunnen toevoegen: {suggestion}',
  disclosureCopy: 'Kopieer het voorstel',
  disclosureCopied: 'Gekopieerd. Plak het waar het past.',
};

/** The reminder's wordings, in the order they take turns. */
export const REMINDERS = ['readAlong', 'readAlong2', 'readAlong3', 'readAlong4'] as const satisfies readonly MessageKey[];

export const catalogs = { en, nl } as const;
export type Locale = keyof typeof catalogs;

/** Picks the UI language: an explicit setting wins, otherwise the browser's language. */
export function resolveLocale(setting: 'auto' | Locale, browserLanguage: string | undefined): Locale {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** Fills `{name}` placeholders; unknown names are left as they are so a missing value shows. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
