/**
 * Lexicons that help decide whether a capitalised phrase names a person, an organisation or a
 * place. The large lists (given names, surnames, places, organisations, famous people) live in
 * `namesLexicon.json`, extracted once from the lexicon of the compromise tagger (MIT licence,
 * version noted in the file). Countries, US states, continents and cities come from
 * `gazetteer.json`, which `scripts/gazetteer/gazetteer.ts` writes from registry data packages
 * (sources and population thresholds noted in the file). The short lists below are written by hand: they hold the cue
 * words that matter most in news text and that a general lexicon lacks or tags differently.
 * Every entry is lower case; lookups fold the text first.
 */
import lexicon from './namesLexicon.json';
import gazetteer from './gazetteer.json';

function set(words: string): Set<string> {
  return new Set(words.split('|').map((w) => w.trim()).filter(Boolean));
}

/** Given names (first names) of many languages. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(lexicon.givenNames);

/** Common surnames. */
export const SURNAMES: ReadonlySet<string> = new Set(lexicon.surnames);

/** Words that name people in the general lexicon: given names, surnames, famous people. */
const PERSON_NAME_WORDS: ReadonlySet<string> = new Set([...lexicon.givenNames, ...lexicon.surnames, ...lexicon.people]);

/**
 * Countries (with their other names and the former countries), US states and territories,
 * continents, and the subdivisions of every country (regions, provinces, counties).
 */
export const COUNTRIES_AND_REGIONS: ReadonlySet<string> = new Set([...set(gazetteer.countries), ...set(gazetteer.regions), ...set(gazetteer.subdivisions)]);

/** US states and territories, and continents, without the countries. */
export const REGIONS: ReadonlySet<string> = set(gazetteer.regions);

/**
 * Countries and regions whose name is also a person's ("Jordan", "Chad", "Virginia"): places
 * unless the words around them say a person is meant.
 */
export const REGIONS_ALSO_PERSON_NAMES: ReadonlySet<string> = new Set(
  [...COUNTRIES_AND_REGIONS].filter((n) => PERSON_NAME_WORDS.has(n) && !lexicon.places.includes(n)),
);

/**
 * Cities of 100,000 people or more (and capitals). Alone, such a name is a place only when it
 * is not also a given name, a surname or a common word, or when the words around it say so.
 */
export const LARGE_CITIES: ReadonlySet<string> = set(gazetteer.largeCities);

/** Towns of 15,000 to 100,000 people whose names have several words ("Apache Junction"). */
export const TOWNS: ReadonlySet<string> = set(gazetteer.towns);

/** State abbreviations written after a city ("Biloxi, Miss.", "Irving, TX"). */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = set(gazetteer.stateAbbreviations);

/**
 * Regions and natural features WordNet names ("Bohemia", "the Andes", "the Adriatic"), none of
 * them a person's name or an ordinary word.
 */
export const FEATURES: ReadonlySet<string> = set(gazetteer.features);

/**
 * Names of places: countries, capitals and major cities, US states and other regions,
 * continents, seas and rivers, plus news-specific forms the general lexicon lacks.
 */
export const PLACES: ReadonlySet<string> = new Set([
  ...lexicon.places,
  ...FEATURES,
  ...[...COUNTRIES_AND_REGIONS].filter((n) => !REGIONS_ALSO_PERSON_NAMES.has(n)),
  ...set(
    'u.s.|us|usa|u.s.a.|united states|united states of america|america|u.k.|uk|britain|great britain|united kingdom|' +
      'washington d.c.|d.c.|east timor|gaza|gaza strip|west bank|crimea|donbas|donbass|odesa|odessa|kharkiv|kherson|' +
      'zaporizhzhia|mariupol|bakhmut|kyiv|kiev|lviv|dnipro|sevastopol|chechnya|dagestan|kashmir|punjab|kurdistan|tibet|' +
      'xinjiang|darfur|sinai|golan heights|balkans|caucasus|middle east|near east|far east|latin america|south america|' +
      'north america|central america|southeast asia|south asia|east asia|central asia|western europe|eastern europe|' +
      'scandinavia|siberia|north korea|south korea|taiwan|hong kong|macau|mainland china|persian gulf|gulf of aden|' +
      'gulf of mexico|arabian sea|black sea|baltic sea|mediterranean|caribbean|pacific|atlantic|arctic|antarctica|' +
      'silicon valley|wall street|capitol hill|downing street|whitehall|fleet street|hollywood|broadway|' +
      'los angeles|san francisco|new orleans|las vegas|san diego|new jersey|new mexico|new hampshire|rhode island|' +
      'north carolina|south carolina|north dakota|south dakota|west virginia|district of columbia|puerto rico|guam|' +
      'england|scotland|wales|northern ireland|ireland|bavaria|catalonia|flanders|wallonia|quebec|ontario|' +
      'british columbia|new south wales|queensland|victoria|tasmania|aden|mogadishu|somaliland|puntland|herat|' +
      'kandahar|helmand|fallujah|mosul|basra|aleppo|homs|idlib|raqqa|benghazi|tripoli|misrata|sanaa|' +
      'hormuz|strait of hormuz|suez|suez canal|panama canal|antarctic|europe|asia|africa|oceania|australia|' +
        'uae|u.a.e.|drc|midwest|new england|pacific northwest|deep south|west coast|east coast|gulf coast|queens|' +
        'bronx|staten island|long island|brooklyn|manhattan|northeast|southwest|northwest|southeast|' +
        'soviet union|east germany|west germany',
  ),
]);

