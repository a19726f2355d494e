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
  partArticle: 'Article',
  partPoll: 'Poll option {n}',
  partAlt: 'Image description',
  repostedLabel: "The post you're about to repost",
  repostAnyway: 'Repost anyway',
  dontRepost: "Don't repost",
  // Four wordings of the reminder, taken in turn: the same warning fades after a few exposures.
  readAlong: "Others read along: colleagues, clients and people you've never met.",
  readAlong2: 'One screenshot, and your post reaches people you never had in mind.',
  readAlong3: 'Clients, colleagues and future employers can read this, today and years from now.',
  readAlong4: "Once it's online, others decide where it goes next.",
  profileCompany: 'Your profile says you work at {company}, so readers link what you post to {company}.',
  profileNoCompany: 'Your profile shows where you work, so readers link what you post to your employer.',
  youDecide: 'The choice is always yours. PostPause never blocks a post.',
  postAnyway: 'Post anyway',
  keepEditing: 'Keep editing',
  countdown: 'You can post anyway in {n} seconds',
  pressAgain: 'Almost done: press the button once more to post.',
  findingsTitle: 'Worth a second look',
  findingsIntro: 'Our social-media code asks us to think twice about:',
  found: 'In your text: {words}',
  foundNear: '{word} near {near}',
  whyFlagged: 'Why am I seeing this?',
  whyMatchedWords: 'Our social-media code asks us to think twice about words like {words}.',
  foundLearned: 'Reads like this topic: {words}',
  whyLearned: 'No keyword matched, but posts with words like {words} are often about this topic: PostPause learned that from thousands of example posts, here on your device.',
  wrongFlag: 'Not relevant here',
  wrongFlagThanks: 'Thanks, noted. It stays on this device.',
  readCode: 'Read our social-media code',
  audienceTo: 'You are writing to {account}: {list}.',
  audienceMention: 'You mention {account}: {list}.',
  disclosureNote: 'You mention {brand}. Readers may not know you work for us: the advertising code asks employees to say so.',
  disclosureSuggestion: 'You could add: {suggestion}',
  disclosureCopy: 'Copy the suggestion',
  disclosureCopied: 'Copied. Paste it where it fits.',
  countdownOne: 'You can post anyway in 1 second',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const nl: Messages = {
  lang: 'nl',
  question: 'Is dit gepast en draagt het bij aan de doelen van ons bedrijf?',
  draftLabel: 'Je concept',
  threadPart: 'Bericht {n} van {total}',
  partTitle: 'Titel',
  partArticle: 'Artikel',
  partPoll: 'Optie {n} van de peiling',
  partAlt: 'Beschrijving van de afbeelding',
  repostedLabel: 'Het bericht dat je gaat reposten',
  repostAnyway: 'Toch reposten',
  dontRepost: 'Niet reposten',
  readAlong: "Er lezen veel mensen mee: collega's, klanten en onbekenden.",
  readAlong2: 'Een screenshot is zo gemaakt, en dan belandt je bericht bij mensen aan wie je nooit had gedacht.',
  readAlong3: "Wat je nu plaatst, kunnen klanten, collega's en toekomstige werkgevers over jaren nog lezen.",
  readAlong4: 'Staat het eenmaal online, dan bepalen anderen waar het terechtkomt.',
  profileCompany: 'Op je profiel staat dat je bij {company} werkt. Lezers koppelen wat je plaatst dus ook aan {company}.',
  profileNoCompany: 'Op je profiel staat waar je werkt. Lezers koppelen wat je plaatst dus ook aan je werkgever.',
  youDecide: 'De keuze is altijd aan jou. PostPause houdt nooit iets tegen.',
  postAnyway: 'Toch plaatsen',
  keepEditing: 'Verder bewerken',
  countdown: 'Over {n} seconden kun je toch plaatsen',
  pressAgain: 'Bijna klaar: druk nog een keer op de knop om te plaatsen.',
  findingsTitle: 'Goed om even bij stil te staan',
  findingsIntro: 'Onze socialemediacode vraagt extra aandacht voor:',
  found: 'In je tekst: {words}',
  foundNear: '{word} in combinatie met {near}',
  whyFlagged: 'Waarom zie ik dit?',
  whyMatchedWords: 'Onze socialemediacode vraagt extra aandacht voor woorden als {words}.',
  foundLearned: 'Klinkt als dit onderwerp: {words}',
  whyLearned: 'Er paste geen trefwoord, maar berichten met woorden als {words} gaan vaak over dit onderwerp: PostPause leerde dat van duizenden voorbeeldberichten, hier op je apparaat.',
  wrongFlag: 'Niet van toepassing',
  wrongFlagThanks: 'Bedankt, genoteerd. Dat blijft op dit apparaat.',
  readCode: 'Lees onze socialemediacode',
  audienceTo: 'Je schrijft aan {account}: {list}.',
  audienceMention: 'Je noemt {account}: {list}.',
  disclosureNote: 'Je noemt {brand}. Lezers weten misschien niet dat je bij ons werkt; de reclamecode vraagt medewerkers dat te vermelden.',
  disclosureSuggestion: 'Je zou kunnen toevoegen: {suggestion}',
  disclosureCopy: 'Kopieer het voorstel',
  countdownOne: 'Over 1 seconde kun je toch plaatsen',
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
