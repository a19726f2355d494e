/**
 * Politics: Dutch and Belgian parties and politicians, elections and votes, cabinets and coalitions, EU, UK
 * and US politics, and opinions on government policy. Names that are also ordinary words or colleagues'
 * surnames ('Schoof', 'Faber', 'Vooruit', 'Groen', 'Labour') count only near political words, never in a
 * welcome or a joke about someone's surname.
 */
import { each, NAMESAKE, STANCE, unique, weak, type StarterTerms } from './rules.ts';

/** Words that make an ambiguous name or vote political. */
const POLITICAL = [
  'partij', 'partijen', 'politiek', 'politieke', 'politici', 'politicus', 'kabinet', 'kabinetten', 'coalitie',
  'regering', 'minister', 'ministers', 'premier', 'tweede kamer', 'kamerlid', 'kamerleden', 'fractie',
  'verkiezingen', 'verkiezing', 'stemmen', 'stem', 'stemt', 'kiezers', 'lijsttrekker', 'oppositie', 'den haag', 'pvv',
  'vvd', 'nsc', 'bbb', 'd66', 'cda', 'groenlinks', 'pvda', 'sp', 'fvd', 'ja21', 'n-va', 'nva', 'vlaams belang',
  'vooruit', 'cd&v', 'open vld', 'wilders', 'rutte', 'omtzigt', 'timmermans', 'yesilgoz', 'party', 'parties',
  'politics', 'political', 'politician', 'politicians', 'government', 'cabinet', 'minister', 'coalition',
  'parliament', 'election', 'elections', 'vote', 'voted', 'voters', 'campaign', 'mp', 'mps',
];

const UK = ['starmer', 'tories', 'tory', 'reform', 'conservatives', 'farage', 'sunak', 'corbyn', 'badenoch', 'labour',
  'reeves', 'westminster', 'downing street', 'uk', 'britain', 'british', 'voters', 'vote', 'voted', 'votes',
  'election', 'elections', 'polls', 'seats', 'mp', 'mps', 'pmqs', 'manifesto', 'government', 'party', 'promised',
  'austerity', 'brexit'];

const BELGIAN = ['n-va', 'nva', 'cd&v', 'open vld', 'vlaams belang', 'groen', 'vooruit', 'pvda', 'ptb', 'ecolo',
  'les engages', 'mr', 'coalitie', 'partij', 'partijen', 'kartel', 'regering', 'federale', 'vlaamse', 'verkiezingen',
  'stem', 'stemmen', 'schepen', 'schepenen', 'burgemeester', 'oppositie', 'meerderheid', 'arizona', 'vivaldi',
  'de wever', 'rousseau', 'bouchez', 'de croo', 'magnette', 'premier', 'minister'];

/** Politicians by their full names, Dutch and Belgian (a colleague may still share one: see NAMESAKE). */
const POLITICIANS = [
  'geert wilders', 'frans timmermans', 'dilan yesilgoz', 'yesilgoz-zegerius', 'pieter omtzigt',
  'dick schoof', 'kabinet schoof', 'kabinet-schoof', 'thierry baudet', 'rob jetten', 'henri bontenbal',
  'caroline van der plas', 'jesse klaver', 'lilian marijnissen', 'marijnissen', 'esther ouwehand', 'joost eerdmans',
  'eerdmans', 'chris stoffer', 'kees van der staaij', 'mirjam bikker', 'laurens dassen', 'wybren van haga',
  'van haga', 'sigrid kaag', 'wopke hoekstra', 'hugo de jonge', 'kajsa ollongren', 'ollongren', 'grapperhaus',
  'fleur agema', 'agema', 'marjolein faber', 'mona keijzer', 'martin bosma', 'eddy van hijum', 'caspar veldkamp',
  'femke halsema', 'halsema', 'aboutaleb', 'sybrand buma', 'gideon van meijeren', 'jimmy dijk', 'mahir alkaya',
  'stephan van baarle', 'tunahan kuzu', 'sidney smeets', 'johan remkes', 'bart de wever', 'tom van grieken',
  'van grieken', 'conner rousseau', 'sammy mahdi', 'georges-louis bouchez', 'bouchez', 'alexander de croo',
  'paul magnette', 'theo francken', 'jan jambon', 'matthias diependaele', 'diependaele', 'zuhal demir',
  'frank vandenbroucke', 'vincent van peteghem', 'van peteghem', 'hilde crevits', 'filip dewinter', 'dewinter',
  'meyrem almaci', 'almaci', 'peter de roover', 'vincent van quickenborne', 'blonde kuif',
];