/**
 * Organisations named by a single well-known word or phrase: governments by their seat,
 * institutions, international bodies, agencies and large companies.
 */
export const ORGANIZATIONS: ReadonlySet<string> = new Set([
  ...lexicon.organizations,
  ...set(
    'kremlin|white house|pentagon|congress|senate|parliament|duma|state duma|bundestag|knesset|' +
      'downing street|elysee|élysée|quai d\'orsay|vatican|holy see|politburo|supreme court|' +
      'un|u.n.|united nations|eu|e.u.|european union|european commission|european parliament|nato|' +
      'who|imf|world bank|wto|opec|osce|asean|african union|arab league|g7|g20|interpol|europol|' +
      'fbi|cia|nsa|dhs|fema|faa|fda|epa|sec|irs|nasa|noaa|cdc|atf|dea|doj|pentagon|state department|' +
      'justice department|defense department|treasury|home office|foreign office|scotland yard|' +
      'mi5|mi6|kgb|fsb|svr|gru|mossad|hamas|hezbollah|hizbollah|taliban|isis|isil|al-qaeda|al qaeda|' +
      'al-shabab|al-shabaab|boko haram|red cross|red crescent|amnesty international|human rights watch|' +
      'greenpeace|reuters|associated press|ap|afp|agence france-presse|bloomberg|tass|ria novosti|interfax|' +
      'xinhua|bbc|cnn|nbc|cbs|abc|fox news|msnbc|npr|pbs|al jazeera|sky news|cnbc|espn|itv|' +
      'new york times|washington post|wall street journal|guardian|the guardian|times|financial times|' +
      'economist|telegraph|daily telegraph|daily mail|los angeles times|usa today|politico|axios|' +
      'wikinews|wikipedia|wikileaks|twitter|facebook|google|apple|microsoft|amazon|meta|instagram|' +
      'youtube|tiktok|whatsapp|telegram|netflix|tesla|spacex|boeing|airbus|gazprom|rosneft|' +
      'democrats|republicans|democratic party|republican party|labour|tories|conservatives|' +
      'gop|nhs|bbc news|' +
      'hamas|fatah|plo|ira|eta|farc|cnn international|pga|nba|nfl|nhl|mlb|uefa|fifa|ioc',
  ),
]);

// A seat of government or of a church that the gazetteer lists as a country ("Vatican", "Holy
// See") names the institution in news: the list of organisations decides.
for (const n of COUNTRIES_AND_REGIONS) if (ORGANIZATIONS.has(n) && !lexicon.places.includes(n)) (PLACES as Set<string>).delete(n);

/** Common English nouns and adjectives that are not also names ("Power", "Reporter", "Meetings"). */
export const COMMON_WORDS: ReadonlySet<string> = new Set(lexicon.commonWords);

/** Well-known people named by a full name. */
export const PEOPLE: ReadonlySet<string> = new Set(lexicon.people);

/**
 * Adjectives and nouns of nationality, region or creed. Alone they are not names
 * ("Ukrainian officials", "European delegations"), though they may open one ("Russian
 * Foreign Ministry").
 */
