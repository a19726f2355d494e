/**
 * The aftermath pack: three documents, in Dutch and in English, made from the policy, for the people around
 * a rollout: the works council (ondernemingsraad), whoever answers privacy questions (AVG/GDPR), and managers
 * after a post that went wrong. They state facts about PostPause and this policy; the judgement stays with
 * the reader (the council decides on its consent, the privacy officer on the register).
 */
import { mergeSettings } from '../../core/policy/schema.ts';
import { topicsInForce, topicText, type Settings, type SettingsLayer } from '../../core/policy/settings.ts';
import { starterTopics } from '../../core/starter/topics.ts';

type Lang = 'nl' | 'en';

const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n');

function facts(settings: Settings, lang: Lang) {
  const company = settings.companyName || (lang === 'nl' ? 'onze organisatie' : 'our organisation');
  const topics = topicsInForce(settings, starterTopics).map((topic) => topicText(topic, 'label', lang) || topic.id);
  const on = (value: boolean) => (lang === 'nl' ? (value ? 'aan' : 'uit') : value ? 'on' : 'off');
  return { company, topics, on };
}

function worksCouncil(settings: Settings, lang: Lang): string {
  const { company, topics, on } = facts(settings, lang);
  if (lang === 'nl') {
    return `# PostPause: informatie voor de ondernemingsraad van ${company}

## Waarom
${company} wil dat medewerkers vrij blijven om social media te gebruiken. Een verbod werkt niet; bewustzijn wel.
PostPause helpt daarbij: vlak voordat een medewerker iets plaatst op LinkedIn of X, stelt het één vraag:
"${settings.question || 'Is dit gepast en draagt het bij aan de doelen van ons bedrijf?'}" Het herinnert eraan dat
anderen meelezen en dat de naam van ${company} op het profiel staat.

## Wat PostPause doet
${list([
  'Het pauzeert voor het plaatsen van een bericht, reactie, antwoord of repost op LinkedIn en X, in de browser van de medewerker.',
  `Het wijst op onderwerpen uit onze socialemediacode: ${topics.join(', ')}.`,
  `Het blokkeert nooit: de medewerker kan altijd toch plaatsen${settings.pauseSeconds > 0 ? `, na ${settings.pauseSeconds} seconden als er iets is gevonden` : ''}.`,
  `Medewerkers kunnen PostPause zelf uitzetten: ${on(settings.allowUserDisable)}.`,
])}

## Wat PostPause niet doet
${list([
  'Er verlaat niets de browser: geen tekst, geen woorden, geen tellingen. Er is geen server en er worden geen gegevens verzameld.',
  'Niemand krijgt een melding: niet de leidinggevende, niet HR, niet IT.',
  'Het leest geen privéberichten: berichten in LinkedIn Messaging en X Chat worden nooit gepauzeerd.',
  'De tellingen die de medewerker zelf kan terugkijken (hoe vaak er gepauzeerd is) blijven op zijn of haar apparaat en zijn met één knop te wissen.',
])}

## Wat er wordt verwerkt, en waar
De tekst van een concept wordt alleen in de browser van de medewerker gelezen, op het moment van plaatsen, om
te kijken of er woorden uit de code in staan. Die tekst wordt nergens opgeslagen of verstuurd. ${company} ontvangt
niets.

## De instemmingsvraag (art. 27 WOR)
De ondernemingsraad heeft instemmingsrecht bij een regeling over voorzieningen die gericht zijn op of geschikt
zijn voor het waarnemen of controleren van aanwezigheid, gedrag of prestaties van medewerkers (art. 27 lid 1
onder l WOR), en bij een regeling over de verwerking van hun persoonsgegevens (onder k). De feiten hierboven
zijn voor die vraag van belang: PostPause stuurt niets naar ${company}, meldt niets en bewaart geen tekst, dus
${company} kan er niets mee waarnemen of controleren, en verwerkt er geen persoonsgegevens mee. Wij leggen de
socialemediacode en de inzet van PostPause aan u voor; het oordeel over instemming is aan de ondernemingsraad.

## Instellingen van deze uitrol
${list([
  `Wanneer pauzeren: ${settings.mode === 'always' ? 'voor elk bericht' : 'alleen als er een gevoelig onderwerp is gevonden'}.`,
  `Sites: LinkedIn ${on(settings.sites.linkedin)}, X ${on(settings.sites.x)}.`,
  `Doelgroepen (lijsten van accounts waarop gewezen wordt): ${settings.audiences.length ? settings.audiences.map((a) => a.labelNl || a.label).join(', ') : 'geen'}.`,
])}
`;
  }
  return `# PostPause: information for the works council of ${company}

## Why
${company} wants employees to stay free to use social media. A ban does not work; awareness does. PostPause helps:
just before an employee posts on LinkedIn or X, it asks one question: "${settings.question || "Is this appropriate and does it help our company's goals?"}"
It reminds them that others read along and that ${company}'s name is on their profile.

## What PostPause does
${list([
  "It pauses before a post, comment, reply or repost on LinkedIn and X, in the employee's browser.",
  `It points out topics from our social-media code: ${topics.join(', ')}.`,
  `It never blocks: the employee can always post anyway${settings.pauseSeconds > 0 ? `, after ${settings.pauseSeconds} seconds when something was found` : ''}.`,
  `Employees may switch PostPause off themselves: ${on(settings.allowUserDisable)}.`,
])}

## What PostPause does not do
${list([
  'Nothing leaves the browser: no text, no words, no counts. There is no server and nothing is collected.',
  'Nobody is notified: not the manager, not HR, not IT.',
  'It does not read private messages: LinkedIn Messaging and X Chat are never paused.',
  "The counts an employee can look back on (how often a pause happened) stay on their own device and are wiped with one button.",
])}

## What is processed, and where
The text of a draft is read only in the employee's browser, at the moment of posting, to see whether words from
the code are in it. That text is stored nowhere and sent nowhere. ${company} receives nothing.

## The consent question (Dutch Works Councils Act, art. 27)
The works council's consent is needed for arrangements concerning facilities aimed at or suitable for observing
or checking employees' attendance, behaviour or performance (art. 27(1)(l) WOR), and for arrangements on the
processing of their personal data (art. 27(1)(k)). The facts above bear on that question: PostPause sends
nothing to ${company}, reports nothing and keeps no text, so ${company} cannot observe or check anything with it and
processes no personal data with it. We put the social-media code and the use of PostPause before you; whether
consent is required is for the works council to judge.

## Settings of this rollout
${list([
  `When to pause: ${settings.mode === 'always' ? 'before every post' : 'only when a sensitive topic is found'}.`,
  `Sites: LinkedIn ${on(settings.sites.linkedin)}, X ${on(settings.sites.x)}.`,
  `Audiences (lists of accounts pointed out): ${settings.audiences.length ? settings.audiences.map((a) => a.label).join(', ') : 'none'}.`,
])}
`;
}

