/**
 * The development articles written last (eval/README.md), each set committed before any rule was read
 * against it: the closest the development set has to unseen text, so they are scored apart (the coder
 * floors, `npm run eval -- --causes`).
 */

/** The ten articles of branch dev3, written for events; coder 0.3.0's first-sight set. */
export const FIRST_SIGHT_ARTICLES: ReadonlySet<string> = new Set([
  'ecuador-thailand-trade-pact',
  'switzerland-eases-nicaragua-sanctions',
  'mauritania-mali-border-clash',
  'iran-denmark-prisoner-exchange-oman',
  'ghana-hosts-guinea-sierra-leone-talks',
  'costa-rica-election-congratulations',
  'indonesia-cancels-australia-visit',
  'canada-arms-embargo-egypt',
  'greece-turkey-research-ship-standoff',
  'chad-blocks-aid-convoy',
]);

/** The six articles of branch actors3, written for actors and statements. */
export const ACTORS3_ARTICLES: ReadonlySet<string> = new Set([
  'thailand-myanmar-myawaddy-air-strikes',
  'mozambique-tanzania-rovuma-patrols',
  'ecuador-costa-rica-embassy-asylum',
  'lithuania-estonia-georgia-entry-bans',
  'senegal-gambia-casamance-ecowas-observers',
  'cyprus-lebanon-migrant-boats-asylum',
]);

/** Both: the 16 development articles written before dev4 and after the older corpus. */
export const NEWEST_DEV_ARTICLES: ReadonlySet<string> = new Set([
  ...FIRST_SIGHT_ARTICLES,
  ...ACTORS3_ARTICLES,
]);

/**
 * The six articles of branch dev4, written by a writer who had not read the coder and committed before
 * it ran on them: first-sight text for the lead, kept apart so the older groups' floors do not move.
 */
export const DEV4_ARTICLES: ReadonlySet<string> = new Set([
  'uruguay-paraguay-dredger-seized',
  'botswana-namibia-chobe-fishermen-shot',
  'italy-tunisia-patrol-boats-migration-deal',
  'nepal-bhutan-refugee-talks-resume',
  'slovenia-croatia-piran-bay-fishermen',
  'kuwait-iraq-khor-abdullah-ruling',
]);

/**
 * The six articles of branch dev5, written the same way a session later (one each from West and Central
 * Africa, the Caribbean, South-East Asia, the Balkans and the Gulf): first-sight text for this session's
 * lead, kept apart like dev4 so that no older group's floors move.
 */
export const DEV5_ARTICLES: ReadonlySet<string> = new Set([
  'niger-benin-pipeline-shutdown',
  'gabon-equatorial-guinea-mbanie-ruling',
  'haiti-dominican-republic-deportations',
  'malaysia-singapore-water-working-group',
  'montenegro-serbia-ambassador-expelled',
  'qatar-syria-energy-aid-visit',
]);

/**
 * The six articles of branch dev6, written the same way a session later (one each from the Horn of
 * Africa, Central America, Melanesia, the Balkans, the Arabian Peninsula and Central Asia): first-sight
 * text for this session's lead, kept apart like dev4 and dev5 so that no older group's floors move.
 */
export const DEV6_ARTICLES: ReadonlySet<string> = new Set([
  'ethiopia-djibouti-tadjourah-port-deal',
  'el-salvador-honduras-extradition',
  'papua-new-guinea-solomon-islands-aid',
  'bulgaria-north-macedonia-eu-talks-veto',
  'yemen-houthis-seize-emirati-cargo-ship',
  'turkmenistan-uzbekistan-gas-cut-arrears',
]);

/**
 * The six articles of branch dev7, written the same way a session later (one each from South America, the
 * Great Lakes, East Asia, Central Europe, the Gulf and Southern Africa): first-sight text for this
 * session's lead, kept apart like dev4 to dev6 so that no older group's floors move.
 */
export const DEV7_ARTICLES: ReadonlySet<string> = new Set([
  'bolivia-chile-arica-port-fees-icj',
  'burundi-rwanda-border-closed-grenade-attack',
  'mongolia-china-copper-border-halt',
  'austria-hungary-night-lorry-ban-row',
  'bahrain-sweden-activist-sentence-upheld',
  'lesotho-south-africa-water-royalties',
]);

/**
 * The six articles of branch dev8, written the same way a session later (one each from North Africa, the
 * Americas, Polynesia, Western Europe, the Levant and the Indian Ocean off East Africa): first-sight text
 * for this session's lead, kept apart like dev4 to dev7 so that no older group's floors move.
 */
export const DEV8_ARTICLES: ReadonlySet<string> = new Set([
  'algeria-morocco-airspace-ban-extended',
  'mexico-brazil-steel-duties-wto',
  'tonga-samoa-police-election-deployment',
  'netherlands-belgium-port-cocaine-joint-team',
  'jordan-israel-summer-water-deliveries',
  'madagascar-mauritius-frozen-funds-ruling',
]);

