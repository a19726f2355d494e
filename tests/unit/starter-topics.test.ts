// The starter code topic by topic: what it must flag, the look-alikes it must let pass, and the rules that tell
// them apart. The posts here are written for these tests (none comes from tests/eval/sets/).
import { describe, expect, it } from 'vitest';
import { unpackWeights } from '../../src/core/learned/packed.ts';
import { compileMatcher, keywordsOf } from '../../src/core/matcher/compile.ts';
import { findMatches } from '../../src/core/matcher/match.ts';
import { ruleSchema, topicSchema } from '../../src/core/policy/schema.ts';
import { starterTopics } from '../../src/core/starter/topics.ts';

const matcher = compileMatcher(starterTopics);
const topicsIn = (text: string) => [...new Set(findMatches(matcher, text).map((f) => f.topic))];

describe('the starter code, as data', () => {
  it('keeps its topics, in order, each valid under the schema, with every rule valid on its own', () => {
    expect(starterTopics.map((t) => t.id)).toEqual(['politics', 'religion', 'sexuality', 'conspiracy', 'culture-war', 'confidential', 'hostility']);
    for (const topic of starterTopics) {
      // The learned weights are the starter code's own, not part of a code an employer could write.
      const { learned, ...code } = topic;
      expect(learned && learned.weights.length > 0 && unpackWeights(learned).size === learned.weights.length, topic.id).toBe(true);
      const parsed = topicSchema.safeParse(code);
      expect(parsed.success, `${topic.id}: ${parsed.error?.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`).toBe(true);
      for (const rule of topic.rules ?? []) expect(ruleSchema.safeParse(rule).success, `${topic.id}: ${keywordsOf(rule).join(', ')}`).toBe(true);
      for (const term of [...topic.keywords, ...(topic.exceptions ?? [])]) expect(term.length).toBeLessThanOrEqual(200);
    }
  });

  it('writes every \'*\' as a wildcard the matcher understands: at the start or end of a single word', () => {
    const cursed = new Set(['f*ck', 'f***', 'f**k', 'a**', 'a**hole', 'c*nt', 'c*nts', 'f*g', 'f*gs', 'f*ggot', 'b*tch', 'l*l']);
    for (const topic of starterTopics) {
      const terms = [...topic.keywords, ...(topic.exceptions ?? []), ...(topic.rules ?? []).flatMap((r) => [...keywordsOf(r), ...(r.near ?? []), ...(r.notNear ?? [])])];
      for (const term of terms) if (term.includes('*') && !cursed.has(term)) expect(term, topic.id).toMatch(/^\*?[\p{L}\p{N}]+\*?$/u);
    }
  });

  it('reports a finding with its offsets into the original text', () => {
    const text = 'Na de verkiezingen: zo’n kabinet van Wilders? Nee dank je, stelletje prutsers.';
    const findings = findMatches(matcher, text);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.match);
  });
});

