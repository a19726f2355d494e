/**
 * The bundled starter code: topics to think twice about, with keywords in Dutch and English, chosen for
 * precision (an engineering or construction company's ordinary posts must pass) and measured with
 * `npm run eval` on tests/eval/posts.json. Guidance is a reason to think, never a ban.
 *
 * Left out on purpose, because they are ordinary words at work: 'denk' (the party; Dutch "I think"),
 * 'volt' (the party; the unit), 'geloof' ("ik geloof dat…"), 'formatie' (staffing), 'acquisitie' (sales),
 * 'migrant' (labour migrants on site), 'gek' ("gek op"), 'dom' (Utrecht's Dom tower), 'microchip',
 * 'moskee' and 'kerk' (buildings we build and restore), a lone 'clown' (family days), 'tyfus' (the vaccination),
 * 'overname' and 'acquisition' (announced deals are news; the secrecy words catch the rest).
 */
import type { Topic } from '../policy/settings.ts';

export const starterTopics: Topic[] = [
  {
    id: 'politics',
    label: 'Politics',
    labelNl: 'Politiek',
    guidance:
      'Your political views are your own, but your profile links them to us. Would you say this at a client meeting?',
    guidanceNl:
      'Je politieke mening is van jou, maar je profiel verbindt die met ons. Zou je dit ook bij een klant zeggen?',
    keywords: [
      // Dutch parties (not DENK and Volt: ordinary words) and politicians.
      'pvv', 'vvd', 'd66', 'cda', 'bbb', 'nsc', 'ja21', 'fvd', 'forum voor democratie', 'groenlinks', 'pvda',
      'gl-pvda', 'christenunie', 'sgp', 'partij voor de dieren', 'bij1', '50plus',
      'wilders', 'timmermans', 'yesilgoz', 'yesilgoz-zegerius', 'omtzigt', 'rutte', 'schoof', 'baudet', 'jetten',
      'bontenbal', 'van der plas', 'kamerlid', 'kamerleden', 'kamervragen', 'kabinet', 'kabinetsformatie',
      'coalitieakkoord', 'formateur', 'informateur', 'oppositie', 'motie van wantrouwen', 'premier',
      // International.
      'trump', 'biden', 'kamala', 'maga', 'gop', 'republicans', 'democrats', 'tories', 'labour party', 'afd',
      'le pen', 'orban', 'putin', 'poetin', 'netanyahu',
      // Elections and taking sides.
      '*verkiezingen', 'verkiezings*', 'stemwijzer', 'kieswijzer', 'stemadvies', 'stembus', 'elections',
      'election campaign', 'presidential', 'midterms', 'ballot', 'politics', 'political', 'politiek',
      'politieke', 'linkse', 'rechtse', 'links-radicaal', 'extreemrechts', 'extreem-rechts', 'left-wing',
      'right-wing', 'far-right', 'far right', 'populist', 'populisten', 'populism', 'populisme',
    ],
    // Works-council elections are company news.
    exceptions: ['or verkiezingen', 'ondernemingsraadverkiezingen', 'works council elections'],
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
      'god', 'allah', 'jezus', 'jesus', 'christus', 'christ', 'islam', 'islamitisch', 'islamitische', 'moslim*',
      'muslim', 'muslims', 'christen', 'christenen', 'christendom', 'christian', 'christians', 'christianity',
      'joods', 'joodse', 'jewish', 'jodendom', 'judaism', 'bijbel', 'bible', 'koran', 'quran', 'gods',
      'dag des heren', 'evangelie', 'gospel', 'bekering', 'bid mee', 'bid voor', 'gebed', 'bidden', 'pray', 'praying', 'prayer', 'prayers',
      'gelovig', 'gelovigen', 'ongelovigen', 'atheist', 'atheists', 'atheisme', 'atheism', 'religie',
      'religies', 'religion', 'religious', 'religieus', 'religieuze', 'kerkdienst', 'church service', 'sharia',
      'jihad', 'satan', 'heiland', 'verlosser', 'amen', 'blasphemy', 'godslastering', '#geloof', '#faith',
      '#god', '#jezus', '#jesus', '#bijbel',
    ],
    // A mosque or church is a building we may build or restore; the words for buildings are left out.
    exceptions: ['god of war', 'godverdomme', 'oh my god', 'my god', 'mijn god', 'god zij dank', 'thank god', 'christ church'],
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
      'lhbt*', 'lgbt*', 'lhbti', 'queer', 'homo', 'homos', 'homoseksueel', 'homoseksuelen', 'homoseksualiteit',
      'homosexual', 'homosexuality', 'gay', 'gays', 'lesbian', 'lesbians', 'lesbisch', 'lesbische', 'lesbienne',
      'transgender', 'transgenders', 'trans', 'transvrouw', 'transman', 'non-binair', 'non-binary', 'nonbinary',
      'pronouns', 'voornaamwoord*', 'genderideologie', '#gender', 'homofoob', 'homofobe', 'homofobie',
      'homophobic', 'homophobia', 'transfoob', 'transphobic', 'rainbow-washing', 'rainbowwashing',
      'pinkwashing', '#pride', 'gender ideology', 'genderneutraal', 'gender-neutral',
      'genderidentiteit', 'gender identity', 'coming out', 'uit de kast', 'pride month', 'pride parade',
      'gay pride', 'pride amsterdam', 'canal parade', 'regenboogvlag', 'rainbow flag', 'drag queen', 'seks',
      'sex', 'sexual', 'sexueel', 'seksueel', 'seksuele', 'porno', 'porn', 'naakt', 'nude', 'nudes', '🏳️‍🌈',
      '🏳️‍⚧️',
    ],
    exceptions: ['trans-atlantic', 'trans atlantic', 'sex discrimination act'],
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
      '5g straling', '5g radiation', '5g gevaar', '5g corona', '5g covid', '5g virus', '5g kills', '5g doodt',
      'chemtrail*', 'great reset', 'wef', 'hiding the truth', 'vaccines and autism', 'vaccins en autisme',
      'hoax', 'climatescam', 'climate scam', 'klimaatzwendel', 'follow the money', 'plandemie', 'plandemic', 'scamdemic', 'nwo', 'new world order',
      'nieuwe wereldorde', 'deep state', 'flat earther', 'flat earthers', 'the earth is flat', 'de aarde is plat', 'vaccinatieschade', 'vaccinschade',
      'vaccine injury', 'vaccine injuries', 'vaccine damage', 'prikspijt', 'gifprik', 'gif prik', 'antivax*',
      'anti-vax', 'anti-vaxx', 'vaccines cause', 'vaccins veroorzaken', 'vaccine autism', 'omvolking',
      'great replacement', 'soros', 'klaus schwab', 'wef agenda', 'wappie', 'wappies', 'complot*',
      'conspiracy', 'sheeple', 'wake up people', 'wakker worden mensen', 'do your own research',
      'doe je eigen onderzoek', 'nuremberg code', 'neurenberg code', 'ivermectin', 'ivermectine',
      'hydroxychloroquine', 'qanon', 'pizzagate', 'big pharma', 'died suddenly', 'klimaathoax',
      'climate hoax', 'klimaatleugen', 'mainstream media lies', 'msm', 'ze verzwijgen', 'covid hoax',
    ],
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
      'zwarte piet', 'zwarte pieten', 'roetveegpiet', 'roetveegpieten', 'kozp', 'kick out zwarte piet',
      'blackface', 'woke', 'wokeness', 'anti-woke', 'wokisme', 'asielzoeker', 'asielzoekers', 'gelukszoeker',
      'gelukszoekers', 'asielcrisis', 'asielinstroom', 'asielbeleid', 'asielstop', 'migratiecrisis',
      'vluchtelingenstroom', 'refugees welcome', 'illegalen', 'illegal immigrants', 'illegal aliens',
      'remigratie', 'remigration', 'open grenzen', 'open borders', 'grenzen dicht', 'black lives matter', 'blm',
      'all lives matter', 'israel', 'israël', 'israeli', 'israëlische', 'gaza', 'palestina', 'palestine',
      'palestinian', 'palestijnen', 'palestijnse', 'hamas', 'zionist', 'zionisten', 'zionism', 'genocide',
      'intifada', 'from the river to the sea', 'idf', 'boerenprotest', 'boerenprotesten', 'stikstofcrisis',
      'stikstofbeleid', 'extinction rebellion', 'klimaatactivist*', 'klimaatklever*', 'klimaatterrorist*', 'klimaatgekkie*',
      'klimaatdrammer*', 'cancel culture', 'snowflake', 'snowflakes', 'deugmensen', 'cultuuroorlog',
      'culture war', 'culture wars',
    ],
    exceptions: ['woke up', 'woke me'],
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
      'vertrouwelijk', 'vertrouwelijke', 'confidential', 'internal only', 'intern gebruik', 'alleen intern',
      'strikt geheim', 'niet delen', 'do not share', 'not for distribution', 'nda', 'under nda', 'onder nda',
      'nog niet bekend', 'nog niet bekendgemaakt', 'nog niet openbaar', 'nog niet officieel', 'nog niet publiek',
      'nog niet naar buiten', 'not yet public', 'not public yet', 'not yet announced', 'not announced yet',
      'not official yet', 'before it is announced', 'before they are out', 'unannounced', 'embargo',
      'off the record', 'tussen ons gezegd', 'between us', 'keep it quiet', 'keep this quiet', 'hou het stil',
      'houd het stil', 'hou het nog even stil', 'mondje dicht', 'kan nog niks zeggen', 'kan nog niets zeggen',
      'mag nog niks zeggen', 'mag nog niets zeggen', 'ik zeg niks', 'ik zeg niets', "can't say much yet", '🤫',
      'ons bod', 'ontslagronde',
      'massaontslag', 'gedwongen ontslagen', 'layoffs', 'laid off', 'interne cijfers', 'internal figures',
      'internal numbers', 'voorlopige cijfers', 'preliminary figures', 'winstmarge', 'profit margin',
      'contractwaarde', 'contract value', 'inschrijfprijs', 'tenderprijs', 'tender price', 'bid price',
      'klantenlijst', 'client list', 'customer list', 'koersgevoelig', 'price-sensitive', 'price sensitive',
      'wachtwoord is', 'password is', 'mijn wachtwoord', 'my password', 'inlogcode', 'toegangscode',
      'access code is',
    ],
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
      'idiot', 'idiots', 'moron', 'morons', 'stupid', 'dumb', 'clowns', 'you clown', 'absolute clown', 'what a clown', 'such a clown',
      'wat een clown', 'stelletje clowns', 'clownshow', 'clown show', 'loser', 'losers', 'retard',
      'retarded', 'scum', 'bitch', 'bastard', 'asshole', 'assholes', 'jerk', 'fuck*', 'f*ck', 'shit', 'shut up',
      'stfu', 'piss off', 'kys', 'kill yourself', 'go to hell', 'pathetic', 'idioot', 'idioten', 'sukkel',
      'sukkels', 'debiel', 'debielen', 'debiele', 'randdebiel', 'mongool', 'mongolen', 'kanker op',
      'krijg de kanker', 'kankerlijer*', 'kankerhoer*', 'kankerzooi', 'kankerweer', 'kankerbende', 'kankerjoch',
      'kut', 'kutweer', 'kutzooi', 'kutding', 'tyfuslijer*', 'tyfushond*', 'tyfus op', 'krijg de tyfus',
      'teringlijer*', 'teringhond*', 'tering op', 'krijg de tering', 'klerelijer*', 'krijg de klere', 'pleur op', 'pleuris', 'rot op',
      'oprotten', 'opflikkeren', 'klootzak', 'klootzakken', 'lul', 'hoer', 'hoeren', 'slet', 'achterlijk',
      'achterlijke', 'imbeciel', 'minkukel', 'halve gare', 'ik maak je af', 'ik weet waar je woont',
      'dood aan', 'watch your back', 'tanden uit zijn bek', 'tanden uit je bek', 'in elkaar slaan',
      'kop in slaan',
    ],
    // 'Idioot mooi' is praise; 'sukkel die ik ben' is about oneself.
    exceptions: ['clowns around', 'idiot-proof', 'idiot proof', 'idiotproof', 'kutje', 'idioot mooi', 'idioot druk', 'idioot veel',
      'idioot goed', 'sukkel die ik ben', 'ik sukkel'],
  },
];