/**
 * The six articles of branch dev9, written the same way a session later (one each from the Guianas,
 * Central Africa, South-East Asia, Western Europe, the Indian Ocean and the central Pacific): first-sight
 * text for the next session's lead, kept apart like dev4 to dev8 so that no older group's floors move.
 */
export const DEV9_ARTICLES: ReadonlySet<string> = new Set([
  'guyana-suriname-rice-ban-ccj-ruling',
  'angola-hosts-congo-uganda-lake-albert-talks',
  'cambodia-timor-leste-labour-pact-rice-aid',
  'portugal-slovak-ex-minister-extradition',
  'seychelles-suspends-maldivian-tuna-licences',
  'kiribati-tuvalu-sea-boundary-treaty',
]);

/**
 * The six articles of branch dev10, written the same way a session later again (West Africa, Southern
 * Africa, Central America and the Caribbean, Northern Europe, Micronesia, the Balkans): first-sight text
 * for the next session's lead, kept apart like dev4 to dev9 so that no older group's floors move.
 */
export const DEV10_ARTICLES: ReadonlySet<string> = new Set([
  'liberia-cote-divoire-helicopter-strike',
  'eswatini-malawi-sugar-duty-comesa-threat',
  'panama-cuba-deportation-flights-accord',
  'ireland-detains-finnish-freighter-cable',
  'palau-micronesia-yap-drought-water-aid',
  'bosnia-court-jails-albanian-smugglers',
]);

/**
 * The six articles of branch dev11, written the same way a session later (the Caribbean, West Africa,
 * Western Europe, Melanesia and Micronesia, East-Central Africa, the Gulf of Guinea): first-sight text for
 * this session's lead, kept apart like dev4 to dev10 so that no older group's floors move.
 */
export const DEV11_ARTICLES: ReadonlySet<string> = new Set([
  'barbados-trinidad-ferry-gas-deals-visit',
  'guinea-bissau-cplp-mediators-sanctions',
  'luxembourg-court-liechtenstein-bank-records',
  'vanuatu-marshall-islands-tanker-spill-row',
  'south-sudan-holds-central-african-troops',
  'sao-tome-nigeria-joint-zone-arbitration',
]);

/**
 * The six articles of branch dev12, written the same way a session later (Polynesia, the Horn of Africa
 * and the western Indian Ocean, the northern Caribbean, Borneo, the Pyrenees and Eastern Europe, the
 * Atlantic islands off West Africa): first-sight text for this session's lead, kept apart like dev4 to
 * dev11 so that no older group's floors move.
 */
export const DEV12_ARTICLES: ReadonlySet<string> = new Set([
  'cook-islands-niue-patient-transfer-accord',
  'somalia-comoros-ship-seized-arab-league',
  'jamaica-bahamas-migrant-detention-row',
  'brunei-halts-british-army-live-firing',
  'andorra-court-moldova-bank-fraud-funds',
  'monaco-flood-aid-cabo-verde-sao-nicolau',
]);

/**
 * The six articles of branch dev13, written the same way a session later (the Windward and Leeward
 * Islands, Western Europe, the Balkans and the Holy See, East Asia): first-sight text for this session's
 * lead, kept apart like dev4 to dev12 so that no older group's floors move.
 */
export const DEV13_ARTICLES: ReadonlySet<string> = new Set([
  'saint-lucia-vincentian-root-crop-ban-oecs',
  'san-marino-summons-french-envoy-bankers',
  'kosovo-president-vatican-recognition-visit',
  'taiwan-south-korea-squid-boat-detained-jeju',
  'st-kitts-antigua-ferry-debts-appeal-ruling',
  'dominica-grenada-investment-passport-visas',
]);

/**
 * The three articles of branch dev14, written the same way a session later, between the last two states no
 * earlier article named (the Republic of the Congo, Palestine) and two multilateral bodies (the IMF, the
 * WHO): first-sight text for this session's lead, kept apart like the groups before it.
 */
export const DEV14_ARTICLES: ReadonlySet<string> = new Set([
  'congo-brazzaville-palestine-visa-accord',
  'imf-withholds-congo-brazzaville-loan',
  'palestine-who-polio-vaccine-delay-row',
]);

/**
 * The six articles of branch dev15, written the same way a session later on states earlier articles
 * already name, in pairs and acts none of them has (Kenya and Ethiopia, the WFP in Borno, the Maldives
 * and India, Zambia and the DR Congo, Cambodia and Vietnam, Kyrgyzstan and Kazakhstan), one per shape:
 * first-sight text for this session's lead, kept apart like the groups before it.
 */