describe.each([
  ['politics', [
    'Wie nu nog VVD stemt, wil blijkbaar dat de woningmarkt op slot blijft.',
    'Het nieuwe kabinet schrapt de subsidie voor warmtepompen. Kortzichtig en slecht voor onze sector.',
    'Dat de provincie de coalitie laat klappen over één windmolen, zegt alles over de bestuurscultuur.',
    'Bart De Wever moet eens stoppen met besparen op het openbaar vervoer.',
    'Ik ga dit jaar voor het eerst JA21 stemmen. Genoeg van de linkse hobby\'s.',
    'Vote them out in November. Every single one who voted against the housing bill.',
    'The Labour government promised 1.5 million homes. We have not seen a single extra permit.',
    'Starmer has been PM for a year and my energy bill is still through the roof.',
    'Brexit was the worst economic decision of my lifetime.',
  ]],
  ['religion', [
    'Elke ochtend begin ik mijn dienst met een kort gebed. Het geeft me rust.',
    'Waarom moeten wij rekening houden met de feestdagen van elk geloof? Werk is werk.',
    'Zondag is voor de Heer, dus ik neem die klus op zondag niet aan.',
    'Kerken zijn instituten die vrouwen nog steeds als tweederangs behandelen.',
    'Stop pushing your religion on your employees. A mandatory prayer breakfast is not team building.',
    'Sabbath starts tonight, so no replies from me until Saturday evening.',
    'Ramadan is zwaar met lange diensten, maar het vasten geeft me ook rust en focus.',
  ]],
  ['sexuality', [
    'Mijn zoon vertelde gisteren dat hij homo is. Ik ben zo trots dat hij het durfde.',
    'Een man die zich vrouw voelt is nog steeds een man.',
    'Voornaamwoorden in je e-mailhandtekening? Prima, maar verplicht maken gaat me te ver.',
    'I came out to my team last week and the response was overwhelming.',
    'My partner Mark and I just adopted our first child. Two dads, one very happy baby.',
    'Gender is a spectrum and HR forms should reflect that.',
  ]],
  ['conspiracy', [
    'Geloof jij nog dat die vaccins veilig zijn? Ik ken zes mensen met hartproblemen sinds hun prik.',
    'Mijn buurman plaatst 5G-antennes en hij heeft sindsdien migraine. Denk daar maar eens over na.',
    'Stikstof is een verzinsel om boerenland te onteigenen voor de elite.',
    'Nobody ever went to the moon. The shadows in the photos prove it was filmed on a set.',
    'They want you to eat bugs and own nothing. The WEF literally said it.',
    'Vaccine passports were the test run. Digital ID is the real goal.',
    'Fluoride in the water is there to keep us docile. Look it up.',
  ]],
  ['culture-war', [
    'Zwarte Piet is een traditie, geen racisme. Laat de kinderen toch.',
    'Die asielzoekers krijgen alles gratis, en wij maar betalen.',
    'Je mag tegenwoordig niks meer zeggen over migratie zonder dat je een racist genoemd wordt.',
    'DEI is just corporate virtue signalling. Hire the best, period.',
    'Every company that dropped its DEI programme after the election showed what it really stood for.',
    'Excuses voor het slavernijverleden zijn belachelijk. Niemand van ons heeft slaven gehad.',
  ]],
  ['confidential', [
    'Kan er nog niet veel over zeggen, maar volgende week tekenen we met een hele grote klant uit de haven 🤫',
    'Tip for other bidders: we went in at €3,2 mln on the Zuidas tender. Good luck beating that.',
    'Fun fact: our margin on the airport contract is 31%. Don\'t tell the client 😅',
    'Bij ons op de afdeling gaan 12 mensen eruit, maar dat wordt pas in december verteld.',
    'Our call centre is being outsourced to Portugal. HR hasn\'t told the team yet.',
    'Storing in ons datacenter, maar op de statuspagina staat \'gepland onderhoud\'.',
    'De marge op het project in Delft is nog maar 2%, dat mag de klant absoluut niet weten.',
  ]],
  ['hostility', [
    'Wat een stelletje idioten bij die gemeente. Drie keer dezelfde vraag.',
    'Jij bent echt de domste projectleider die ik ooit heb gehad.',
    'Die onderaannemer is een oplichter, blijf bij ze weg.',
    'Krijg toch allemaal de pest met jullie regels.',
    'Tyfuslijers van de bouwmarkt, drie weken op een levering wachten.',
    'Honestly, our new director is a complete moron.',
    'Dear @SwiftParcel, your drivers are a menace and your customer service is useless.',
    'Als die chauffeur nog één keer mijn spiegel raakt, sla ik hem op zijn bek.',
  ]],
])('%s: flags', (topic, posts) => {
  it.each(posts)('%s', (text) => {
    expect(topicsIn(text)).toContain(topic);
  });
});