/** What makes a politician's surname, when it is also a colleague's, about the politician. */
const SURNAME_CONTEXT = [
  'partij', 'politiek*', 'politic*', 'politici', 'kabinet*', 'coalit*', 'regering*', 'minister*', 'premier',
  'kamerlid', 'fractie*', 'verkiezing*', 'election*', 'kiezer*', 'oppositie', 'den haag', 'pvv', 'vvd', 'nsc', 'bbb',
  'd66', 'groenlinks', 'pvda', 'n-va', 'vlaams belang', 'government', 'parliament', 'president', 'prime minister',
  'labour', 'tories', 'trump', 'asiel*', 'migratie', 'stikstof', 'formatie', 'burgemeester', 'persco', '@nos',
  'persconferentie',
];

/** Party names that are also ordinary words: no context for one another. */
const AMBIGUOUS_PARTIES = ['sp', 'groen', 'vooruit', 'mr', 'arizona', 'vivaldi', 'stem', 'stemmen'];

/** A vote for an award, a talk, a works council or a choir part is no election. */
const NOT_AN_ELECTION = [
  'polling station', 'stembureau', 'side entrance', 'zij-ingang', 'fantasy', 'student council', 'leerlingenraad',
  'beste werkgever', 'verkiezing beste',
  'or', 'ondernemingsraad', 'medezeggenschap', 'personeelsvereniging', 'intranet', 'beurs', 'infrabeurs', 'stand',
  'award', 'awards', 'prijs', 'innovatieprijs', 'bouwprijs', 'genomineerd', 'nominated', 'finale', 'final',
  'link in bio', 'link', 'app', 'talk', 'talks', 'project', 'team', 'ons team', 'our team', 'mij',
  'collega van het jaar', 'employee of the month', 'medewerker van de maand', 'board', 'association', 'vereniging',
  'studievereniging', 'student', 'club', 'committee', 'treasurer', 'chair', 'koor', 'choir', 'tenors', 'alten',
  'fridge', 'koelkast', 'poll', 'contest', 'competition', 'wedstrijd', 'works council', 'sociale', 'mr', 'mr-verkiezingen',
  'or-verkiezingen', 'medezeggenschapsraad', 'comite', 'kandidaat', 'kandidaten', 'lijsten', 'stembureau*',
  'stembureauleden', 'stembureaulid', 'personeelsgeleding', 'oudergeleding', 'studentenraad', 'studenten',
  'students\' union', 'student union', 'students', 'sabbatical', 'officers', 'prins carnaval', 'carnaval', 'lelijkste',
  'mooiste', 'leukste', 'poll clerk',
];