export const DEMONYMS: ReadonlySet<string> = set(
  'afghan|afghans|african|africans|albanian|albanians|algerian|algerians|american|americans|angolan|argentine|' +
    'argentinian|armenian|armenians|asian|asians|australian|australians|austrian|austrians|azerbaijani|bangladeshi|' +
    'belarusian|belgian|belgians|bolivian|bosnian|brazilian|brazilians|brit|brits|british|bulgarian|burmese|' +
    'californian|cambodian|cameroonian|canadian|canadians|chadian|chilean|chinese|colombian|congolese|croat|' +
    'croatian|cuban|cubans|cypriot|czech|dane|danes|danish|dominican|dutch|ecuadorian|egyptian|egyptians|emirati|' +
    'english|englishman|eritrean|estonian|ethiopian|european|europeans|filipino|filipinos|finnish|finn|french|' +
    'frenchman|gabonese|gambian|georgian|german|germans|ghanaian|greek|greeks|guatemalan|haitian|honduran|' +
    'hungarian|icelandic|indian|indians|indonesian|iranian|iranians|iraqi|iraqis|irish|irishman|israeli|israelis|' +
    'italian|italians|ivorian|jamaican|japanese|jordanian|kazakh|kenyan|kenyans|korean|koreans|kosovar|kurd|kurds|' +
    'kurdish|kuwaiti|kyrgyz|latvian|lebanese|liberian|libyan|libyans|lithuanian|macedonian|malagasy|malaysian|' +
    'maltese|mexican|mexicans|moldovan|mongolian|montenegrin|moroccan|namibian|nepalese|nepali|nicaraguan|nigerian|' +
    'nigerians|nigerien|norwegian|omani|pakistani|pakistanis|palestinian|palestinians|panamanian|paraguayan|' +
    'persian|peruvian|polish|pole|poles|portuguese|puerto rican|qatari|romanian|russian|russians|rwandan|samoan|' +
    'saudi|saudis|scot|scots|scottish|senegalese|serb|serbs|serbian|singaporean|slovak|slovenian|somali|somalis|' +
    'somalian|south african|south korean|north korean|soviet|spanish|spaniard|sri lankan|sudanese|swede|swedes|' +
    'swedish|swiss|syrian|syrians|taiwanese|tajik|tanzanian|texan|texans|thai|tibetan|trinidadian|tunisian|turk|' +
    'turks|turkish|turkmen|ugandan|ukrainian|ukrainians|uzbek|venezuelan|vietnamese|welsh|yemeni|yemenis|' +
    'zambian|zimbabwean|western|eastern|northern|southern|arab|arabs|arabic|islamic|islamist|islamists|muslim|' +
    'muslims|christian|christians|catholic|catholics|protestant|jewish|jew|jews|sunni|sunnis|shia|shiite|shiites|' +
    'hindu|hindus|buddhist|sikh|orthodox|latino|latina|hispanic|caucasian|nordic|baltic|slavic|anglo|' +
    'pan-democrat|pan-democrats|democrat|democrats|republican|republicans|communist|communists|socialist|' +
    'conservative|liberal|tory|labourite|federal|national|international|global|olympic|olympics',
);

/**
 * First words of organisations named after a place ("Air Canada", "Telecom Egypt", "Radio
 * Moscow", "Bank Austria"): before a place's name they make the whole an organisation.
 */
export const ORGANIZATION_LEADS: ReadonlySet<string> = set('air|airlines|telecom|radio|bank|banco|banca|club|aeroflot|tv|television');

/**
 * Units of time, capitalised in titles and labels ("Player of the Year", "in Week 16", "Years
 * active"): by themselves they name nothing.
 */
export const TIME_UNITS: ReadonlySet<string> = set('year|years|week|weeks|month|months|decade|decades|century|centuries|hour|hours|minute|minutes');

/** Capitalised words that are never names by themselves: days, months, seasons, holidays. */
export const CALENDAR_WORDS: ReadonlySet<string> = set(
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|' +
    'january|february|march|april|may|june|july|august|september|october|november|december|' +
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|jan.|feb.|mar.|apr.|jun.|jul.|aug.|sep.|sept.|oct.|nov.|dec.|' +
    'christmas|easter|ramadan|eid|thanksgiving|halloween|new year|hanukkah|passover|diwali|today|tonight|tomorrow|yesterday',
);

/**
 * Capitalised words that begin sentences or headlines without being names: pronouns,
 * determiners, conjunctions, adverbs, interjections and a few frequent headline words.
 */
