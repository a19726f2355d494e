/**
 * The bundled starter code: topics to think twice about, with keywords in Dutch and English. Each topic's
 * keywords, exceptions and rules live in a file of their own (politics.ts, religion.ts, …), with the reasons
 * for what is left to context; labels and guidance stay here. Built for recall on the sensitive posts people
 * really write and for precision on an ordinary company's posts (the company party, the 5G mast we built, the
 * church we restored, 'woke up at 4', published results); measured with `node scripts/eval.mjs --tuning-only`
 * on tests/eval/sets/. Guidance is a reason to think, never a ban.
 *
 * Ambiguous words are rules (src/core/matcher/compile.ts): counted only near the words that make them
 * sensitive ('kabinet' not near a cupboard, an amount near a bid or a margin), or weak signals that count
 * only two together ('coalitie' and 'minister', 'Ramadan' and 'iftar'). Each topic also carries learned weights
 * (learned.ts, `npm run train`), with which a pause weighs what the keywords found (../learned/weigh.ts).
 */
import type { StarterTopic } from '../policy/settings.ts';
import { learned } from './learned.ts';
import { confidential as confidentialTerms } from './confidential.ts';
import { conspiracy as conspiracyTerms } from './conspiracy.ts';
import { cultureWar as cultureWarTerms } from './culture-war.ts';
import { hostility as hostilityTerms } from './hostility.ts';
import { politics as politicsTerms } from './politics.ts';
import { religion as religionTerms } from './religion.ts';
import { sexuality as sexualityTerms } from './sexuality.ts';
import { withBothQuotes } from './rules.ts';

const politics = withBothQuotes(politicsTerms);
const religion = withBothQuotes(religionTerms);
const sexuality = withBothQuotes(sexualityTerms);
const conspiracy = withBothQuotes(conspiracyTerms);
const cultureWar = withBothQuotes(cultureWarTerms);
const confidential = withBothQuotes(confidentialTerms);
const hostility = withBothQuotes(hostilityTerms);

export const starterTopics: StarterTopic[] = [
  {
    id: 'politics',
    label: 'Politics',
    labelNl: 'Politiek',
    guidance:
      'Your political views are your own, but your profile links them to us. Would you say this at a client meeting?',
    guidanceNl:
      'Je politieke mening is van jou, maar je profiel verbindt die met ons. Zou je dit ook bij een klant zeggen?',
    keywords: [
      ...politics.keywords,
    ],
    exceptions: politics.exceptions,
    rules: politics.rules,
  },
  {
    id: 'religion',
    label: 'Religion',
    labelNl: 'Religie',
    guidance:
      'Faith is personal and colleagues and clients believe many different things. Does this post need it?',
    guidanceNl:
      'Geloof is persoonlijk, en collega\'s en klanten geloven heel verschillende dingen. Heeft dit bericht dat nodig?',
    keywords: [
      ...religion.keywords,
    ],
    exceptions: religion.exceptions,
    rules: religion.rules,
  },
  {
    id: 'sexuality',
    label: 'Sexuality and gender',
    labelNl: 'Seksualiteit en gender',
    guidance:
      'Sexuality and gender are personal and can hurt people close by. Would everyone you work with read this well?',
    guidanceNl:
      'Seksualiteit en gender zijn persoonlijk en kunnen mensen dichtbij raken. Leest iedereen met wie je werkt dit goed?',
    keywords: [
      ...sexuality.keywords,
    ],
    exceptions: sexuality.exceptions,
    rules: sexuality.rules,
  },
  {
    id: 'conspiracy',
    label: 'Conspiracy theories and misinformation',
    labelNl: 'Complottheorieën en desinformatie',
    guidance:
      'Claims like this spread fast and stick to whoever shares them. Is it checked, and is it yours to share?',
    guidanceNl:
      'Zulke beweringen verspreiden zich snel en blijven kleven aan wie ze deelt. Is het gecheckt, en is het aan jou om te delen?',
    keywords: [
      ...conspiracy.keywords,
    ],
    exceptions: conspiracy.exceptions,
    rules: conspiracy.rules,
  },
  {
    id: 'culture-war',
    label: 'Culture war and polarising debates',
    labelNl: 'Cultuurstrijd en polariserende debatten',
    guidance:
      'These debates divide people, including colleagues and clients. Is a post the place, and is this the tone?',
    guidanceNl:
      'Deze debatten verdelen mensen, ook collega\'s en klanten. Is een bericht de plek, en is dit de toon?',
    keywords: [
      ...cultureWar.keywords,
    ],
    exceptions: cultureWar.exceptions,
    rules: cultureWar.rules,
  },
  {
    id: 'confidential',
    label: 'Confidential matters',
    labelNl: 'Vertrouwelijke zaken',
    guidance:
      'Only share what the company has made public. Unannounced deals, figures and plans stay inside until Communications says so.',
    guidanceNl:
      'Deel alleen wat het bedrijf al openbaar heeft gemaakt. Onaangekondigde deals, cijfers en plannen blijven binnen tot Communicatie het zegt.',
    keywords: [
      ...confidential.keywords,
    ],
    exceptions: confidential.exceptions,
    rules: confidential.rules,
  },
  {
    id: 'hostility',
    label: 'Hostility and insults',
    labelNl: 'Vijandigheid en beledigingen',
    guidance:
      'Strong words about people say more about the writer. Would you say it to their face, with your manager beside you?',
    guidanceNl:
      'Harde woorden over mensen zeggen meer over de schrijver. Zou je het recht in hun gezicht zeggen, met je leidinggevende ernaast?',
    keywords: [
      ...hostility.keywords,
    ],
    exceptions: hostility.exceptions,
    rules: hostility.rules,
  },
].map((topic) => (learned[topic.id] ? { ...topic, learned: learned[topic.id] } : topic));