function privacy(settings: Settings, lang: Lang): string {
  const { company } = facts(settings, lang);
  if (lang === 'nl') {
    return `# PostPause: privacysamenvatting (AVG)

| | |
|---|---|
| Verwerkingsverantwoordelijke | ${company}, voor de inzet van PostPause en de socialemediacode |
| Welke gegevens | De tekst van een concept, op het moment van plaatsen, alleen in de browser van de medewerker |
| Waar | Op het apparaat van de medewerker. Niets wordt verstuurd: PostPause doet geen enkel netwerkverzoek |
| Hoe lang | Niet bewaard. Alleen tellingen (aantal pauzes per dag, site en onderwerp), op het apparaat zelf, 90 dagen, door de medewerker te wissen |
| Ontvangers | Geen. ${company} ontvangt niets; niemand krijgt een melding |
| Doel | De medewerker laten stilstaan bij wat hij of zij plaatst; geen controle |
| Rechten | Er is bij ${company} niets in te zien, te corrigeren of te wissen: de gegevens bestaan alleen op het apparaat van de medewerker, die ze zelf kan wissen |
| Beveiliging | De extensie vraagt alleen toegang tot opslag en tot x.com, twitter.com en www.linkedin.com |

PostPause verwerkt daarmee geen persoonsgegevens voor ${company}. Of de inzet in het verwerkingsregister hoort,
beoordeelt de functionaris gegevensbescherming of privacy officer.
`;
  }
  return `# PostPause: privacy summary (GDPR)

| | |
|---|---|
| Controller | ${company}, for the use of PostPause and the social-media code |
| What data | The text of a draft, at the moment of posting, only in the employee's browser |
| Where | On the employee's device. Nothing is sent: PostPause makes no network request at all |
| How long | Not kept. Only counts (pauses per day, site and topic), on the device itself, 90 days, wiped by the employee |
| Recipients | None. ${company} receives nothing; nobody is notified |
| Purpose | Helping the employee think before posting; not monitoring |
| Rights | There is nothing at ${company} to access, correct or erase: the data exist only on the employee's device, and they can wipe them |
| Security | The extension asks only for storage and for x.com, twitter.com and www.linkedin.com |

PostPause therefore processes no personal data for ${company}. Whether its use belongs in the record of
processing activities is for the data protection officer or privacy officer to judge.
`;
}