export const NOT_NAMES: ReadonlySet<string> = set(
  'i|i\'m|i\'ve|i\'d|i\'ll|a|an|the|this|that|these|those|he|she|it|we|they|you|his|her|its|our|their|your|my|' +
    'and|but|or|nor|so|yet|for|if|when|while|as|because|although|though|after|before|since|until|once|then|' +
    'there|here|in|on|at|by|with|from|to|of|into|over|under|about|against|between|during|without|within|' +
    'also|however|meanwhile|still|even|only|just|now|later|earlier|first|last|next|finally|instead|' +
    'yes|no|not|oh|ok|okay|please|thanks|mr|mrs|ms|dr|image|photo|video|update|updated|breaking|' +
    'editor|note|source|sources|read|more|click|share|advertisement|related|see|watch|according|' +
    'what|why|how|who|whom|whose|which|where|some|many|most|all|both|each|every|any|none|several|few|' +
    'one|two|three|four|five|six|seven|eight|nine|ten|other|another|such|same|' +
    'mom|dad|madam|internet|web|online',
);

/**
 * Final words that make a phrase an organisation ("Labour Party", "Apple Inc.",
 * "Defence Ministry", "Columbia University").
 */
export const ORGANIZATION_WORDS: ReadonlySet<string> = set(
  'inc|inc.|corp|corp.|corporation|co.|company|companies|ltd|ltd.|llc|plc|gmbh|ag|sa|group|holdings|' +
    'party|ministry|department|dept.|council|university|college|school|academy|institute|institution|' +
    'agency|bureau|office|commission|committee|board|authority|administration|service|services|' +
    'bank|fund|foundation|trust|association|society|federation|union|league|alliance|coalition|front|' +
    'movement|organization|organisation|network|court|tribunal|parliament|assembly|congress|senate|' +
    'government|cabinet|police|army|navy|force|forces|guard|corps|brigade|regiment|battalion|militia|' +
    'church|synagogue|diocese|archdiocese|times|post|news|herald|tribune|journal|gazette|' +
    'magazine|daily|press|telegraph|guardian|chronicle|review|radio|television|tv|channel|broadcasting|' +
    'airlines|airways|motors|systems|technologies|industries|enterprises|partners|studios|records|' +
    'club|team|fc|united|rangers|orchestra|band|brothers|bros.|labs|laboratories|research|' +
    'firm|exchange|reserve|communications|media|patrol|telecom|entertainment|weekly|monthly|marshals|' +
    'survey|mafia|nostra|advisors|advisers|capital|foods|pharmaceuticals|insurance|securities|investments|' +
    'consulting|solutions|software|games|pictures|productions|films|publishing|books|stores|markets|' +
    'resources|petroleum|oil|electric|steel|telecommunications|wireless|mobile|automotive|healthcare|rescue|' +
    'unit|squad|command|secretariat|transit|presidency|chamber|caucus|convention|conference|summit|programme|program|org|org.|' +
    // The last words of newspapers' names ("The Hollywood Reporter", "The Sacramento Examiner").
    'reporter|examiner|observer|inquirer|enquirer|courier|dispatch|bulletin|sentinel|ledger|advertiser|dealer|statesman',
);

/**
 * Final words that make a phrase a place ("Gulf of Aden", "Fifth Avenue", "Brazos County",
 * "Madison Square Garden"): geographic features, administrative areas, streets and venues.
 */
export const PLACE_WORDS: ReadonlySet<string> = set(
  'street|st.|road|rd.|avenue|ave.|boulevard|blvd.|lane|drive|highway|freeway|motorway|route|square|plaza|' +
    'park|garden|gardens|bridge|tunnel|airport|port|harbor|harbour|stadium|arena|hall|tower|towers|building|' +
    'palace|castle|cathedral|temple|monument|memorial|museum|gallery|theatre|theater|library|hotel|mall|' +
    'center|centre|hospital|clinic|station|unit|courthouse|shop|store|supermarket|restaurant|cafe|bar|' +
    'campus|factory|plant|mine|farm|ranch|estate|zoo|mosque|cemetery|plateau|trail|chapel|' +
    'prison|jail|penitentiary|camp|base|island|islands|isle|river|lake|sea|ocean|gulf|bay|strait|channel|' +
    'canal|coast|beach|peninsula|desert|mountain|mountains|mount|mt.|hill|hills|valley|forest|falls|' +
    'county|province|state|region|district|territory|prefecture|oblast|city|town|village|borough|' +
    'township|parish|quarter|neighborhood|neighbourhood|heights|springs|canyon|crater|volcano|reef|' +
    'peak|glacier|plain|plains|delta|basin|cape|point|shore|republic|kingdom|emirates|federation|' +
    'terrace|turnpike|expressway|parkway|causeway|pier|wharf|quay|marina|promenade|esplanade|reservoir|' +
    'dam|lagoon|fjord|cliffs|dunes|swamp|wetlands|shelf|empire',
);