describe('lets the look-alikes pass', () => {
  it.each([
    // Politics: parties, cupboards, namesakes, directions, neutral news.
    'Het kabinet in de bouwkeet is vervangen, eindelijk een deur die sluit.',
    'Our new \'Cabinet\' feature keeps every template in one place.',
    'Bedankt voor het feest gisteren! De partij van het jaar, collega\'s.',
    'De volgende partij stenen komt donderdag binnen.',
    'Onze nieuwe collega heet Mark Rutte. Nee, niet die. Welkom Mark!',
    'Onze collega Rutger Wilders heeft vandaag zijn 10-jarig jubileum! Gefeliciteerd!',
    'Great coffee with Sarah Starmer (no relation) about procurement.',
    'De minister opende vandaag de nieuwe sluis bij IJmuiden.',
    'Tweede Kamerleden bezochten onze waterstoffabriek voor een werkbezoek.',
    'Links afslaan bij de rotonde, dan zie je ons kantoor.',
    'Aan de rechtse kant van de werf staat de nieuwe loods.',
    'De OR-verkiezingen zijn begonnen, stem via het intranet.',
    'Vote for our team in the Innovation Awards! Link in bio.',
    'Stand D66 in hal 4: kom langs voor koffie!',
    'Safety trumps speed, and this crane is our trump card.',
    'Groen licht voor de nieuwe fietsbrug. Vooruit ermee!',
    'Zelfde hier: de bouwstroomkast van 400 Volt staat er eindelijk.',
    // Religion: buildings, greetings, idioms.
    'Het dak van de moskee in Amersfoort is klaar, knap werk van de ploeg.',
    'We restored the chapel windows of St. Mary\'s church this summer.',
    'Eid Mubarak to all our colleagues celebrating today!',
    'Our Dubai office celebrated Ramadan with an iftar for the whole team.',
    'Christmas drinks on Friday, ugly sweaters mandatory 🎄',
    'Holy grail of project planning: a schedule nobody has to update by hand.',
    'This spreadsheet is my bible for the tender. Don\'t touch it.',
    'Pray for good weather for Thursday\'s pour 😅',
    'Amen to that! Fridays without meetings are the best.',
    'Blessed with the best crew on the Maasvlakte.',
    'Ik geloof dat we de deadline gaan halen.',
    'Prayer times are now shown on the screen in our quiet room.',
    // Sexuality: pride in work, the weather, careers, BI, published reports.
    'We take pride in every weld we make.',
    'Regenboog boven de haven vanochtend 🌈',
    'Coming out next week: our new safety app for site managers.',
    'Career update: after 8 years I\'m transitioning from engineering to sales.',
    'The BI team shipped a new dashboard for the project controllers.',
    'Gender pay gap report 2024 is published on our website: median gap 4.2%.',
    'Bij de verhuizing moest alles uit de kast, inclusief een faxapparaat.',
    'Onze trans-Europese vrachtroutes worden vanaf volgend jaar elektrisch.',
    // Conspiracy: masts we build, the flu jab, resets, soil research, jokes.
    'We installed 12 new 5G antennas on the stadium roof this week.',
    'Radiation survey on the new mast came back well below the limits.',
    'Griepprik gehaald op kantoor, 2 minuten werk.',
    'Vaccination schedule for the Kenya trip: yellow fever and typhoid. Plan ahead!',
    'Great reset of the project board today. Fresh start for Q3.',
    'Doe je eigen onderzoek: boor, sondeer en kijk wat er in de grond zit.',
    'Deep state? No, just a finite-state machine without docs.',
    'Die koffiemachine is een complot om ons langer op kantoor te houden 😂',
    'Watched a moon landing documentary with my kids. Both want to be astronauts now.',
    'Strange how the coffee machine always breaks right before a deadline. Coincidence? I think not 😂',
    // Culture war: Sinterklaas visits, building for asylum seekers, migrations, woke up.
    'Sinterklaas bezocht vandaag onze vestiging, de kinderen waren dolblij.',
    'We are building a new asylum seekers\' centre in Ter Apel: 300 beds, opening in May.',
    'Deze maand de installatie opgeleverd van het nieuwe aanmeldcentrum voor asielzoekers.',
    'Migratie van onze data naar Azure is gelukt.',
    'Woke up at 5 for the crane lift. Worth it.',
    'Teamuitje: een dag klussen bij het dierenasiel.',
    'Zwarte Zaterdag: file richting Frankrijk, rijd veilig!',
    'Snowflake migration done: all our dashboards now run on the new warehouse.',
    // Confidential: published figures, job ads, price lists, privacy promises, interns.
    'Our Q3 results are out: revenue €220m, up 6%. Full report on our investor site.',
    'Vandaag publiceerden we onze cijfers: de omzet steeg met 6% naar €412 miljoen. Het persbericht staat online.',
    'We zoeken een projectleider! Salaris €4.500 - €6.000 per maand. Solliciteer via de link.',
    'Onze nieuwe prijslijst staat online: vanaf €49 per maand.',
    'Vertrouwelijk omgaan met klantgegevens is voor ons vanzelfsprekend.',
    'Our summer interns presented their projects today. Impressive work!',
    'The password reset flow is finally fixed in our app.',
    'Ons bod op het huis is geaccepteerd! Eindelijk een eigen plek.',
    'Storing bij de NS vanochtend, dus ik was een uur te laat.',
    'De nieuwe cao is rond: 3,5% loonsverhoging voor iedereen vanaf 1 juli.',
    // Hostility: intensifiers, oneself, printers and bugs, praise.
    'Idioot mooi uitzicht vanaf de kraan vanochtend.',
    'Ik ben echt een sukkel met Excel, maar onze planner helpt me elke keer.',
    'My dumb mistake of the week: I sent the drawing to the wrong client.',
    'Ik vermoord die printer nog eens.',
    'Dit is een killer feature voor uitvoerders.',
    'We crushed it at the hackathon!',
    'Family day: a clown making balloon animals and a bouncy castle 🎈',
    'Kankeronderzoek verdient meer geld: wij liepen vandaag 10 km voor KWF.',
    'Ik sla het bestand op in de gedeelde map.',
    'This elevator is a joke. Fourth breakdown this month.',
    'Een oplichter belde gisteren onze receptie namens de Belastingdienst. Let op, collega\'s!',
  ])('%s', (text) => {
    expect(topicsIn(text)).toEqual([]);
  });
});

