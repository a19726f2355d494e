/**
 * Religion: faith, prayer, scripture, believers and unbelievers, opinions on religions. Left to context:
 * church, mosque and synagogue (buildings we build and restore), 'geloof' ("ik geloof dat…"), Ramadan,
 * Easter and Christmas as greetings and team events, and idioms ('holy grail', 'gospel truth', 'the bible of
 * the site manager', 'pray the demo works', 'Amen to that', 'blessed with a great team').
 */
import { BUILDING_WORK, each, NAMESAKE, weak, type StarterTerms } from './rules.ts';

export const religion: StarterTerms = {
  keywords: [
    // In the words of the 2026-12g tuning posts.
    'handen even gevouwen', 'offering it up', 'alpha-cursus', 'boek van tweeduizend jaar oud', 'de heer gaat voor', 'dan zit ik in de kerk', 'the nativity is', 'hamdoulilah', 'hamdulillah', 'kompaspijltje', 'gebedsmatje', 'mandir',
    // In the words of the 2026-12e tuning posts.
    'geloof is privé', 'geloof is prive', 'sprookje voor volwassenen', 'fairy tale for adults', 'fairytale for adults', 'ramadan of geen ramadan', 'ramadan of niet', '2,000-year-old book', '2000-year-old book', '2000 jaar oud boek', 'no deity', 'blessed and highly favoured', 'blessed and highly favored', 'gebedjes', 'gebedskleedje', 'rol ik mijn kleedje uit', 'lord ganesha', 'ganesh puja', 'pandit', 'doopregister', 'ontdopen', 'ik geloof echt dat maria',
    // In the words of the 2026-12d tuning posts.
    'gospel of john', 'gospel of luke', 'gospel of mark', 'gospel of matthew', 'evangelie van johannes', 'evangelie van lucas', 'evangelie van marcus', 'evangelie van matteus', 'he had a plan for me', 'his plan for me', 'zijn plan met mij', 'een geloof dat', 'a religion that', 'a faith that',
    // Faith said without its words (2026-12c tuning posts).
    'diegene daarboven', 'die daarboven', 'de man daarboven', 'the man upstairs', 'het woord open', 'romans 8',
    'john 3:16', 'friday sundown', 'vrijdag zonsondergang', 'ik vast op', 'trouw is hij', 'his timing',
    'heeft je nog nooit losgelaten', 'kaars aangestoken', 'een kaars aangestoken',
    // Faith said without its words: scripture, observance, "Him" (2026-12b tuning posts).
    'on the seventh day', 'op de zevende dag', 'prediker', 'be still, and know', 'be still and know',
    'wees niet bezorgd over de dag van morgen', 'ash wednesday', 'aswoensdag', 'askruisje', 'ash on my forehead',
    'bij hem neer te leggen', 'bij hem neerleggen', 'wie mij verder leidt', 'he always answers',
    'hij antwoordt altijd',
    // Prayer, Easter, Christmas mass and a candle lit, told as one's own (2026-12h tuning posts).
    'handen gevouwen', 'gevouwen handen', 'hands folded', 'folded my hands', 'he is risen', 'christ is risen',
    'hij is opgestaan', 'hij is waarlijk opgestaan', 'in a pew', 'kerkbank', 'nachtmis', 'midnight mass', 'in de kribbe',
    'kaarske gaan branden', 'kaarsje gaan branden', 'hand it over to him', 'handed it over to him', 'leg het bij hem neer',
    'iemand die groter is', 'someone bigger than me', 'hij draagt mij', 'he carries me', 'rijdt met me mee',
    'death isn\'t the end', 'death is not the end', 'de dood is niet het einde', 'geloof hoort thuis',
    'faith belongs at home', 'religion belongs at home', 'geloof hoort niet op de werkvloer',
    'god', 'gods', 'godheid', 'allah', 'alhamdulillah', 'inshallah', 'insha allah', 'inshaallah', 'mashallah',
    'subhanallah', 'bismillah', 'hashem', 'jezus', 'jesus', 'christus', 'jesus christ', 'heiland', 'verlosser',
    'de heer is', 'here god', 'lieve heer jezus', 'onze lieve heer', 'the lord', 'our lord', 'praise the lord',
    'holy spirit', 'heilige geest', 'god bless', 'gods zegen',
    // Religions and believers.
    'islam', 'islamitisch', 'islamitische', 'islamic', 'moslim', 'moslims', 'moslima', 'moslimcollega', 'muslim',
    'muslims', 'christen', 'christenen', 'christendom', 'christelijk geloof', 'christians',
    'christianity', 'as a christian', 'als christen', 'christian values', 'christelijke waarden', 'joods', 'joodse',
    'jood', 'joden', 'jewish', 'jews', 'judaism', 'jodendom', 'hindoe', 'hindoes', 'hindoeisme', 'hindu', 'hindus',
    'hinduism', 'boeddhisme', 'boeddhist', 'boeddhistisch', 'buddhism', 'buddhist', 'sikh', 'sikhs', 'katholieken',
    'catholics', 'protestanten', 'protestants', 'gereformeerd', 'gereformeerde', 'evangelisch', 'evangelische',
    'evangelical', 'evangelicals', 'pinkstergemeente', 'jehova', 'jehovah', 'mormoon',
    'mormonen', 'mormon', 'mormons', 'scientology', 'atheist', 'atheists', 'atheisme', 'atheism', 'agnost',
    'agnostic', 'gelovig', 'gelovige', 'gelovigen', 'ongelovig', 'ongelovigen', 'believers', 'non-believers',
    'unbelievers', 'religie', 'religies', 'religion', 'religions', 'organised religion', 'organized religion',
    'geloofsovertuiging', 'geloofsgemeenschap', 'geloofsleven', 'geloofsbeleving', 'kerkgemeenschap',
    'elk geloof', 'ieder geloof', 'welk geloof', 'ander geloof', 'andere geloof', 'religieuze feestdagen',
    'mijn geloof', 'ons geloof', 'zijn geloof', 'haar geloof', 'hun geloof', 'jouw geloof', 'het geloof',
    'geloof in god', 'geloven in god', 'in god geloven', 'my faith', 'our faith', 'his faith', 'her faith',
    'their faith', 'your faith', 'the faith', 'people of faith', 'faith-based', 'interfaith', 'church and family',
    'kerk en gezin', 'god and family',
    'faith and family', 'geloof en gezin', 'god, family',
    // Scripture, prayer and practice.
    'bijbel', 'bible', 'bijbelstudie', 'bible study', 'bijbeltekst', 'bijbelvers', 'bible verse', 'scripture',
    'scriptures', 'psalm', 'psalmen', 'psalms', 'koran', 'quran', 'qur\'an', 'hadith',
    'soenna', 'sunnah', 'thora', 'torah', 'talmoed', 'talmud', 'bidden', 'gebeden', 'gebed', 'gebedje', 'ik bid',
    'we bidden', 'bid mee', 'bid voor', 'bid je', 'bidt', 'biddag', 'prayer', 'prayers', 'prayed', 'praying',
    'prays', 'vrijdaggebed', 'friday prayer', 'jumu\'ah', 'jummah', 'salat', 'namaz', 'kerkdienst',
    'kerkdiensten', 'kerstdienst', 'kerstdiensten', 'church service', 'mass on sunday',
    'heilige mis', 'eucharistie', 'communie', 'vormsel', 'gedoopt', 'doopdienst', 'baptised', 'baptized',
    'converted to islam', 'converted to christianity', 'bedevaart',
    'pelgrimstocht', 'pilgrimage', 'hajj', 'umrah', 'sjabbat', 'shabbat', 'sabbat', 'sabbath', 'shabbos',
    'zondagsrust', 'dag des heren', 'rustdag is heilig', 'opstanding', 'verrijzenis', 'lent started', 'during lent',
    'for lent', 'vastentijd', 'naar de kerk', 'naar de moskee', 'naar de synagoge', 'to church', 'back to church',
    'going to church', 'at church', 'my church', 'mijn kerk', 'uit mijn kerk', 'naar de mis', 'to mass',
    'sunday mass',
    'church on sunday', 'kerk op zondag', 'sky daddy',
    'zonde is', 'is a sin', 'godslastering', 'blasphemy',
    'heidenen', 'heathens', 'infidels', 'sharia', 'jihad', 'satan', 'antichrist', 'kruisbeeld', 'crucifix',
    'kaarsje branden', 'kaarske branden', 'brand een kaarsje', 'brand een kaarske', 'kaarsje aangestoken',
    'kaarske gebrand', 'light a candle for', 'onze lieve vrouw', 'heilige maria', 'moeder maria', 'rozenkrans',
    'rosary', 'is my bible', 'is mijn bijbel', 'hoofddoek', 'hoofddoekje', 'hoofddoeken', 'headscarf',
    'headscarves', 'hijab',
    'boerka', 'burka', 'niqab', 'nikab', 'keppeltje', 'kippah', 'yarmulke', 'vaticaan', 'vatican',
    'imam', 'imams', 'priest', 'pastor', 'rabbi', 'rabbijn',
    'predikant', 'ouderling', 'religion of peace', 'spaghettimonster', 'vliegende spaghettimonster',
    '✝️', '☪️', '✡️', '🛐', '☦️', '🕉️', '☸️', '#geloof', '#faith', '#god', '#jezus', '#jesus',
    '#bijbel', '#bible', '#christian', '#islam', '#yomkippur', '#judaism', '#geloofopdewerkvloer',
  ],
  exceptions: [
    // Idioms and namesakes of the 2026-12g tuning posts.
    'are a religion in', 'is a religion in', 'dear god who', 'and a prayer', 'like a prayer', 'is not a bible', 'like scripture',
    // Idioms and namesakes of the 2026-12f tuning posts.
    'basically my bible', 'closest thing we have to a bible', 'to a bible', 'praying to every', 'every known deity', 'jesus wept', 'jesus christ superstar',
    // Idioms and namesakes of the 2026-12e tuning posts.
    'de bijbel voor', 'is echt de bijbel', 'de enige religie die', 'the only religion i', 'een bedevaart', 'is een bedevaart', 'a former church', 'former church', 'tot god gebeden dat', 'prayed to god that', 'eerste communie', 'communiefeest',
    // Idioms and namesakes of the 2026-12d tuning posts.
    'god wat een', 'pilgrimage complete', 'kept the faith', 'keep the faith', 'keeping the faith', 'like a bible', 'als een bijbel', 'mijn bijbel sinds', 'my bible since', 'a gift from god', 'gift from god',
    'geschenk van god', 'godsgeschenk', 'prayed to the', 'religious experience', 'made the pilgrimage', 'the pilgrimage to', 'jezus,', 'god, this', 'god i love', 'god i hate', "'de dominee'",
    'demo gods', 'praying to the', 'bijbel geworden', 'de paus van', 'the pope of', 'vatican museum', 'vatican museums', 'vaticaanse musea', 'multi-faith centre', 'chaplaincy centre', 'multi-faith chaplaincy',
    'joods museum', 'jewish museum', 'joods historisch', 'bidden en smeken', 'bidden dat', 'ruimte voor gebed', 'god van het', 'god of the', '\'s gospel', 'gospel, repeated',
    'prayer and reflection room', 'reflection room', 'bible study room', 'spiritual experience', 'pilgrimage to the', 'bedevaart naar de',
    'vatican observatory', 'style bible', 'brand bible', 'een bijbel voor', 'a bible for', 'soort gebed', 'kind of prayer', 'of any faith or none',
    // Idioms.
    'god of war', 'oh my god', 'my god', 'mijn god', 'o god', 'oh god', 'god zij dank', 'godzijdank', 'thank god',
    'thank god for', 'god knows', 'god weet', 'god mag weten', 'god forbid', 'god damn', 'god damnit',
    'for god\'s sake',
    'in godsnaam', 'god mode', 'godmode', 'god-tier', 'god tier', 'christ church', 'the bible of', 'the bible for',
    'bijbel van', 'bible of', 'is my bible', 'is mijn bijbel', 'is our bible', 'is onze bijbel', 'is the bible',
    'is de bijbel', 'my bible for', 'gospel truth', 'gospel of', 'the gospel of', 'het evangelie van de',
    'is my religion',
    'is mijn religie', 'my religion', 'my daily prayer', 'is my daily prayer', 'pray the', 'pray that', 'pray it',
    'praying the', 'praying that', 'praying it', 'pray for good weather', 'praying for good weather', 'faith in',
    'my faith in', 'our faith in', 'the faith in',
    'leap of faith', 'good faith', 'bad faith', 'believers in', 'big believer', 'true believer', 'believer in',
    'the lord of the rings', 'lord of the rings', 'jezus wat', 'jesus what', 'oh jezus', 'o jezus', 'jezus mina',
    'jezus man', 'jesus christ what', 'praying mantis', 'gebed zonder end', 'gebed zonder eind',
    'prayer room', 'prayer rooms', 'prayer and meditation room',
    'bible belt', 'biblebelt', 'bijbelgordel', 'prayer times', 'gebedstijden', 'gospel according to',
  ],
  rules: [
    // Clergy that are also surnames or nicknames (2026-12h): "meneer De Paus", "juf Priester", "dank je wel Marieke
    // Bisschop", the driver "we call the dominee".
    ...each(['paus', 'pope', 'dominee', 'pastoor', 'priester', 'bisschop'], { notNear: [...NAMESAKE, 'meneer', 'mevrouw',
      'juf', 'meester', 'mr', 'mrs', 'ms', 'dr', 'dank je wel', 'bedankt', 'thanks', 'heet', 'noemen', 'bijnaam', 'nickname',
      'called', 'jaloers', 'jealous'], within: 3 }),
    ...weak(['nativity', 'matje', 'puja', 'on my knees', 'op mijn knieën', 'op m\'n knieën', 'nooit laten vallen',
      'never let me down', 'dertig dagen', 'thirty days', 'deep conviction', 'diepe overtuiging',
      'written long before', 'zwart boekje', 'whatever you believe', 'wat je ook gelooft']),
    // Weak: faith in passing, a second sign needed (2026-12e tuning posts).
    ...weak(['lourdes', 'maria', 'nonnen', 'godvergeten', 'preek', 'een preek', 'sermon', 'kleedje', 'sprookje',
      'fairy tale']),
    // A prayer or silence room is also a facility we fit out.
    ...weak(['gebedsruimte', 'gebedsruimtes', 'stilteruimte'], { notNear: BUILDING_WORK, within: 6 }),
    { keyword: 'sunday service', notNear: ['train', 'trains', 'bus', 'buses', 'line', 'timetable', 'dienstregeling',
      'first train', 'tram', 'ferry', 'delivery'], within: 6 },
    // Weak: observance said lightly.
    ...weak(['forty days', 'veertig dagen', 'on my knees', 'op mijn knieen', 'in goeie handen', 'in goede handen',
      'de kring', 'bijbelkring', 'sundown', 'zonsondergang']),
    // Churches as institutions in a debate, not as buildings.
    ...each(['kerken', 'churches', 'de kerk', 'the church', 'de katholieke kerk', 'the catholic church', 'kerk'], {
      near: ['vrouwen', 'women', 'homo', 'homos', 'gay', 'misbruik', 'abuse', 'macht', 'power', 'instituut',
        'instituten', 'institution', 'institutions', 'hypocriet', 'hypocrisy', 'moraal', 'morality', 'preach',
        'lecture', 'lectures', 'schandaal', 'schandalen', 'scandal', 'scandals', 'covered up', 'doofpot',
        'tweederangs', 'zonde', 'sin', 'evangelie', 'gospel', 'bemoeien', 'meddle'], notNear: BUILDING_WORK,
        within: 6 }),
    { keyword: 'heer', near: ['zondag', 'sunday', 'god', 'jezus', 'bidden', 'gebed', 'geloof', 'amen', 'kerk',
      'zegen', 'machtig', 'dankbaar', 'lof', 'prijs', 'genade', 'here'], within: 4 },
    // A church, mosque or synagogue is often a building we work on.
    ...weak(['kerk', 'kerken', 'church', 'churches', 'moskee', 'moskeeen', 'mosque', 'mosques', 'synagoge',
      'synagogue', 'kapel', 'chapel', 'kathedraal', 'cathedral', 'tempel', 'temple', 'gebedshuis'],
      { notNear: BUILDING_WORK, within: 10 }),
    ...each(['christian', 'christelijk', 'christelijke', 'katholiek', 'katholieke', 'catholic', 'protestant',
      'religious', 'religieus', 'religieuze', 'spiritual', 'spiritueel', 'spirituele'], {
      near: ['faith', 'geloof', 'god', 'jesus', 'jezus', 'values', 'waarden', 'pray', 'bidden', 'bible', 'bijbel',
        'believe', 'believer', 'beliefs', 'identiteit', 'identity', 'rules', 'regels', 'dress', 'kleding', 'holidays',
        'feestdagen', 'gelovig', 'muslim', 'moslim', 'jewish', 'joods', 'as a', 'i am', 'ik ben', 'belief system',
        'institution', 'institutions', 'abuse', 'misbruik'],
      notNear: ['universiteit', 'university', 'ku leuven', 'kind of', 'soort', 'code', 'clean code', ...BUILDING_WORK],
      within: 6,
    }),
    // Holidays: greetings and team dinners are social; a holiday with faith words is not.
    ...weak(['ramadan', 'iftar', 'eid', 'suikerfeest', 'offerfeest', 'pasen', 'easter', 'kerstmis', 'pinksteren',
      'hemelvaart', 'goede vrijdag', 'good friday', 'yom kippur', 'rosh hashana', 'pesach', 'passover', 'chanoeka',
      'hanukkah', 'diwali'], { notNear: ['team', 'teams', 'collega', 'collega\'s', 'colleagues', 'office', 'kantoor',
        'kantine', 'canteen', 'lunch', 'dinner', 'diner', 'borrel', 'drinks', 'party', 'feest', 'brunch', 'greetings',
        'wishes', 'wensen', 'mubarak', 'kareem', 'fijne', 'fijn', 'happy', 'vrolijk', 'gezellig', 'celebrating',
        'celebrated', 'celebrate', 'vieren', 'vierden', 'viert', 'doughnuts', 'donuts', 'eieren', 'eggs', 'chocolade',
        'sale', 'korting', 'aanbieding', 'lights', 'lichtjes', 'gesloten', 'closed', 'vrij', 'day off', 'holiday',
        'vakantie', 'staff', 'clients', 'klanten', 'guests', 'gasten', 'evening', 'avond', 'night', 'event'], within: 4 }),
    // Fasting as one's own observance; colleagues who fast are planned around, which is no statement.
    ...weak(['vasten', 'fasting', 'vast', 'fast'], { notNear: ['collega', 'collega\'s', 'colleagues', 'die', 'who',
      'mubarak', 'pauzes', 'breaks', 'rooster', 'schedule', 'aanpassen', 'adjust', 'niet', 'not', 'food', 'delivery',
      'levering', 'snel', 'quick', 'zit', 'staat', 'loopt', 'vastgelopen', 'vastgezet'], near: ['ramadan',
        'yom kippur', 'lent', 'vastentijd', 'zonsondergang', 'sunset', 'iftar', 'quran', 'koran', 'prayer', 'gebed',
        'bidden', 'pray', 'faith', 'geloof', 'god', 'allah', 'month', 'maand', 'day', 'dag', 'hours', 'uur'],
        within: 8 }),
    // A mosque in a debate about the country, not a building we work on.
    { keyword: 'moskee', near: ['elk dorp', 'ieder dorp', 'overal', 'islamisering', 'te veel', 'teveel', 'herken',
      'eigen land', 'minaretten', 'moskeeen'], notNear: BUILDING_WORK, within: 8 },
    ...weak(['christian', 'catholic', 'katholiek', 'katholieke', 'religious', 'religieus', 'religieuze', 'spiritual',
      'spiritueel', 'secular', 'seculier', 'seculiere', 'secularism', 'secularisme', 'neutraliteit', 'neutrality',
      'heilig', 'heilige', 'holy', 'zegen', 'gezegend', 'blessed', 'blessing', 'blessings', 'amen', 'bekering',
      'bekeerd', 'bekeren', 'belief', 'beliefs', 'faith', 'worship', 'aanbidden', 'bekeerling', 'pasen', 'easter',
      'pinksteren', 'hemelvaart', 'goede vrijdag', 'evangelie', 'gospel', 'halal', 'kosher', 'koosjer', 'tulband',
      'turban', 'prayer room', 'prayer rooms', 'pray', '📿', '🕌', '⛪', '🕍'], {
      notNear: ['heilig huisje', 'heilige huisjes', 'heilige graal', 'holy grail', 'holy moly', 'holy cow',
        'geloof heilig', 'amen to', 'blessed to have', 'blessed with', 'demo', 'deadline', 'borrel', 'drinks',
        'party', 'feest'],
      within: 6,
    }),
  ],
};