/**
 * Phrases that usually begin an organisation name whatever follows ("University of Chicago",
 * "Bank of England", "Ministry of Defence").
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = set(
  'university|bank|ministry|department|council|college|institute|academy|school|church|house|' +
    'office|bureau|board|commission|committee|league|society|association|federation|union|order|court|' +
    'party|army|navy|museum|federal|national|royal|united|international|daughters|sons|friends|knights',
);

/**
 * Phrases that begin a place name ("Gulf of Aden", "Republic of Korea", "Isle of Man").
 */
export const PLACE_HEADS: ReadonlySet<string> = set(
  'gulf|bay|sea|isle|island|islands|lake|mount|cape|strait|straits|republic|kingdom|city|state|county|' +
    'province|district|port|sultanate|emirate|principality|commonwealth|west|east|north|south|upper|lower|new|' +
    'san|santa|st.|saint|fort|lake|mt.|northeast|northwest|southeast|southwest|central|greater|old|los|las|el|' +
    'port|mount|glen|little|big|great|horn',
);

/** Particles that may sit between parts of a person's name ("Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = set(
  'de|da|das|do|dos|del|della|di|du|van|von|der|den|ter|bin|ibn|bint|al|el|la|le|y|zu|af',
);

/**
 * Verbs that, right after a country's or a city's name, show it acting as a team or a
 * government rather than standing as a place ("North Korea fired", "England beat", "Boston
 * reportedly offered"). One such use proves little; several in one article decide its kind.
 */
export const AGENT_VERBS: ReadonlySet<string> = set(
  'beat|beats|defeated|defeats|won|wins|lost|loses|drew|draws|tied|faced|faces|played|plays|scored|scores|' +
    'trailed|trails|led|leads|clinched|advanced|edged|routed|eliminated|qualified|equalised|equalized|' +
    'started|finished|opened|made|had|took|signed|offered|hired|fired|traded|released|' +
    'launched|attacked|invaded|shelled|evacuated|deployed|retaliated|threatened|warned|vowed|demanded|' +
    'accused|denied|rejected|refused|agreed|announced|stated|said|says|insisted|insists|responded|' +
    'exchanged|sent|recalled|expelled|imposed|sanctioned|condemned|urged|plans|planned|wants|wanted',
);

/**
 * Words right before a name that make it an opponent in a match ("against Detroit",
 * "defeated Panama"), so a team, an organisation.
 */
export const OPPONENT_CUES: ReadonlySet<string> = set(
  'against|versus|vs|vs.|v|v.|defeated|defeating|beat|beating|faced|facing|edged|routed|thrashed|downed|' +
    'eliminated|trailing|outscored|outplayed|past|top-ranked|second-ranked|third-ranked|unbeaten|undefeated|top-seeded',
);

/**
 * Members of a sports team that follow its name ("Panama coach", "Tunisia's goalkeeper"):
 * a place named this way is a team.
 */
export const TEAM_MEMBERS: ReadonlySet<string> = set(
  'coach|captain|goalkeeper|keeper|goalie|striker|midfielder|defender|forward|quarterback|pitcher|' +
    'manager|squad|lineup|roster|skipper|substitute|winger|fullback|playmaker|bench|fans|supporters|offense|defense|defence|' +
    'lineman|linebacker|cornerback|quarterbacks|shortstop|outfielder|infielder|pitchers|catcher|' +
    'basketball|football|baseball|hockey|soccer|volleyball|rugby|cricket',
);

/**
 * Lower-case words after a name and "'s" (after up to two describing words) that only a team
 * has ("Marlow's season", "Marlow's career scoring record", "Marlow's 20-13 win"): a place
 * named this way is a team.
 */
export const TEAM_POSSESSIONS: ReadonlySet<string> = set(
  'game|games|season|seasons|victory|victories|win|wins|loss|losses|defeat|defeats|scoring|streak|' +
    'playoff|playoffs|postseason|touchdown|touchdowns|goal|goals|lineup|roster|starters|offense|offence|defense',
);