describe('rules that tell a sensitive post from its look-alike', () => {
  it('an amount near a bid is a leak; the same amount in published results is news', () => {
    expect(topicsIn('We bid €1,2 mln on the Waterschap tender and lost by 3%.')).toContain('confidential');
    expect(topicsIn('We bid on the Waterschap tender. Press release: contract value €1,2 mln.')).toEqual([]);
  });

  it('a holiday greeting or a team dinner is social; a holiday with observance is faith', () => {
    expect(topicsIn('Ramadan Mubarak aan alle collega\'s!')).toEqual([]);
    expect(topicsIn('Ramadan begint en ik vast weer mee, met een iftar na zonsondergang.')).toContain('religion');
  });

  it('Dutch \'intern\' (internally) is a secret; the English intern is a trainee', () => {
    expect(topicsIn('Het incident is intern gemeld, de klant weet van niks.')).toContain('confidential');
    expect(topicsIn('Our new intern starts on Monday.')).toEqual([]);
  });

  it('a scare-quoted role is sarcasm about people; one alone is not enough', () => {
    expect(topicsIn('Hun \'vakmensen\' leverden een \'kwaliteit\' waar je u tegen zegt.')).toContain('hostility');
    expect(topicsIn('Onze \'vakmensen\' van de toekomst: 12 nieuwe leerlingen!')).toEqual([]);
  });
});
