/**
 * Small helpers for writing the starter code's rules, and the context lists several topics share. Every
 * rule is data in the schema's shape (see ../matcher/compile.ts, KeywordRule): these helpers only save
 * repeating the same conditions for a family of keywords.
 */
import { keywordsOf, type KeywordRule } from '../matcher/compile.ts';

/** What a starter topic contributes beside its labels and guidance. */
export interface StarterTerms {
  keywords: string[];
  exceptions: string[];
  rules: KeywordRule[];
}

type Conditions = Omit<KeywordRule, 'keyword' | 'keywords'>;

/** A list without repeats, for context lists put together from others. */
export const unique = (...lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];

/** A term in scare quotes is written once, as 'word'; posts put "word" in double quotes as often. */
const quoteForms = (term: string): string[] => (/^'[^']+'$/.test(term) ? [term, `"${term.slice(1, -1)}"`] : [term]);
const bothQuotes = (terms: readonly string[]): string[] => unique(terms.flatMap(quoteForms));

/** A starter topic's terms with every scare-quoted keyword and context term in both kinds of quotes. */
export function withBothQuotes({ keywords, exceptions, rules }: StarterTerms): StarterTerms {
  return {
    keywords: bothQuotes(keywords),
    exceptions,
    rules: rules.map((rule) => {
      const { keyword, keywords: _many, ...conditions } = rule;
      const forms = bothQuotes(keywordsOf(rule));
      return {
        ...(keyword !== undefined && forms.length === 1 ? { keyword } : { keywords: forms }),
        ...conditions,
        ...(conditions.near ? { near: bothQuotes(conditions.near) } : {}),
        ...(conditions.notNear ? { notNear: bothQuotes(conditions.notNear) } : {}),
      };
    }),
  };
}

/** The same conditions for each of `keywords`: one rule that names them all. */
export const each = (keywords: readonly string[], conditions: Conditions): KeywordRule[] => [{ keywords, ...conditions }];

/** Weak signals: each counts only together with another weak signal (or a strong one) of its topic. */
export const weak = (keywords: readonly string[], conditions: Omit<Conditions, 'strength'> = {}): KeywordRule[] =>
  [{ keywords, ...conditions, strength: 'weak' }];

/**
 * Where a name or a word is about a colleague, a namesake or a joke about a surname, not a politician:
 * "Welkom Sandra van der Plas", "Sarah Starmer (no relation)".
 */
export const NAMESAKE = [
  'welkom', 'welcome', 'nieuwe collega', 'new colleague', 'new hire', 'no relation', 'geen familie', 'achternaam',
  'surname', 'namesake', 'naamgenoot', 'gefeliciteerd', 'proficiat', 'congrat*', 'heet', 'niet die', 'onze collega',
  'our colleague', 'jubileum', 'jarig', 'anniversary', 'birthday', 'verjaardag', 'retire*', 'pensioen', 'in dienst',
  'promotion', 'promoted', 'not the politician', 'niet de politicus', 'niet die van', 'from our', 'van onze',
  'van inkoop', 'van de afdeling', 'from accounting', 'our new intern', 'onze nieuwe', 'vraag het even aan',
  // A firm's name: "Timmermans & Zonen Aannemers", "Rutte & Partners Advocaten".
  'zonen', 'aannemers', 'advocaten', 'notarissen', '& partners',
  // A colleague by their department: "Timmermans van Facilitair".
  'van facilitair', 'van hr', 'van it', 'van sales', 'van finance', 'van marketing', 'van legal', 'van de receptie',
  'from hr', 'from it', 'from sales', 'from finance', 'from marketing', 'from legal',
];

/**
 * Buildings told as work: a church, mosque, synagogue or asylum centre we build, restore or fit out is a
 * project, not a belief or a position.
 */