/**
 * Abbreviations and short forms written in capitals that are not names: time zones, degrees,
 * offences, sports and news jargon ("0300 GMT", "Regina Benjamin, MD", "charged with DUI").
 * Without this list every capitalised acronym would be taken for an organisation.
 */
export const NON_NAME_ABBREVIATIONS: ReadonlySet<string> = set(
  'gmt|utc|bst|est|edt|pst|pdt|cst|cdt|mst|mdt|cet|cest|hkt|ist|jst|aest|' +
    'md|m.d.|mba|m.b.a.|phd|ph.d.|b.a.|bsc|msc|m.a.|jd|j.d.|rn|' +
    'dui|dwi|owi|td|tko|ko|mvp|ir|i.r.|mia|rtm|hq|vp|ceo|cfo|coo|cto|svp|evp|' +
    'tv|dvd|cd|ok|faq|pdf|html|url|usb|gps|vip|ufo|atm|suv|gdp|dna|rna|hiv|aids|covid|' +
    'id|iq|lol|omg|aka|a.k.a.|rip|r.i.p.|asap|diy|ps|p.s.|nb|etc|vs|mph|kph|km|kg|lb|lbs|mm|cm|ft|' +
    'a.m.|p.m.|am|pm|b.c.e.|a.d.|c.e.',
);

/**
 * Last words of the names of events (awards, matches, tournaments, festivals): such names
 * are neither people, organisations nor places ("Academy Awards", "Super Bowl", "NFL Draft").
 */
export const EVENT_WORDS: ReadonlySet<string> = set(
  'awards|award|bowl|cup|olympics|olympiad|draft|championship|championships|tournament|festival|expo|' +
    'fair|marathon|prix|playoffs|playoff|oscars|emmys|grammys|tonys|meetings|finals|semifinals|semifinal|' +
    'derby|regatta|rally|gala|telethon|jamboree|classic|invitational|series|week|day|night|eve',
);

/**
 * Lower-case nouns that, right before an unknown name, show that it names an organisation
 * ("cable operator Seacom", "the magazine MicroMega", "retailer Waitrose").
 */
export const ORGANIZATION_CUES: ReadonlySet<string> = set(
  'company|firm|operator|retailer|supermarket|chain|carrier|airline|broadcaster|network|newspaper|paper|' +
    'magazine|tabloid|daily|weekly|website|site|portal|publisher|label|studio|brand|maker|manufacturer|' +
    'automaker|carmaker|provider|producer|distributor|supplier|developer|insurer|lender|bank|giant|group|' +
    'party|organisation|organization|charity|agency|club|team|band|startup|start-up|conglomerate|' +
    'subsidiary|outlet|station|channel|union|association|foundation|institute|university|school|college|' +
    'militia|movement|faction|coalition|alliance|league|federation|ministry|department|regulator|watchdog|authority',
);

/**
 * Verbs that headlines write in title case right after a name ("Fred LaRue Dies at 75",
 * "Lohan Checks Into Rehab", "Earthquake Jolts Iran"). In a title-case line they end a name.
 */
export const HEADLINE_VERBS: ReadonlySet<string> = set(
  'dies|died|says|said|returns|returned|checks|checked|placed|places|set|sets|hit|hits|launches|launched|' +
    'jolts|jolted|rocks|strikes|struck|wins|won|beat|beats|begins|began|hosts|host|hosting|fired|fires|hires|hired|' +
    'rehires|named|names|arrested|charged|convicted|sentenced|jailed|killed|kills|shot|shoots|found|finds|' +
    'leaves|left|enters|entered|quits|resigns|resigned|retains|retained|signs|signed|joins|joined|takes|took|' +
    'makes|made|gets|got|offers|offered|extends|extended|breaks|broke|reaches|reached|clinches|clinched|tops|' +
    'topped|loses|lost|faces|faced|seeks|sought|weighs|confirms|confirmed|denies|denied|slams|blasts|calls|' +
    'called|urges|urged|warns|warned|plans|planned|announces|announced|releases|released|issues|issued|' +
    'escapes|escaped|pleads|pleaded|accused|admits|admitted|agrees|agreed|rejects|rejected|sues|sued|' +
    'wants|eyes|nominates|nominated|picks|picked|taps|tapped|appoints|appointed|elected|elects|votes|voted|' +
    'opens|opened|closes|closed|cuts|raises|raised|drops|dropped|falls|fell|rises|rose|goes|went|comes|came|' +
    'is|are|was|were|has|have|had|will|may|could|to|be|been|being|gives|gave|get|set|retires|retired|' +
    'dismantles|dismantled|defeats|defeated|suffers|suffered|injured|hurt|remains|stays|speaks|spoke',
);