function managers(settings: Settings, lang: Lang): string {
  const { company, topics } = facts(settings, lang);
  if (lang === 'nl') {
    return `# Na een ongelukkig bericht: een handreiking voor leidinggevenden

Een medewerker heeft iets geplaatst dat niet goed valt. PostPause heeft niets tegengehouden, en dat is de
bedoeling: het vraagt alleen om even stil te staan. Wat nu?

1. **Ga niet in discussie over de inhoud.** Een mening mag; het gaat niet om gelijk hebben.
2. **Herinner eraan dat anderen meelezen:** collega's, klanten en mensen die je nooit hebt ontmoet, vandaag en
   over jaren.
3. **Herinner eraan dat de naam van ${company} op het profiel staat,** zodat lezers wat iemand plaatst ook aan
   ${company} koppelen.
4. **Persoonlijke meningen zijn prima; sommige onderwerpen laat je beter rusten.** Onze code noemt: ${topics.join(', ')}.
5. **Vraag wat de medewerker zelf wil doen:** laten staan, aanpassen of verwijderen. Het is zijn of haar account.
6. **Schakel Communicatie in** als er vragen van buiten komen (pers, klanten), en reageer niet zelf.

PostPause meldt niets aan u: u hoort van een bericht zoals iedereen, door het te zien.
`;
  }
  return `# After an unfortunate post: a guide for managers

An employee has posted something that did not land well. PostPause stopped nothing, and that is the point: it
only asks people to pause. What now?

1. **Do not argue about the content.** An opinion is allowed; this is not about being right.
2. **Remind them that others read along:** colleagues, clients and people they have never met, today and
   years from now.
3. **Remind them that ${company}'s name is on their profile,** so readers link what they post to ${company}.
4. **Personal opinions are fine; some topics are better left alone.** Our code names: ${topics.join(', ')}.
5. **Ask what they want to do:** leave it, change it or delete it. It is their account.
6. **Bring in Communications** when questions come from outside (press, clients), and do not answer them yourself.

PostPause tells you nothing: you learn of a post as everyone does, by seeing it.
`;
}

/** The pack's files, by their path in the export. */
export function aftermathFiles(layer: SettingsLayer): Record<string, string> {
  const settings = mergeSettings(layer);
  return {
    'aftermath/ondernemingsraad.md': worksCouncil(settings, 'nl'),
    'aftermath/works-council.md': worksCouncil(settings, 'en'),
    'aftermath/privacy-avg.md': privacy(settings, 'nl'),
    'aftermath/privacy-gdpr.md': privacy(settings, 'en'),
    'aftermath/leidinggevenden.md': managers(settings, 'nl'),
    'aftermath/managers.md': managers(settings, 'en'),
  };
}