export const BUILDING_WORK = [
  'opgeleverd', 'opleve*', 'restaur*', 'restor*', 'renov*', 'verbouw*', 'nieuwbouw', 'gebouwd', 'bouwplaats',
  'steiger*', 'dak', 'daken', 'leien', 'gevel*', 'koepel', 'minaret', 'torenspits', 'fundering*', 'install*',
  'elektrotechni*', 'sloop', 'aannemer*', 'opdrachtgever', 'architect*', 'monument*', 'erfgoed', 'glas-in-lood',
  'orgel', 'kerkrentmeesters', 'voegwerk', 'bouwcombinatie', 'woonunits', 'modul*', 'slaapplaatsen', 'zonnepanelen',
  'built', 'building work', 'construction', 'roof', 'facade', 'scaffolding', 'contractor*', 'heritage', 'belfry',
  'spire', 'masonry', 'stained*', 'refurbish*', 'retrofit', 'cladding', 'units', 'fit-out', 'warmtepomp*',
  'verwarming*', 'vloerverwarming', 'hvac', 'ventilatie', 'heating', 'heat pump', 'heat pumps', 'plumbing', 'loodgieter*',
  'bekabeling', 'elektra', 'vergunning', 'permit', 'steel', 'staal', 'structural', 'topping out', 'hoogste punt',
  'frame', 'tonnes',
  // A building put to other use: "a converted church, now an event venue".
  'converted', 'event venue', 'evenementenlocatie', 'coworking',
];

/** The strongest of PUBLISHED, for the many weak signals that only need the obvious cases. */
export const PUBLISHED_CORE = [
  'persbericht*', 'press release', 'press releases', 'jaarverslag', 'annual report', 'publiceerden', 'gepubliceerd',
  'published', 'aangekondigd', 'announced', 'bekendgemaakt', 'persconferentie', 'vacature*', 'sollicit*', 'hiring',
  'website', 'results are out', 'results were published', 'investor*', 'full report', 'jaarcijfers',
  'kwartaalcijfers', 'halfjaarcijfers', 'webcast', 'per share', 'per aandeel', 'trading update',
];

/**
 * Figures that are already public: published results, press releases, announced awards, job ads and price
 * lists. Amounts near these are news, not leaks.
 */
export const PUBLISHED = [
  'persbericht', 'persberichten', 'press release', 'press releases', 'jaarverslag', 'jaarcijfers', 'kwartaalcijfers',
  'halfjaarcijfers', 'jaarrekening', 'annual report', 'trading update', 'half-year results', 'results are out',
  'results were published', 'published', 'publiceerden', 'gepubliceerd', 'publiceren', 'openbaar',
  'investor relations', 'investor page', 'investors', 'beleggers', 'website', 'aangekondigd', 'announced',
  'bekendgemaakt', 'bekend gemaakt', 'persconferentie', 'press conference', 'tenderned', 'gunningsbeslissing',
  'award decision', 'vacature', 'vacatures', 'we zoeken', 'wij zoeken', 'zoeken wij', 'sollicit*', 'hiring', 'apply',
  'salary range', 'salarisindicatie', 'wat bieden we', 'wat we bieden', 'what you get', 'price list', 'prijslijst',
  'pricing page', 'careers', 'careers page', 'werkenbij', 'werken bij', 'starting salary', 'startsalaris', 'webcast',
  'opgehaald', 'raised', 'fundraising', 'goede doel', 'donatie', 'donated', 'gedoneerd',
];

/**
 * An opinion announced ("ik zeg het gewoon:", "let's be honest", "unpopular opinion"): ordinary alone, but
 * beside a topic's weak term it marks a position taken, not news told. Weak in each topic that uses it.
 */
export const STANCE = [
  'ik zeg het gewoon', 'ik ga het gewoon zeggen', 'ik zeg het maar', 'zeg ik het maar', 'ik zeg het eerlijk',
  'laten we eerlijk zijn', 'eerlijk is eerlijk', 'ik durf het te zeggen', 'mag ik dat zeggen', 'mag dat nog gezegd',
  'dat mag je niet meer zeggen', 'i\'ll say it', 'i will say it', 'i\'m going to say it', 'i am going to say it',
  'i\'ll just say it', 'let\'s be honest', 'let\'s be real', 'to be blunt', 'unpopular opinion', 'hot take',
  'controversial opinion', 'controversial take', 'impopulaire mening', 'controversiële mening', 'say it out loud',
  'what everyone\'s thinking', 'what everyone is thinking', 'wat iedereen denkt', 'not allowed to say',
  'can\'t say that anymore', 'niemand durft het te zeggen', 'het moet gezegd', 'it needs to be said',
  'someone has to say it', 'iemand moet het zeggen',
];