/**
 * Lower-case nouns for a kind of place. In an apposition after an unknown name ("Velmora, a
 * port city of 240,000") or before "of" and the name ("the town of Millom"), they show that
 * the name is a place's.
 */
export const PLACE_NOUNS: ReadonlySet<string> = set(
  'city|town|village|hamlet|country|nation|state|region|province|county|district|municipality|' +
    'suburb|borough|township|parish|island|archipelago|port|capital|metropolis|territory|enclave|' +
    'republic|kingdom|emirate|neighbourhood|neighborhood|settlement|oasis|outskirts|resort',
);

/**
 * Lower-case words before "of" and a name that show the name is a place's ("the mayor of
 * Millom", "the residents of Velmora", "the outskirts of Herat"), beside the kinds of place.
 */
export const PLACE_OF_CUES: ReadonlySet<string> = set(
  'mayor|governor|council|residents|inhabitants|citizens|people|outskirts|suburbs|streets|centre|center|' +
    'heart|north|south|east|west|northeast|northwest|southeast|southwest|downtown|mayoralty',
);

/**
 * Lower-case words after a name and "'s" that show the name is a place's ("Velmora's city
 * council", "Millom's residents", "Herat's governor").
 */
export const PLACE_POSSESSION_CUES: ReadonlySet<string> = set(
  'city|mayor|council|residents|inhabitants|citizens|population|streets|outskirts|suburbs|harbour|harbor|' +
    'port|airport|downtown|neighbourhoods|neighborhoods|old|main|waterfront|townspeople|governor|municipal',
);

/** Lower-case words after a place's name that show it is a place ("Miami-based"). */
export const PLACE_SUFFIX_WORDS: ReadonlySet<string> = set('based|born|bound|area|region|city|residents|native|natives');

/**
 * Common forms of the same place or organisation, folded to one key so that "U.S.", "US" and
 * "United States" link to one entity.
 */
export const NAME_KEYS: Readonly<Record<string, string>> = {
  'u.s.': 'united states',
  us: 'united states',
  usa: 'united states',
  'u.s.a.': 'united states',
  'united states of america': 'united states',
  america: 'united states',
  'u.k.': 'united kingdom',
  uk: 'united kingdom',
  britain: 'united kingdom',
  'great britain': 'united kingdom',
  'u.n.': 'united nations',
  un: 'united nations',
  'e.u.': 'european union',
  eu: 'european union',
  'd.c.': 'washington d.c.',
  kiev: 'kyiv',
  odessa: 'odesa',
};

/**
 * Verbs right after a lone name that only a person does ("Tyler thought", "Ruse argues",
 * "Byron fell in love"): the name is a person's even when it is also a city's.
 */
export const PERSON_VERBS: ReadonlySet<string> = set(
  'thought|thinks|felt|feels|believed|believes|hoped|hopes|feared|fears|wondered|wonders|realised|realized|' +
    'remembered|remembers|recalled|recalls|smiled|smiles|laughed|laughs|cried|cries|wept|sighed|nodded|nods|' +
    'shrugged|hesitated|hesitates|died|dies|married|marries|graduated|prayed|forgave|studied|learned|learnt|' +
    'argued|argues|wrote|writes|grew|loved|loves|hated|hates|knew|knows|replied|replies|whispered|' +
    'shouted|asked|asks|told|tells|spoke|speaks|explained|explains|insisted|insists|admitted|admits|' +
    'retired|resigned|testified|pleaded|confessed|apologised|apologized|sang|sings|danced|starred',
);

/**
 * Lower-case words after a lone name and "'s" that belong to a person ("Tyler's parents",
 * "Dalton's theory", "Byron's memoirs"), so the name is not a place's.
 */
export const PERSON_POSSESSION_CUES: ReadonlySet<string> = set(
  'wife|husband|mother|father|son|daughter|sons|daughters|parents|children|brother|sister|family|' +
    'grandmother|grandfather|girlfriend|boyfriend|widow|partner|friend|friends|death|birth|funeral|' +
    'mind|life|career|memoirs|memoir|biography|theory|theories|postulates|postulate|hypothesis|model|' +
    'lawyer|attorney|spokesman|spokeswoman|spokesperson|body|face|eyes|hand|hands|novel|poems|music|band',
);