export const DEV15_ARTICLES: ReadonlySet<string> = new Set([
  'kenya-ethiopia-turkana-raid-police-sent',
  'wfp-halts-borno-food-aid-after-looting',
  'maldives-tells-india-withdraw-helicopter-crews',
  'zambia-maize-ban-congo-drivers-expelled',
  'cambodia-vietnam-border-marker-troops-pullback',
  'kyrgyzstan-kazakhstan-water-coal-schedule-eaeu',
]);

/**
 * The six articles of branch dev16, written the same way a session later on states of Africa, the Middle
 * East, Europe and Central Asia in pairs and acts no earlier article has (Tajikistan and Iran, the ECOWAS
 * court and Guinea, Tunisia and Libya, Montenegro and Norway, Georgia and Armenia, Uganda and South Sudan),
 * one per shape: first-sight text for this session's lead.
 */
export const DEV16_ARTICLES: ReadonlySet<string> = new Set([
  'tajikistan-iran-winter-power-swap-visit',
  'ecowas-court-orders-guinea-free-journalists',
  'tunisia-libya-ras-jedir-traders-abducted',
  'montenegro-norway-bijela-shipyard-seizure',
  'georgia-armenia-sadakhlo-intelligence-pact',
  'uganda-south-sudan-nimule-fuel-timetable',
]);

/**
 * The six articles of branch dev17, written at the same time by another writer on states of the Americas,
 * South and East Asia and the Pacific (Papua New Guinea and Indonesia, the UNHCR with Malaysia and Myanmar,
 * Ecuador and China, Sri Lanka and India, Fiji and India, Peru and Bolivia), one per shape.
 */
export const DEV17_ARTICLES: ReadonlySet<string> = new Set([
  'papua-new-guinea-indonesian-loggers-abducted-sandaun',
  'unhcr-malaysia-myanmar-deportations-detention-access',
  'ecuador-china-squid-fleet-galapagos-boarding-warning',
  'sri-lanka-navy-rameswaram-fishermen-trawlers-strike',
  'fiji-india-visa-row-ends-labasa-mill-loan-talks',
  'peru-bolivia-desaguadero-joint-border-post-andean-community',
]);

/** A first-sight group (six articles; dev14 three): its `--causes` column and its articles, in eval/README.md's row order. */
export interface DevGroup {
  readonly column: DevGroupColumn;
  readonly articles: ReadonlySet<string>;
}

/** The name of a first-sight group's column: its branch, `dev4` and later. */
export type DevGroupColumn = `dev${number}`;

/** The first-sight groups, oldest first; a new group is one more set above and one more entry here. */
export const DEV_GROUPS: readonly DevGroup[] = [
  { column: 'dev4', articles: DEV4_ARTICLES },
  { column: 'dev5', articles: DEV5_ARTICLES },
  { column: 'dev6', articles: DEV6_ARTICLES },
  { column: 'dev7', articles: DEV7_ARTICLES },
  { column: 'dev8', articles: DEV8_ARTICLES },
  { column: 'dev9', articles: DEV9_ARTICLES },
  { column: 'dev10', articles: DEV10_ARTICLES },
  { column: 'dev11', articles: DEV11_ARTICLES },
  { column: 'dev12', articles: DEV12_ARTICLES },
  { column: 'dev13', articles: DEV13_ARTICLES },
  { column: 'dev14', articles: DEV14_ARTICLES },
  { column: 'dev15', articles: DEV15_ARTICLES },
  { column: 'dev16', articles: DEV16_ARTICLES },
  { column: 'dev17', articles: DEV17_ARTICLES },
];

/** The corpus articles of no newer group: the ones every rule so far was written against. */
export function isOlderCorpusArticle(name: string): boolean {
  return !NEWEST_DEV_ARTICLES.has(name) && !DEV_GROUPS.some(g => g.articles.has(name));
}

/**
 * The columns of the `--causes` tables: the seed, the older corpus, the 16 newest of dev3 and actors3,
 * each first-sight group of six, the fixtures.
 */
export type DevColumn = 'seed' | 'old' | 'new' | DevGroupColumn | 'fixture';
export const DEV_COLUMNS: readonly DevColumn[] = [
  'seed',
  'old',
  'new',
  ...DEV_GROUPS.map(g => g.column),
  'fixture',
];

/** An article's column, or null for a blind group (holdout, validation), which is never broken down. */
export function devColumn(group: string, name: string): DevColumn | null {
  if (group === 'corpus') {
    const dev = DEV_GROUPS.find(g => g.articles.has(name));
    if (dev) {
      return dev.column;
    }
    return NEWEST_DEV_ARTICLES.has(name) ? 'new' : 'old';
  }
  return group === 'seed' || group === 'fixture' ? group : null;
}