export const politics: StarterTerms = {
  keywords: [
    // In the words of the 2026-12g tuning posts.
    'party of small business', 'head to the booth', 'sports minister', 'minister has never', 'bevriezen van de huren', 'merci bart', 'tinubu', 'give the man time',
    // In the words of the 2026-12f tuning posts.
    'deze minister', 'ruzie in de coalitie', 'energiebeleid', 'stikstofbeleid', 'minister van landbouw', 'polls close', '#ge2024', 'sinn féin', 'sinn fein', 'fianna fáil', 'fianna fail', 'fine gael', 'ff/fg', 'take back control', 'secretary of state',
    // In the words of the 2026-12e tuning posts.
    'miljoenennota', 'de sleutels van dit land', 'coalition collapse', 'dutch coalition', 'schaam je, den haag', 'toeslagenouders', 'read the manifestos', 'all parties are the same', 'tariff circus', 'forza ninove', 'ik stem groen', 'stem groen', 'leafleting', 'local candidate', 'our candidate', 'onze kandidaat',
    // In the words of the 2026-12d tuning posts.
    'schoof cabinet', 'the schoof government',
    // Government by its places and nicknames, as the 2026-12c tuning posts wrote it.
    'onbehoorlijk bestuur', 'tsjeven', 'premiertje', 'number 10', 'number 11', 'no 10', 'lambermont',
    'overkant van het plein', 'national polls', 'in de peilingen', 'tariff king', 'oven-ready',
    'party of family values', 'dezelfde clowns', 'andere clowns', 'het kabinet de', 'het kabinet het',
    // Government and elections without a party's name (2026-12b tuning posts).
    'het torentje', 'in het torentje', 'op het pluche', 'het pluche', 'nieuwe bestuurscultuur', 'loze beloftes',
    'loze beloften', 'the cabinet\'s', 'federale regering',
    'vlaamse regering', 'the chancellor', 'come march', 'next vote', 'colour in a little box', 'red pencil',
    'rode potlood',
    // Dutch parties (DENK, Volt, SP, CDA, BBB and D66 are also words or codes: see the rules).
    'pvv', 'vvd', 'nsc', 'nieuw sociaal contract', 'ja21', 'fvd', 'forum voor democratie', 'groenlinks',
    'groenlinks pvda', 'gl-pvda', 'glpvda', 'pvda', 'christenunie', 'sgp', 'partij voor de dieren', 'pvdd',
    'bij1', '50plus', 'boerburgerbeweging', 'boer burger beweging',
    // Belgian parties and terms.
    'n-va', 'nva', 'vlaams belang', 'cd&v', 'open vld', 'les engages', 'ecolo', 'ptb', 'pvda-ptb', 'cdh',
    'vivaldi-ploeg', 'vivaldiregering', 'arizonaregering', 'confederalisme', 'confederalism', 'staatshervorming',
    // Parliament, cabinet, coalition.
    'kamervragen', 'kamerdebat', 'kamermotie', 'kamermeerderheid', 'kamerzetels',
    'kamerfractie', 'fractievoorzitter', 'fractieleider', 'partijleider', 'partijleiders', 'lijsttrekker',
    'lijsttrekkers', 'coalitieakkoord', 'coalitiepartij', 'coalitiepartijen', 'coalitiepartner', 'coalitiepartners',
    'regeerakkoord', 'hoofdlijnenakkoord', 'formateur', 'informateur', 'kabinetscrisis', 'kabinetsval',
    'motie van wantrouwen', 'vicepremier', 'oppositiepartij', 'oppositiepartijen',
    'regeringspartij', 'regeringspartijen', 'politici', 'politicus', 'politieker', 'politiekers', 'partijpolitiek',
    'partijpolitieke',
    'partijprogramma', 'partijprogramma\'s', 'verkiezingsprogramma', 'kiezers', 'kiezersbedrog', 'proteststem',
    'stemadvies', 'stemwijzer', 'kieswijzer', 'kieskompas', 'stembus', 'stemhokje', 'stemlokaal', 'wegstemmen',
    'stemgedrag', 'toeslagenaffaire', 'toeslagenschandaal', 'angstpolitiek', 'symboolpolitiek',
    'identiteitspolitiek', 'spierballenpolitiek', 'haagse kaasstolp', 'kaasstolp', 'haagse bubbel', 'impeachment',
    'impeach', 'impeached', 'tk2023', 'tk2025', 'tk2026', 'gr2026', 'ps2027',
    // Where one stands.
    'linkse kerk', 'linkse elite', 'extreemrechts', 'extreem rechts', 'extreemlinks', 'extreem links',
    'uiterst rechts', 'uiterst links', 'ultrarechts', 'radicaal rechts', 'radicaal links', 'links radicaal',
    'rechts radicaal', 'rechtsextremisme', 'rechtsextremist', 'rechtsextremisten', 'rechtsextreme',
    'linksextremisme', 'linksextremisten', 'rechtspopulisme', 'rechtspopulistisch', 'rechtspopulistische',
    'populisme', 'populist', 'populisten', 'populistisch', 'populistische', 'populism', 'populists',
    'populistic', 'far-right', 'far right', 'far-left', 'far left', 'alt-right', 'left-wing', 'right-wing',
    'leftist', 'leftists', 'lefties', 'libtard', 'libtards', 'fascisme', 'fascist', 'fascisten', 'fascism',
    'fascists', 'politics', 'political', 'politician', 'politicians', 'politically', 'politiek', 'politieke',
    // The EU.
    'von der leyen', 'ursula von der leyen', 'europarlementarier', 'europarlementariers', 'renew europe',
    'socialists and democrats', 'european people\'s party',
    // The UK.
    'keir starmer', 'tories', 'tory', 'reform uk', 'farage', 'nigel farage', 'sunak', 'rishi sunak', 'corbyn',
    'badenoch', 'kemi badenoch', 'rachel reeves', 'boris johnson', 'liz truss', 'pmqs', 'labour party',
    'labour government', 'conservative government', 'tory government', 'coalition government',
    'right-wing government',
    'left-wing government', 'brexiteer', 'brexiteers', 'brexiters', 'remainer', 'remainers',
    // The US.
    'donald trump', 'trumpism', 'trumpist', 'trumpisten', 'biden', 'joe biden', 'kamala', 'kamala harris',
    'obama', 'hillary clinton', 'pelosi', 'bernie sanders', 'desantis', 'jd vance', 'maga', 'gop', 'potus',
    'republicans', 'republican party', 'democrats', 'democratic party', 'midterms', 'midterm elections',
    'electoral college', 'swing state', 'swing states', 'presidential', 'presidential election',
    // Elsewhere.
    'putin', 'poetin', 'kremlin', 'zelensky', 'zelenskyy', 'zelenski', 'netanyahu', 'netanjahoe',
    'erdogan', 'orban', 'le pen', 'marine le pen', 'bardella', 'melenchon', 'macron', 'meloni', 'alice weidel',
    'weidel', 'friedrich merz', 'scholz', 'milei', 'bolsonaro', 'xi jinping', 'trudeau', 'narendra modi',
  ],
  exceptions: [
    // Idioms and namesakes of the 2026-12f tuning posts.
    'motie van wantrouwen waard', 'cabinet reshuffle at home', 'moet minister-president worden', 'if this were an election', 'deze formatie',
    // Idioms and namesakes of the 2026-12e tuning posts.
    'far left column', 'far right column', 'far left of the', 'far right of the', 'de democratie heeft gesproken', 'democracy has spoken', 'i fear for democracy', 'peiling op intranet', 'will trump', 'trump any', 'trumps any', 'timmermans-aannemer',
    // Idioms and namesakes of the 2026-12d tuning posts.
    '& partners', 'rutte & partners',
    'kieswijzer voor', 'stemwijzer voor', 'keuzehulp',
    'not the politician', 'niet de politicus',
    'stemwijzer voor de', 'filing cabinet', 'filing cabinets', 'kitchen cabinet', 'medicine cabinet', 'advocatenkabinet', 'ons kabinet zit', 'ons kabinet is verhuisd',
    'political map', 'political party games',
    'politieke spelletjes', 'political games', 'office politics', 'got political', 'gets political', 'verkiezing van werknemer', 'werknemer van de maand', 'employee of the month',
    // Works-council, trade-fair and award elections are company news.
    'or verkiezingen', 'orverkiezingen', 'ondernemingsraadverkiezingen', 'medezeggenschapsverkiezingen',
    'works council elections', 'works council election',
    // 'Trump card', office politics, the fridge's liberal democrats.
    'trump card', 'trump cards', 'trump tower', 'geen politiek', 'office politics', 'company politics',
    'internal politics', 'workplace politics',
    'kantoorpolitiek', 'bedrijfspolitiek', 'interne politiek', 'no politics', 'not political', 'niet politiek',
    'liberal democrats', 'geen politiek statement', 'presidential suite',
  ],
  rules: [
    ...weak(STANCE),
    // Voting and canvassing said as a habit or a plea (2026-12h tuning posts).
    ...each(['anders stemmen', 'stem anders', 'vote differently', 'vote them out', 'wegstemmen', 'beter kiezen dan',
      'beter stemmen dan', 'hokje rood', 'vakje rood', 'rode potlood', 'knocking doors', 'door knocking', 'canvassing',
      'campagne voeren voor', 'reform lot', 'reform uk', 'bleached-blond', 'geblondeerde', 'rachel reeves'], {
      notNear: NOT_AN_ELECTION, within: 6 }),
    { keyword: 'reeves', near: ['ni', 'hike', 'tax', 'taxes', 'budget', 'chancellor', 'treasury'], notNear: NAMESAKE,
      within: 6 },
    // Weak: policy named by its levy, law or rule; each needs a second sign (2026-12h tuning posts).
    ...weak(['open brief', 'open letter', 'accijns', 'accijnzen', 'dieselaccijns', 'vrachtwagenheffing', 'kilometerheffing',
      'rekeningrijden', 'beloftes', 'promises', 'promising', 'nul geleverd', 'affordable rent act', 'wet betaalbare huur',
      'huurwet', 'bad policy', 'slecht beleid', '30% ruling', '30%-regeling', '30% regeling', '30procentregeling',
      '#30procentregeling', 'kennismigrantenregeling', 'ik stem al', 'i\'ve always voted', 'altijd op gestemd',
      'you voted', 'jij stemde', 'photo op', 'fotomoment', '🌹', 'de gewone man', 'the common man', 'dienst uitmaken',
      'on the ballot', 'op het stembiljet', 'read the programmes', 'lees de programma\'s', 'unrealised gains',
      'vermogensbelasting', 'in government', 'in de regering']),
    ...weak(['energietoeslag', 'knap werk weer', 'work visas', 'next thursday', 'reprioritised the budget', 'minimumloon',
      'eigen bijdrage', 'get a say', 'modi']),
    { keyword: 'afd', near: ['polls', 'peilingen', 'germany', 'duitsland', 'german', 'duitse', 'vote', 'votes', 'stemmen',
      'protest', 'far-right', 'extreemrechts', '30s', 'jaren 30'], within: 6 },
    ...each(['wiersma'], { near: ['minister', 'landbouw', 'boeren', 'kabinet', 'bbb'], notNear: NAMESAKE, within: 12 }),
    ...weak(['the minister', 'lying to our faces', 'date in may', 'in may', 'little box', 'the left in',
      'klimaatfonds', 'begroting', 'inheritance tax', 'labour', 'leaflets', 'come knocking', 'promised',
      'beloofd']),
    ...weak(['huurtoeslag', 'washington', 'persco', 'manifestos', 'lijst 1', 'lijst 2', 'lijst 3', 'lijst 4', 'lijst 5',
      'lijst 6', 'lijst 7', 'lijst 8', 'keuzes zijn keuzes']),
    // Weak: government said without its names; each needs a second sign (2026-12d tuning posts).
    ...weak(['doge', 'musk', 'de minister van', 'the minister of', 'another four years', 'nog vier jaar', 'next four years',
      'vote for change', '\'brussel\'', 'gezamenlijke vijand', 'aan je deur staan', 'they promised', 'ze beloofden',
      'promised to fix', 'beloofd hadden', 'in charge for', 'civil servant', 'make it make sense', 'flyers']),
    // Elections and votes, not works councils, awards, talks or choirs.
    { keyword: '*verkiezingen', notNear: NOT_AN_ELECTION, within: 5 },
    { keyword: 'verkiezings*', notNear: NOT_AN_ELECTION, within: 5 },
    ...weak(['verkiezing'], { notNear: NOT_AN_ELECTION, within: 5 }),
    ...each(['election', 'elections', 'election campaign', 'general election', 'snap election', 'electoral'],
      { notNear: NOT_AN_ELECTION, within: 6 }),
    ...each(['stem', 'stemt', 'stemmen', 'stemde', 'stemden', 'gestemd', 'stemmer', 'stemmers'], {
      near: ['partij', 'partijen', 'kabinet', 'coalitie', 'politiek', 'politieke', 'politici', 'links', 'rechts',
        'linkse', 'rechtse', 'verkiezingen', 'verkiezing', 'tweede kamer', 'provinciale staten', 'gemeenteraad',
        'waterschap', 'waterschappen', 'regering', 'minister', 'brussel', 'den haag', 'lijsttrekker', 'programma',
        'premier', 'populisten'],
      notNear: NOT_AN_ELECTION, within: 8,
    }),
    ...weak(['stem op', 'stem niet', 'mijn stem', 'onze stem'],
      { notNear: NOT_AN_ELECTION, within: 6 }),
    { keyword: 'vot*', near: ['party', 'parties', 'election', 'elections', 'government', 'politician', 'politicians',
      'politics', 'president', 'parliament', 'labour', 'tories', 'reform', 'democrats', 'republicans', 'brussels',
      'european', 'midterms', 'ballot', 'trump', 'biden', 'harris', 'farage', 'starmer', 'pvv', 'vvd', 'populists',
      'campaign', 'campaigning', 'power', 'promise', 'promised', 'promises', 'in power', 'polls'],
      notNear: NOT_AN_ELECTION, within: 8 },
    ...weak(['vot*'], { notNear: NOT_AN_ELECTION, within: 6 }),
    ...each(['verkiezingen*', 'go vote', 'get out and vote', 'go and vote', 'ga stemmen', 'gaan stemmen',
      'ga allemaal stemmen', 'vote them out', 'vote him out', 'vote her out', 'stem ze weg', 'stem ze allemaal weg'],
      { notNear: NOT_AN_ELECTION, within: 5 }),
    { keyword: 'brexit', near: ['worst', 'best', 'disaster', 'ramp', 'mistake', 'fout', 'decision', 'stupid', 'dom',
      'genius', 'regret', 'spijt', 'voted', 'vote', 'leave voters', 'remainers', 'brexiteers', 'lies', 'leugens',
      'promised', 'beloofd', 'success', 'succes', 'failure', 'mislukt'], within: 6 },
    { keyword: 'coalitie', near: ['klappen', 'valt', 'gevallen', 'breuk', 'crisis', 'partijen', 'partij', 'provincie',
      'gemeente', 'landelijke', 'vorming', 'onderhandelingen', 'gesprekken', 'akkoord', 'regeert', 'zit', 'zitten',
      'ramp', 'disaster', 'gestemd', 'stemmers', 'kiezers', 'antwerpse', 'antwerpen', 'gent', 'stad'],
      notNear: ['bedrijven', 'partners', 'business', 'companies', 'industrie', 'sector', 'ngo', 'klimaatcoalitie'],
        within: 8 },
    // Cabinets: not the cupboard in the staff room, not a product feature.
    ...weak(['kabinet', 'kabinetten'], {
      notNear: ['bouwkeet', 'keet', 'kast', 'kasten', 'keuken', 'personeelsruimte', 'kantine', 'deurtje', 'ikea',
        'feature'], within: 6 }),
    ...each(['dit kabinet', 'deze kabinetten', 'vorige kabinet', 'het vorige kabinet', 'opeenvolgende kabinetten',
      'alle kabinetten', 'kabinet valt', 'kabinet is gevallen', 'val van het kabinet', 'kabinet gevallen',
      'kabinets*'], {
      notNear: ['bouwkeet', 'keet', 'werkplaats', 'magazijn', 'vervangen', 'gerepareerd', 'repareren', 'scharnier',
        'scharnieren', 'hout', 'eiken', 'schroeven', 'kast', 'kasten', 'keuken', 'keukenkast', 'personeelsruimte',
        'kantine', 'kantoor', 'deurtje', 'deur', 'la', 'lade', 'laden', 'planken', 'ikea', 'facilitair', 'theezakjes',
        'praktijk', 'advocaat', 'advocaten', 'advocatenkantoor', 'tandarts', 'tandartsen', 'behandelkamer*', 'notaris', 'verhuist', 'verhuisd', 'versterking', 'adres', 'notenhout', 'laatjes', 'fineer', 'antiek', 'restauratie',
        'archief', 'meubel', 'meubels', 'ophangen', 'gemonteerd', 'kapot', 'feature', 'app'],
      within: 8,
    }),
    { keyword: 'cabinet', near: ['minister', 'ministers', 'government', 'prime minister', 'coalition', 'reshuffle',
      'party', 'parties', 'politics', 'dutch', 'form', 'formed', 'collapse', 'collapsed', 'fell', 'resign*'],
      within: 5 },
    ...each(['premier', 'prime minister', 'minister-president'], { notNear: ['league', 'leagues', 'inn', 'pro',
      'member', 'members', 'partner', 'partners', 'supplier', 'suppliers', 'provider', 'destination', 'event',
      'events', 'conference', 'sponsor', 'class', 'quality', 'brand', 'selection', 'padel', 'voetbal', 'football',
      'opende', 'geopend', 'opent', 'opened', 'opens', 'visited', 'bezocht', 'bezoek', 'visit', 'cut the ribbon'],
      within: 4 }),
    ...weak(['coalitie', 'coalities', 'coalition', 'coalitions'], { notNear: ['bedrijven', 'partners',
      'of the willing', 'business', 'companies', 'industry', 'sector', 'ngo', 'ngos', 'klimaatcoalitie', 'joined',
      'packaging', 'retail', 'food'],
      within: 6 }),
    ...weak(['formatie'], { notNear: ['personeel', 'fte', 'team', 'bezetting', 'personeelsformatie', 'vacature',
      'afdeling'], within: 4 }),
    ...weak(['burgemeester', 'wethouder', 'schepen', 'staatssecretaris', 'gedeputeerde', 'gedeputeerden', 'mayor',
      'alderman'], { notNear: ['opende', 'openden', 'geopend', 'opent', 'opening', 'opened', 'opens', 'eerste paal',
        'first pile', 'lint', 'ribbon', 'bezoek', 'bezocht', 'visited', 'visit', 'kwam langs', 'sloeg',
        'aanwezigheid', 'presence', 'feestelijk', 'officieel'], within: 12 }),
    ...weak(['minister*'], { notNear: ['opende', 'geopend', 'opent', 'opening', 'opened', 'opens', 'officieel',
      'in opdracht', 'opdrachtgever', 'client', 'subsidie', 'bezoek', 'bezocht', 'visited', 'visit'], within: 8 }),
    ...weak(['government', 'regering', 'overheid', 'regime'], { notNear: ['tender', 'tenders', 'contract',
      'contracts', 'agency', 'agencies', 'client', 'clients', 'klant', 'opdrachtgever', 'grant', 'grants', 'funding',
      'subsidie', 'subsidy', 'department', 'portal', 'services', 'website', 'bonds', 'digid', 'aanbesteding',
      'diensten'],
      within: 3 }),
    ...weak(['den haag', 'the hague'], { notNear: ['tram', 'tramlijn', 'station', 'kantoor', 'vestiging', 'regio', 'centrum',
      'project', 'renovatie', 'wijk', 'haven', 'scheveningen', 'binnenhof', 'kamergebouw', 'bouw', 'office', 'offices',
      'centraal', 'verhuist', 'verhuizen', 'moves', 'moving', 'summit', 'stand', 'booth', 'beurs'], within: 6 }),
    ...weak(['brussel', 'brussels'], { notNear: ['kantoor', 'vestiging', 'office', 'offices', 'sprouts', 'airport',
      'luchthaven', 'station', 'pride', 'based', 'hq', 'trein', 'train', 'zuid', 'noord', 'regio', 'belgian pride',
      'eurostar', 'hotel', 'conference', 'congres'], within: 4 }),
    ...weak(['torentje', 'binnenhof'], { notNear: ['kerk', 'toren', 'dak', 'gebouw', 'renovatie', 'restauratie',
      'glazen', 'kap'], within: 6 }),
    ...weak(['tweede kamer', 'eerste kamer', 'provinciale staten', 'gemeenteraad', 'democratie', 'democratische',
      'democratisch', 'democratic', 'democracy', 'parlement', 'parliament', 'european commission',
      'europese commissie', 'european parliament', 'europees parlement', 'white house', 'downing street',
      'westminster', 'senate', 'brexit', 'trade war', 'handelsoorlog', 'peiling', 'peilingen', 'achterban', 'box 3',
      'box3', 'btw-verhoging', 'lastenverzwaring', 'woningnood', 'slecht beleid', 'green deal', 'eu ai act',
      'lobbyists', 'deregulation', 'russia', 'rusland', 'ukraine', 'oekraine', 'conservatives', 'liberals',
      'socialists', 'communists', 'regulating us', 'overregulation', 'red tape', 'regelzucht', 'regeldruk',
      'bureaucrats', 'bureaucraten', 'eurocrats', 'eurocraten', 'kortzichtig', 'short-sighted', 'wanbeleid',
      'poppenkast', 'shameful', 'onbegrijpelijk', 'ik ben er klaar mee', 'genoeg is genoeg', 'laten verslonzen',
      'verwaarloosd', 'should resign', 'government does nothing', 'regering doet niks', 'overheid doet niks',
      'kabinet doet niks', 'bezuinigt', 'bezuinigen', 'bezuiniging', 'bezuinigingen', 'wie verzint dit', 'regeren',
      'regeert', 'supreme court', 'kapotgemaakt', 'must resign', 'moet aftreden', 'aftreden', 'scandal', 'schandaal',
      'enough is enough', 'nationalists', 'nationalisten', 'nationalism', 'nationalisme', 'dictator', 'dictatuur',
      'dictatorship', 'regeringen', 'oppositie']),
    ...weak(['tariff*'], { notNear: ['code', 'codes', 'classification', 'hs', 'douanecode', 'goederencode'],
      within: 3 }),
    ...each(['linkse', 'rechtse'], { notNear: ['kant', 'zijde', 'rijstrook', 'baan', 'rijvak', 'hand', 'voet', 'been',
      'arm', 'oog', 'oor', 'muur', 'deur', 'bocht', 'afslag', 'pijl', 'kolom', 'knop', 'vak', 'spiegel', 'wiel',
      'band', 'lamp', 'kader', 'pagina', 'rij', 'vleugel van het gebouw', 'hoek'], within: 2 }),
    // Members of parliament on a working visit are news.
    ...each(['kamerlid', 'kamerleden', 'tweede kamerleden'], { notNear: ['bezoek', 'bezochten', 'bezocht',
      'werkbezoek', 'visit', 'visited', 'rondleiding', 'ontvangen', 'kwamen langs', 'kwam langs', 'opening', 'opende',
      'geopend'],
      within: 6 }),
    // Parties that are also codes, words or other organisations.
    { keyword: 'd66', notNear: ['stand', 'standnummer', 'hal', 'hall', 'booth', 'kamer', 'lokaal', 'room', 'vak',
      'rij', 'gate', 'stramien', 'grid', 'as', 'kavel', 'bouwnummer', 'unit'], within: 2 },
    ...each(['our government', 'onze regering', 'ons kabinet', 'onze overheid', 'this government', 'deze regering',
      'the government\'s', 'successive governments', 'opeenvolgende kabinetten', 'every government',
      'elke regering'], { notNear: ['tender', 'tenders', 'contract', 'client', 'klant', 'opdrachtgever', 'grant',
        'subsidie', 'subsidy', 'aanbesteding', 'portal', 'website', 'digid', 'praktijk', 'advocaat', 'advocaten', 'advocatenkantoor', 'tandarts', 'tandartsen', 'behandelkamer*', 'notaris', 'verhuist', 'verhuisd', 'versterking', 'adres', 'notenhout', 'laatjes', 'fineer', 'antiek', 'restauratie'], within: 8 }),
    // A cabinet that arrives in parts or stands in the canteen is furniture.
    ...each(['the new cabinet', 'het nieuwe kabinet'], { notNear: ['kantine', 'canteen', 'deurtjes', 'doors', 'screws',
      'schroeven', 'ikea', 'diy', 'instructions', 'handleiding', 'kitchen', 'keuken', 'assembly', 'in elkaar', 'delivered',
      'geleverd', 'arrived'], within: 8 }),
    { keyword: 'cda', notNear: ['disclosure', 'confidential', 'hl7', 'document', 'documenten', 'clinical', 'architecture', 'fhir', 'ehealth', 'xml',
      'standaard', 'koppeling'], within: 6 },
    { keyword: 'bbb', notNear: ['rating', 'ratings', 'kredietbeoordeling', 'credit', 's&p', 'fitch', 'moody\'s',
      'obligaties', 'bonds', 'investment grade', 'bbb+', 'bbb-'], within: 5 },
    // Ambiguous party names count near politics, never near each other ('Groen licht … Vooruit ermee!').
    ...each(['sp', 'groen', 'vooruit'], {
      near: unique(BELGIAN, POLITICAL).filter((term) => !AMBIGUOUS_PARTIES.includes(term)),
      notNear: ['licht', 'energie', 'stroom', 'gas', 'waterstof', 'dak', 'daken', 'zone', 'zones', 'kleur', 'gras',
        'ermee', 'met de geit', 'kijken', 'plannen', 'denken'],
      within: 6,
    }),
    ...each(['vivaldi', 'arizona'], { near: ['regering', 'ploeg', 'coalitie', 'kabinet', 'akkoord', 'federale',
      'premier', 'de wever', 'de croo'], within: 3 }),
    ...each(['schepen', 'schepenen'], { near: ['burgemeester', 'college', 'schepencollege', 'gemeenteraad', 'n-va',
      'nva', 'vooruit', 'cd&v', 'open vld', 'groen', 'vlaams belang', 'coalitie', 'bevoegd'], within: 6 }),
    { keyword: 'denk', near: ['kuzu', 'van baarle', 'azarkan', 'tunahan', 'partij denk'], within: 4 },
    { keyword: 'volt', near: ['partij', 'dassen', 'europese', 'europees', 'stem', 'stemmen', 'kamer', 'lijsttrekker',
      'verkiezingen', 'zetels', 'd66', 'groenlinks'], notNear: ['{number}', 'spanning', 'stroom', 'kast', 'aggregaat',
        'bouwstroom', 'ampere', 'watt', 'kw', 'kwh', 'kabel'], within: 3 },
    { keyword: 'afd', near: ['duitsland', 'duitse', 'germany', 'german', 'extreemrechts', 'far-right', 'far right',
      'partij', 'party', 'weidel', 'hocke', 'verkiezingen', 'elections', 'bundestag', 'populisten', 'rechts'],
      within: 6 },
    ...each(['epp', 'evp'], { near: ['green deal', 'parliament', 'parlement', 'eu', 'brussels', 'brussel',
      'von der leyen', 's&d', 'renew', 'party', 'partij', 'european', 'europese', 'commission', 'vote', 'voted',
      'votes'], within: 6 }),
    { keyword: 'labour', near: UK, notNear: ['day', 'market', 'shortage', 'costs', 'law', 'laws', 'migration',
      'dag van de arbeid', 'intensive', 'manual', 'child', 'forced'], within: 8 },
    { keyword: 'reform', near: ['farage', 'labour', 'tories', 'tory', 'starmer', 'badenoch', 'conservatives',
      'voters', 'votes', 'vote', 'polls', 'seats', 'uk', 'party'], within: 6 },
    { keyword: 'congress', near: ['us', 'u.s.', 'ukraine', 'aid', 'republicans', 'democrats', 'senate', 'house',
      'bill', 'trump', 'biden', 'washington', 'gop', 'shutdown', 'speaker', 'tariffs'], notNear: ['medical', 'world',
        'mobile', 'attend', 'attending', 'speaking', 'booth', 'stand', 'annual', 'visitors', 'keynote'], within: 6 },
    ...weak(['president', 'presidents', 'dems', 'conservative party', 'liberal party']),
    // Politicians whose surnames are also words, places or common names: only near politics.
    ...each(['schoof', 'faber', 'keijzer', 'bosma', 'klaver', 'ouwehand', 'kaag', 'hoekstra', 'de jonge',
      'van der plas', 'veldkamp', 'van hijum', 'brekelmans', 'heinen', 'bikker', 'stoffer', 'dassen', 'dilan',
      'de wever', 'rousseau', 'mahdi', 'de croo', 'magnette', 'francken', 'vandenbroucke', 'merz', 'verkenner',
      'harris'], { near: SURNAME_CONTEXT, notNear: NAMESAKE, within: 12 }),
    // Names still give way to a welcome or a namesake.
    ...each(POLITICIANS, { notNear: NAMESAKE, within: 10 }),
    // Also a surname, and a card game's word ("trump card", "trumps").
    { keyword: 'trump', notNear: [...NAMESAKE, 'card', 'kaart', 'bridge', 'bridgen', 'troef', 'suit', 'kleur'], within: 10 },
    // Rutte also leads NATO now: opening a defence summit is not party politics.
    ...each(['mark rutte', 'rutte'], { notNear: [...NAMESAKE, 'nato', 'navo', 'secretary general', 'secretary-general',
      'secretaris-generaal'], within: 10 }),
    ...each(['wilders', 'timmermans', 'omtzigt', 'yesilgoz', 'baudet', 'jetten', 'bontenbal', 'starmer'], {
      notNear: NAMESAKE, within: 10,
    }),
  ],
};