/**
 * Nouns for a person that end an apposition after a name ("Valeska Paris, an Australian
 * woman"), beside the titles and roles.
 */
export const PERSON_NOUNS: ReadonlySet<string> = set(
  'man|woman|boy|girl|mother|father|son|daughter|husband|wife|grandmother|grandfather|teenager|' +
    'resident|native|veteran|student|pupil|child|baby|mom|dad|widow|widower|victim|suspect|fan|' +
    'member|friend|neighbour|neighbor|artist|singer|actor|actress|writer|author|poet|player',
);

/**
 * Nouns that, right after a name, make it the name of an affair ("the Watergate scandal", "the
 * Iran-Contra affair"): the name stands for the event, not for a person, organisation or place.
 */
export const AFFAIR_NOUNS: ReadonlySet<string> = set('scandal|scandals|affair|cover-up|coverup|break-in|controversy|saga');

/**
 * Nouns for a work right before its title ("the 1969 film Easy Rider", "the novel Rebecca"): the
 * title names the work, not a person, organisation or place.
 */
export const WORK_NOUNS: ReadonlySet<string> = set(
  'film|movie|novel|book|album|song|single|play|musical|sitcom|documentary|miniseries|opera|painting|poem|' +
    'memoir|show|series|episode|franchise|trilogy|sequel|biopic|blockbuster',
);

/**
 * Nouns after a title in quotation marks that make it a work's ("the “Mean Girls” star", the
 * "American Pie" actress).
 */
export const WORK_ROLE_NOUNS: ReadonlySet<string> = set(
  'star|stars|actor|actress|actors|director|author|creator|cast|co-star|writer|producer|sequel|prequel|franchise|' +
    'premiere|remake|soundtrack|trilogy',
);

/**
 * Nouns of an award and its ceremony after a one-word name ("Oscar host", "Emmy nomination"): the
 * name is the award's, even when it is also a given name.
 */
export const AWARD_NOUNS: ReadonlySet<string> = set(
  'host|nomination|nominations|nominee|nominees|winner|winners|ceremony|ceremonies|' +
    'telecast|organizers|organisers|statuette|hopeful|hopefuls',
);

/**
 * Stock exchanges as a listing names them before a ticker ("(NYSE: IBM)", "(Nasdaq: MSFT)"); the
 * same brackets hold other codes that are names ("(IATA: PHX)").
 */
export const STOCK_EXCHANGES: ReadonlySet<string> = set(
  'nyse|nasdaq|nsdq|amex|lse|tsx|tsxv|asx|hkex|sehk|tse|otc|otcbb|otcqb|otcqx|euronext|bse|nse|jse|krx|sgx|six|fwb|xetra|bmv|bovespa|moex|set|idx',
);

/** Nouns after a road's number ("the M1 northbound", "the A64 motorway"). */
export const ROAD_CUES: ReadonlySet<string> = set(
  'northbound|southbound|eastbound|westbound|motorway|highway|freeway|expressway|interstate|road|junction|exit|bypass|turnpike',
);

/** Words before "the" and a road's number that show it is a road ("take the M1", "along the A19"). */
export const ROAD_VERBS: ReadonlySet<string> = set('take|taking|took|along|onto|off|via|join|joining|follow|following|on');

/** Words that name a road by its number after them ("Route 66", "Interstate 75"). */
export const ROAD_WORDS: ReadonlySet<string> = set('route|highway|interstate|motorway|autobahn|autoroute');

/** Points of the compass that, after "the", name a region ("the North", "the West"). */
export const COMPASS_REGIONS: ReadonlySet<string> = set('north|south|east|west|northeast|northwest|southeast|southwest|midwest');

/**
 * Verbs of being admitted to a place, by the preposition that follows them ("checked into X",
 * "rushed to X"): what one checks into or is rushed to is a clinic, a hotel or a hospital, never
 * a person, even when it bears a person's name.
 */
export const ADMISSION_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['into', set('check|checks|checked|checking|booked')],
  ['to', set('rushed|airlifted|evacuated')],
]);

/**
 * Words before "at" or "of" and a name that make it an employer, an organisation ("her job at
 * Kraft", "employees of Tallgrass"). People work for people too, so "for" is no cue.
 */
export const EMPLOYMENT_CUES: ReadonlySet<string> = set(
  'job|jobs|worked|works|working|employee|employees|employed|staff|career|internship|intern|executive|executives|shareholders',
);
