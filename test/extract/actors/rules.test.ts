// Table-driven tests of the actor rules, one table per rule, on composed sentences.
import { describe, expect, it } from 'vitest';
import { actorNamed, actorsOf, names } from './helpers.js';

interface Case {
  text: string;
  has?: Array<{ name: string; kind?: string; aliases?: string[]; roles?: string[]; country?: string | null; code?: string | null }>;
  not?: string[];
}

function table(title: string, cases: Case[]) {
  describe(title, () => {
    for (const c of cases) {
      it(c.text.slice(0, 70), () => {
        const actors = actorsOf(c.text);
        const all = actors.flatMap((a) => [a.name, ...a.aliases]);
        for (const want of c.has ?? []) {
          const a = actors.find((x) => x.name === want.name);
          expect(a, `${want.name} in ${JSON.stringify(actors.map((x) => x.name))}`).toBeDefined();
          if (want.kind) expect(a!.kind).toBe(want.kind);
          if (want.aliases) expect([...a!.aliases].sort()).toEqual([...want.aliases].sort());
          if (want.roles) expect(a!.roles).toEqual(want.roles);
          if (want.country !== undefined) expect(a!.country).toBe(want.country);
          if (want.code !== undefined) expect(a!.code).toBe(want.code);
        }
        for (const n of c.not ?? []) expect(all).not.toContain(n);
      });
    }
  });
}

table('proper-noun runs, particles and hyphens', [
  { text: 'Fighters loyal to Abu Bakr al Baghdadi crossed into Iraq on Monday.', has: [{ name: 'Abu Bakr al Baghdadi', kind: 'person' }, { name: 'Iraq', kind: 'country' }] },
  { text: 'Witnesses said Jama’at Nusrat al-Islam wal-Muslimin fighters attacked the convoy.', has: [{ name: 'Jama’at Nusrat al-Islam wal-Muslimin', kind: 'group' }] },
  { text: 'Residents of Mocímboa da Praia fled south on Tuesday.', has: [{ name: 'Mocímboa da Praia' }] },
  { text: 'The Kenya-Somalia border was closed after the raid.', has: [{ name: 'Kenya', kind: 'country' }, { name: 'Somalia', kind: 'country' }], not: ['Kenya-Somalia'] },
  { text: 'An al-Shabaab-linked cell was dismantled, officials in Kenya said.', has: [{ name: 'al-Shabaab', kind: 'group' }], not: ['al-Shabaab-linked'] },
  { text: 'The Armed Conflict Location & Event Data Project counted 40 events.', has: [{ name: 'Armed Conflict Location & Event Data Project', kind: 'organization' }] },
  { text: 'The Ministry of Public Health in Kabul said 12 people had died.', has: [{ name: 'Ministry of Public Health', kind: 'organization' }] },
  { text: 'Paul H. Chipok, the county engineer, said the bridge would reopen.', has: [{ name: 'Paul H. Chipok', kind: 'person' }], not: ['Paul'] },
  { text: 'Rivera met Senator Mark T. Oduya and Lena K. Ortiz in Dakar.', has: [{ name: 'Mark T. Oduya', kind: 'person' }, { name: 'Lena K. Ortiz', kind: 'person' }], not: ['Mark', 'Lena'] },
  { text: 'The council had no Plan B. The talks in Dakar failed.', has: [{ name: 'Dakar' }], not: ['Plan B. The', 'B. The'] },
  { text: 'Rivera backed Vitamin D. He said nothing else.', not: ['Vitamin D. He', 'D. He'] },
  { text: 'Sen. Mark Oduya (R-SC) and Rep. Ana Ruiz (D-Fla.) met in Dakar.', has: [{ name: 'Mark Oduya', kind: 'person' }, { name: 'Ana Ruiz', kind: 'person' }], not: ['Sen. Mark Oduya'] },
]);

table('trimming: possessives, punctuation, sentence-initial words', [
  { text: 'Uganda’s parliament met on Friday.', has: [{ name: 'Uganda', kind: 'country' }], not: ['Uganda’s'] },
  { text: 'Talks resumed in Geneva, diplomats said.', has: [{ name: 'Geneva', kind: 'place' }], not: ['Talks', 'Geneva,'] },
  { text: 'Witnesses said the convoy was hit twice. Hospitals were overwhelmed.', not: ['Witnesses', 'Hospitals'] },
  { text: 'Suspected Boko Haram fighters stormed the village.', has: [{ name: 'Boko Haram', kind: 'group' }], not: ['Suspected Boko Haram'] },
  { text: 'Read more: Floods hit the region\nGunmen killed five people near Lagos.', not: ['Read', 'Floods', 'Gunmen'] },
]);

table('headings and page furniture', [
  { text: 'Rising Tensions Along The Border\nSoldiers were deployed to Goma on Monday.', not: ['Rising Tensions', 'Border', 'The Border'] },
  { text: 'SHARE THIS ARTICLE\nThe army said it had retaken Bunia.', not: ['SHARE THIS ARTICLE', 'SHARE'] },
  { text: 'Women’s 100 metres\nTasha Wendell ( Jamaica ) 10.91\nMarit Oyelaran ( Norway ) 11.02', has: [{ name: 'Tasha Wendell', kind: 'person' }, { name: 'Marit Oyelaran', kind: 'person' }] },
  { text: 'Quarter-finals:\nIrena Volkova ( Ukraine ) beat Sunniva Prakash ( India ) 6-4 6-2', has: [{ name: 'Irena Volkova', kind: 'person' }, { name: 'Sunniva Prakash', kind: 'person' }] },
  { text: 'Floods Sweep Across Northern Provinces\nRescuers reached Sukkur on Monday.', not: ['Floods Sweep', 'Northern Provinces'] },
]);

table('headings cut into the names of the running text', [
  { text: 'RAIDERS BEAT CHARGERS IN OVERTIME\nOAKLAND 1996-09-02\nThe Raiders beat the Chargers on Sunday, coach Mike White said.', has: [{ name: 'Raiders' }, { name: 'Chargers' }, { name: 'OAKLAND', kind: 'place' }], not: ['RAIDERS BEAT CHARGERS'] },
  { text: 'Prime Minister Jane Doe met President John Roe in Accra, Ghana Radio reported.', has: [{ name: 'Jane Doe', kind: 'person' }, { name: 'Accra', kind: 'place' }, { name: 'Ghana Radio', kind: 'media' }] },
]);

table('sports results, fixtures and tables: the names are teams', [
  { text: 'Results on Saturday:\nHarwick 3 Dunmore 1\nPortavon 0 Kelso Rovers 2', has: [{ name: 'Harwick', kind: 'organization' }, { name: 'Dunmore', kind: 'organization' }, { name: 'Kelso Rovers', kind: 'organization' }] },
  { text: 'Paris 2 Lyon 1\nThe match was played in Lyon.', has: [{ name: 'Paris', kind: 'organization' }] },
  { text: 'Fixtures: Ashby v Coldwell , Penrith v Wexley', has: [{ name: 'Ashby', kind: 'organization' }, { name: 'Wexley', kind: 'organization' }] },
  { text: 'DENVER AT SEATTLE', has: [{ name: 'DENVER', kind: 'organization' }, { name: 'SEATTLE', kind: 'place' }] },
  { text: 'Fixtures: Ashby v Coldwell , Penrith v\nWexley , Dunmore v Harwick', has: [{ name: 'Wexley', kind: 'organization' }, { name: 'Harwick', kind: 'organization' }] },
  { text: 'TENNIS - RESULTS AT HAMLET CUP', not: ['RESULTS'] },
  { text: 'Standings:\nPortavon 5 4 1 0 12 3 13\nDunmore 5 3 2 0 9 4 11', has: [{ name: 'Portavon', kind: 'organization' }, { name: 'Dunmore', kind: 'organization' }] },
  { text: 'In Lisbon : Ashdown Park 2 Stanmore 1', has: [{ name: 'Ashdown Park', kind: 'organization' }, { name: 'Lisbon', kind: 'place' }] },
  { text: 'Averages:\nGraham Pike 13 2 42 1 42.00', has: [{ name: 'Graham Pike', kind: 'person' }] },
  { text: 'Kenya beat Ghana 3-1 on Sunday. Kenya 3 Ghana 1', has: [{ name: 'Kenya', kind: 'country' }] },
  { text: 'Results:\nCalifornia 7 Dunmore 1\nDunmore has lost six of its last eight games.', has: [{ name: 'Dunmore', kind: 'organization' }] },
  { text: 'Brenton Athletic signed a striker from Kelso Rovers on Monday.', has: [{ name: 'Brenton Athletic', kind: 'organization' }, { name: 'Kelso Rovers', kind: 'organization' }] },
]);

describe('a team named after its city is not the city of the dateline', () => {
  it('keeps NEW YORK the place and NEW YORK the team apart', () => {
    const actors = actorsOf('NEW YORK 1996-08-24\nResults on Sunday:\nCalifornia 7 NEW YORK 1\nNEW YORK AT SEATTLE');
    const kinds = actors.filter((a) => a.name === 'NEW YORK').map((a) => a.kind).sort();
    expect(kinds).toEqual(['organization', 'place']);
  });
});

table('a country in brackets after a name says where the person is from', [
  { text: 'Ana Rivas ( U.S. ) beat Lena Holt ( Sweden ) 6-3 6-2', has: [{ name: 'Ana Rivas', kind: 'person' }, { name: 'Lena Holt', kind: 'person' }] },
  { text: 'Lina Okafor (Nigeria) won the 400 metres in 49.8 seconds.', has: [{ name: 'Lina Okafor', kind: 'person' }, { name: 'Nigeria', kind: 'country' }] },
]);

table('a two-word name the lexicon knows keeps its first word', [
  { text: 'NEW YORK 1996-08-24\nStocks fell on Friday.', has: [{ name: 'NEW YORK', kind: 'place' }], not: ['YORK'] },
  { text: 'Floods hit New Mexico on Tuesday.', has: [{ name: 'New Mexico' }], not: ['Mexico'] },
  { text: 'Protesters gathered in Mexico City on Sunday.', has: [{ name: 'Mexico City', kind: 'place' }], not: ['Mexico'] },
]);

table('organisation names with possessives, purposes and numbers', [
  { text: 'The Farmers’ Union said prices had collapsed.', has: [{ name: 'Farmers’ Union', kind: 'organization' }], not: ['Farmers'] },
  { text: "Members of the Teachers' Council called a strike.", has: [{ name: "Teachers' Council", kind: 'organization' }] },
  { text: 'Fighters of the People’s Liberation Front crossed the river.', has: [{ name: 'People’s Liberation Front', kind: 'group' }], not: ['People', 'Liberation Front'] },
  { text: "The Pakistan People's Party won in Sindh.", has: [{ name: "Pakistan People's Party", kind: 'group' }] },
  { text: 'The county Sheriff’s Office found the car.', has: [{ name: 'Sheriff’s Office', kind: 'organization' }] },
  { text: 'The People \'s Liberation Front said it would fight on .', has: [{ name: "People 's Liberation Front", kind: 'group' }] },
  { text: 'Pakistan’s Foreign Office said talks would resume.', has: [{ name: 'Pakistan', kind: 'country' }, { name: 'Foreign Office', kind: 'organization' }], not: ['Pakistan’s Foreign Office'] },
  { text: 'Doctors at the University’s Institute for Gene Therapy said the trial ended.', not: ['University’s Institute for Gene Therapy'] },
  { text: 'The Committee to Protect Journalists condemned the arrest.', has: [{ name: 'Committee to Protect Journalists', kind: 'organization' }] },
  { text: 'The government sent the Army to Kabul.', not: ['Army to Kabul'] },
  { text: 'The 5th Brigade was deployed to the border.', has: [{ name: '5th Brigade', kind: 'organization' }] },
]);

table('kinds: parties, fronts and movements are political groups; cartels and militias armed ones', [
  { text: 'The Party for Freedom and Progress won the election.', has: [{ name: 'Party for Freedom and Progress', kind: 'group' }] },
  { text: 'The Movement for Democratic Change rejected the results.', has: [{ name: 'Movement for Democratic Change', kind: 'group' }] },
  { text: 'The National Salvation Front said it would boycott the vote.', has: [{ name: 'National Salvation Front', kind: 'group' }] },
  { text: 'Gunmen from the Sinaloa cartel killed five people.', has: [{ name: 'Sinaloa', kind: 'group' }] },
  { text: 'The Jalisco New Generation Cartel (CJNG) controls the route.', has: [{ name: 'Jalisco New Generation Cartel', kind: 'group', aliases: ['CJNG'] }] },
  { text: 'The Wazalendo militia said it had taken the hill.', has: [{ name: 'Wazalendo', kind: 'group' }] },
  { text: 'Gangs raided Kenscoff on Monday.', has: [{ name: 'Kenscoff', kind: 'place' }] },
]);

table('a place and a plural is a team; a compass point and "Bank" a place', [
  { text: 'The Baltimore Orioles beat the Chicago White Sox 5-3.', has: [{ name: 'Baltimore Orioles', kind: 'organization' }, { name: 'Chicago White Sox', kind: 'organization' }] },
  { text: 'He flew to Las Vegas on Monday.', has: [{ name: 'Las Vegas', kind: 'place' }] },
  { text: 'Residents of the Golan Heights protested.', has: [{ name: 'Golan Heights', kind: 'place' }] },
  { text: 'Settlers moved into the West Bank last year.', has: [{ name: 'West Bank', kind: 'place' }] },
  { text: 'The Central Bank raised interest rates.', has: [{ name: 'Central Bank', kind: 'organization' }] },
]);

table('titles become roles', [
  { text: 'Foreign Minister Ahmed Salem Haddad said the talks would continue.', has: [{ name: 'Ahmed Salem Haddad', kind: 'person', roles: ['Foreign Minister'] }] },
  { text: 'Lieutenant Colonel Peter Mwangi confirmed the attack.', has: [{ name: 'Peter Mwangi', kind: 'person', roles: ['Lieutenant Colonel'] }] },
  { text: 'Ugandan Defence Minister Jacob Oboth said troops would stay.', has: [{ name: 'Jacob Oboth', roles: ['Defence Minister'], country: 'UG', code: 'UGAGOV' }], not: ['Ugandan'] },
  { text: 'Kenya’s Interior Minister Grace Wanjiru visited the camp.', has: [{ name: 'Grace Wanjiru', roles: ['Interior Minister'], country: 'KE' }, { name: 'Kenya', kind: 'country' }] },
  { text: 'Dr Amina Yusuf treated the wounded.', has: [{ name: 'Amina Yusuf', kind: 'person', roles: [] }] },
  { text: 'The Prime Minister did not comment.', not: ['Prime Minister'] },
]);

table('appositives and roles before a name', [
  { text: 'Peter Okello, a spokesman for the regional government, said two people died.', has: [{ name: 'Peter Okello', kind: 'person', roles: ['spokesman'] }] },
  { text: 'Hassan Ali, a 40-year-old shopkeeper, said he lost everything.', has: [{ name: 'Hassan Ali', roles: ['shopkeeper'] }] },
  { text: 'Police spokeswoman Jane Atieno told reporters the road was closed.', has: [{ name: 'Jane Atieno', kind: 'person' }] },
  { text: 'The attack was condemned by rebel commander Joseph Kabila Nzeyimana.', has: [{ name: 'Joseph Kabila Nzeyimana', roles: ['rebel commander'] }] },
]);

table('acronyms defined in parentheses', [
  { text: 'The National Unity Front (NUF) rejected the deal. The NUF said it would fight on.', has: [{ name: 'National Unity Front', aliases: ['NUF'], kind: 'group' }], not: [] },
  { text: 'Fighters of the Allied Democratic Forces (ADF) killed 20 people. ADF gunmen later withdrew.', has: [{ name: 'Allied Democratic Forces', aliases: ['ADF'], kind: 'group' }] },
  { text: 'Aid reached the camp, according to the UN children’s agency (UNICEF).', has: [{ name: 'UNICEF', kind: 'organization' }] },
  { text: 'The Sudanese Doctors Network (SDN) said 14 civilians died.', has: [{ name: 'Sudanese Doctors Network', aliases: ['SDN'] }] },
  { text: 'KHARTOUM, Sudan (Reuters) - Shelling hit a market, the army said.', has: [{ name: 'Reuters', kind: 'media' }, { name: 'Sudan', kind: 'country' }] },
]);

table('capitals as governments and as places', [
  { text: 'Nairobi rejected the claim on Sunday.', has: [{ name: 'Kenya', kind: 'country', aliases: ['Nairobi'] }] },
  { text: 'The talks were held in Nairobi.', has: [{ name: 'Nairobi', kind: 'place' }], not: ['Kenya'] },
  { text: 'Kenya said Nairobi would not send more troops, and officials met in Mombasa.', has: [{ name: 'Kenya', aliases: ['Nairobi'] }, { name: 'Mombasa', kind: 'place' }] },
  { text: 'Relations between Moscow and Kyiv worsened.', has: [{ name: 'Russia', aliases: ['Moscow'] }, { name: 'Ukraine', aliases: ['Kyiv'] }] },
]);

table('one actor for spelling variants and listed aliases', [
  { text: 'Türkiye hosted the talks. Turkey said Turkiye would mediate again.', has: [{ name: 'Türkiye', kind: 'country', country: 'TR' }] },
  { text: 'The Houthis fired a missile. Ansar Allah said it targeted a ship.', has: [{ name: 'Houthis', kind: 'group', aliases: ['Ansar Allah'], country: 'YE' }] },
  { text: 'Pakistani Taliban fighters attacked a post. The TTP claimed the raid.', has: [{ name: 'Pakistani Taliban', kind: 'group', aliases: ['TTP'] }] },
  { text: 'The U.S. and the United States Navy both responded.', has: [{ name: 'U.S.', kind: 'country' }] },
]);

table('people: surnames and shorter forms merge, namesakes stay apart', [
  {
    text: 'Colonel John Baptiste Mbeki led the unit. John Mbeki later said the town was calm. Mbeki added that aid was needed.',
    has: [{ name: 'John Baptiste Mbeki', aliases: ['John Mbeki', 'Mbeki'] }],
  },
  {
    text: 'Sarah Kimani, a nurse, treated the wounded. Her brother Daniel Kimani was missing. Kimani said he had fled.',
    has: [{ name: 'Sarah Kimani' }, { name: 'Daniel Kimani' }],
  },
]);

table('forces named by a country or demonym', [
  { text: 'The Malian army said it had repelled the attack. The army gave no toll.', has: [{ name: 'Malian army', kind: 'organization', country: 'ML', code: 'MLIMIL', aliases: ['army'] }] },
  { text: 'Russian military officers met their Turkish counterparts.', not: ['Russian military'] },
  { text: 'The Kenya Defence Forces said three soldiers died.', has: [{ name: 'Kenya Defence Forces', kind: 'organization', country: 'KE' }] },
]);

table('typing by cue words and context', [
  { text: 'The Borno State Emergency Management Agency said 300 homes burned.', has: [{ name: 'Borno State Emergency Management Agency', kind: 'organization' }] },
  { text: 'Fighters of the Martyrs of Yarmouk Brigade seized the town.', has: [{ name: 'Martyrs of Yarmouk Brigade', kind: 'group' }] },
  { text: 'The Daily Monitor reported the clash.', has: [{ name: 'Daily Monitor', kind: 'media' }] },
  { text: 'Gunmen attacked Kaduna Polytechnic and fled towards Birnin Gwari.', has: [{ name: 'Birnin Gwari', kind: 'place' }] },
  { text: 'Reuters and AFP reported the strike, citing Al Jazeera.', has: [{ name: 'Reuters', kind: 'media' }, { name: 'AFP', kind: 'media' }, { name: 'Al Jazeera', kind: 'media' }] },
]);

table('names with particles, adjectives and nouns around them', [
  { text: 'Spokesman Al-Hadi Mansour said the group would respond. Mansour gave no details.', has: [{ name: 'Al-Hadi Mansour', kind: 'person', aliases: ['Mansour'] }] },
  { text: 'Troops loyal to General Khalifa al-Haftar advanced. Haftar said the city had fallen.', has: [{ name: 'Khalifa al-Haftar', aliases: ['Haftar', 'al-Haftar'] }] },
  { text: 'Qatar and the United Arab Emirates sent aid, while Kurdish and Arab fighters held the line.', has: [{ name: 'United Arab Emirates', kind: 'country' }], not: ['Kurdish', 'Arab', 'United'] },
  { text: 'Shelling hit the villages of Kafr Nabl and Maarat al-Numan overnight.', has: [{ name: 'Kafr Nabl', kind: 'place' }, { name: 'Maarat al-Numan', kind: 'place' }] },
  { text: 'Rebels seized Kiwanja and Rutshuru after heavy fighting in Goma.', has: [{ name: 'Rutshuru', kind: 'place' }] },
  { text: 'Militants fired Grad rockets at the base, the army said.', not: ['Grad'] },
  { text: 'The African Union Interim Force deployed to the border.', has: [{ name: 'African Union Interim Force', kind: 'organization', roles: [] }] },
  { text: 'Displaced families sheltered in the Zamzam camp, aid workers said.', has: [{ name: 'Zamzam camp', kind: 'place' }] },
]);

describe('ids and provenance', () => {
  it('numbers actors in order of first mention and every mention is the source text', () => {
    const text = 'Mali accused Algeria of meddling. Algeria denied it, and Mali recalled its envoy.';
    const actors = actorsOf(text);
    expect(actors.map((a) => [a.id, a.name])).toEqual([['a1', 'Mali'], ['a2', 'Algeria']]);
    for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(actors[0]!.mentions).toHaveLength(2);
  });
  it('spans count code points after astral characters', () => {
    const text = '🙂 Hamas said talks in Cairo stalled.';
    const hamas = actorNamed(text, 'Hamas')!;
    expect([...text].slice(hamas.mentions[0]!.start, hamas.mentions[0]!.end).join('')).toBe('Hamas');
  });
  it('stays linear on hostile input', () => {
    const text = 'Al '.repeat(20000) + ' Bin-'.repeat(20000) + '(' + 'A'.repeat(5000) + ')';
    expect(Array.isArray(names(text))).toBe(true);
  });
});

table('ordinary English words in capitals are not names', [
  { text: 'Image caption, Families wait outside a clinic in Goma.', has: [{ name: 'Goma' }], not: ['Families'] },
  { text: 'Security personnel guarded the gate in Kano on Friday.', has: [{ name: 'Kano' }], not: ['Security'] },
  { text: 'Copy Link copied\nTroops entered Bunia after dawn.', not: ['Link'] },
  { text: 'SITUATION OVERVIEW\nFighting spread to Uvira on Monday.', has: [{ name: 'Uvira' }], not: ['SITUATION OVERVIEW'] },
  { text: 'Situation Report\nAid convoys reached Kalemie on Monday.', not: ['Situation Report'] },
  { text: '• Humanitarian access remains limited in Ituri, aid workers said.', not: ['Humanitarian'] },
  { text: 'RESPONSE\nAid agencies delivered food to 3,000 families.', not: ['RESPONSE'] },
  { text: 'Read Also: Floods hit the region', not: ['Also'] },
  { text: 'The story follows the Reuters Editorial Guidelines.', has: [{ name: 'Reuters' }], not: ['Editorial Guidelines'] },
  { text: 'Gunmen attacked a checkpoint in Tank district on Monday.', has: [{ name: 'Tank', kind: 'place' }] },
  { text: 'Air defence units shot down two drones over Lviv, the Air Force said.', has: [{ name: 'Air Force' }], not: ['Air'] },
  { text: 'The Raiders lost to the Chargers on Sunday.', has: [{ name: 'Raiders' }, { name: 'Chargers' }] },
]);

table('"and", slashes and "in" inside one name', [
  { text: 'The rebels declared a “Council of Justice and Reform” in the north.', has: [{ name: 'Council of Justice and Reform', kind: 'organization' }], not: ['Reform'] },
  { text: 'Figures from the Institute for Peace and Conflict Studies (IPCS) show a rise.', has: [{ name: 'Institute for Peace and Conflict Studies', aliases: ['IPCS'] }], not: ['Conflict Studies'] },
  { text: 'Delegates of the Peace and Security Council met on Friday.', has: [{ name: 'Peace and Security Council', kind: 'organization' }], not: ['Security Council', 'Peace'] },
  { text: 'On Friday the African Union’s Peace and Security Council met in Addis Ababa.', has: [{ name: 'African Union’s Peace and Security Council' }] },
  { text: 'Russia and Ukraine exchanged prisoners on Monday.', has: [{ name: 'Russia' }, { name: 'Ukraine' }], not: ['Russia and Ukraine'] },
  { text: 'The Ministry of Health and UNICEF opened two clinics.', has: [{ name: 'Ministry of Health' }, { name: 'UNICEF' }] },
  { text: 'Floods hit North and South Kivu this week.', has: [{ name: 'North and South Kivu', kind: 'place' }], not: ['North'] },
  { text: 'Clashes between the Union Lumière Kasai/Northern Front Alliance (ULK/NFA) and the army went on. ULK/NFA forces withdrew.', has: [{ name: 'Union Lumière Kasai/Northern Front Alliance', aliases: ['ULK/NFA'] }], not: ['Union Lumière Kasai', 'Northern Front Alliance'] },
  { text: 'The United Nations Assistance Mission in the Republic of Somalia (UNSOM) said 12 people died.', has: [{ name: 'United Nations Assistance Mission in the Republic of Somalia', aliases: ['UNSOM'] }] },
  { text: 'Gunmen raided Bakura Local Government Area of Zamfara State on Monday.', has: [{ name: 'Bakura Local Government Area', kind: 'place' }], not: ['Bakura Local Government Area of Zamfara State'] },
]);

table('forces named by a possessive country or by their level', [
  { text: 'Drones hit the depot, according to Chad’s army. The army said two soldiers were hurt.', has: [{ name: 'Chad’s army', kind: 'organization', aliases: ['army'] }, { name: 'Chad', kind: 'country' }] },
  { text: 'Chad’s army later shelled the town of Bol.', has: [{ name: 'Chad' }], not: ['Chad’s army'] },
  { text: 'The Malian army said it had retaken the town. The Malian military later denied losses.', has: [{ name: 'Malian military', aliases: ['Malian army'] }] },
  { text: 'Federal police said they had arrested 40 people in Kano. Two were later freed, police said.', has: [{ name: 'Federal police', kind: 'organization', aliases: ['police'] }] },
  { text: 'Federal police officers patrolled the market in Kano.', not: ['Federal police'] },
]);

table('quoted nicknames inside a name', [
  { text: 'A gang leader, Jean “Big Bull” Pierre, said the blockade would stay. Pierre spoke on video.', has: [{ name: 'Jean “Big Bull” Pierre', kind: 'person', aliases: ['Pierre', 'Jean Pierre', 'Big Bull'] }], not: ['Jean', 'Big Bull Pierre'] },
  { text: 'He said “Peace Now” was the only way.', not: ['He said Peace Now'] },
]);

table('describing nouns give the kind', [
  { text: 'Two people died, local broadcaster Radio Ginen Inter reported.', has: [{ name: 'Radio Ginen Inter', kind: 'media' }] },
  { text: 'Residents said the vote was tense, the daily Le Nouvelliste reported.', has: [{ name: 'Le Nouvelliste', kind: 'media' }] },
  { text: 'Fighters from Kata Bwe attacked the convoy. Kata Bwe, an alliance of armed gangs, denied it.', has: [{ name: 'Kata Bwe', kind: 'group' }] },
  { text: 'The armed group Zaire Mbote claimed the raid.', has: [{ name: 'Zaire Mbote', kind: 'group' }] },
  { text: 'The rights group Kivu Voices counted 40 dead.', has: [{ name: 'Kivu Voices', kind: 'organization' }] },
  { text: 'The figures come from Sahel Analytics, a Dakar-based research firm.', has: [{ name: 'Sahel Analytics', kind: 'organization' }] },
  { text: 'Shells hit Mabanga, a village in Rutshuru territory.', has: [{ name: 'Mabanga', kind: 'place' }] },
  { text: 'Peter Okello, a rights group founder, said the count was low.', has: [{ name: 'Peter Okello', kind: 'person' }] },
]);

table('currencies, file labels and aliases', [
  { text: 'The plan seeks US$2.5 billion, the United Nations said.', has: [{ name: 'United Nations' }], not: ['US'] },
  { text: 'Download the report (PDF | 230 KB)', not: ['PDF', 'KB'] },
  { text: 'Members of the PDF attacked a junta post in Sagaing.', has: [{ name: 'PDF' }] },
  { text: 'The Jamaat Liberation Front (JLF), which the government refers to as Fitna al-Sharq, claimed the attack.', has: [{ name: 'Jamaat Liberation Front', aliases: ['JLF', 'Fitna al-Sharq'] }] },
  { text: 'The militia, dubbed Kamwina Nsapu by residents, burned the school.', has: [{ name: 'Kamwina Nsapu' }] },
]);

table('place nouns introduced after a name', [
  { text: 'Two missiles hit the Al-Amal school in the Zeitoun neighbourhood. Families fled Zeitoun at dawn.', has: [{ name: 'Al-Amal school', kind: 'place' }, { name: 'Zeitoun neighbourhood', kind: 'place', aliases: ['Zeitoun'] }] },
  { text: 'A guided bomb struck the city’s Shevchenkivskyi district on Monday.', has: [{ name: 'Shevchenkivskyi district', kind: 'place' }], not: ['Shevchenkivskyi'] },
]);

table('a capital that also speaks for its country', [
  { text: 'NAIROBI, May 2 (Reuters) - Kenya sent troops north. Nairobi said the deployment was lawful. Talks were held in Nairobi.', has: [{ name: 'Kenya', kind: 'country', aliases: ['NAIROBI'] }], not: [] },
  { text: 'Talks were held in Nairobi on Monday, Kenya said.', has: [{ name: 'Nairobi', kind: 'place' }, { name: 'Kenya', kind: 'country' }] },
]);

table('bodies described after their parent’s acronym', [
  { text: 'Thousands fled, according to the UN human rights office (OHCHR). A spokesman for the UN human rights office said more would follow.', has: [{ name: 'UN human rights office', kind: 'organization', aliases: ['OHCHR'] }] },
  { text: 'The UN children’s agency, UNICEF, said 40 schools were shut.', has: [{ name: 'UNICEF', aliases: ['UN children’s agency'] }] },
  { text: 'The UN said its office in Goma was closed.', not: ['UN said its office'] },
]);

table('bodies: words only a company, team or agency takes (rules/bodies.ts)', [
  // valid: the words around make the name a body
  { text: 'On Friday shares in Marlowe rose 4 percent.', has: [{ name: 'Marlowe', kind: 'organization' }] },
  { text: 'Trading in Dunfield shares was suspended on Monday.', has: [{ name: 'Dunfield', kind: 'organization' }] },
  { text: 'Investors sold after Oskarsen said its quarterly profit would fall.', has: [{ name: 'Oskarsen', kind: 'organization' }] },
  { text: 'The deal was announced by Brenholt chairman Tom Vale.', has: [{ name: 'Brenholt', kind: 'organization' }, { name: 'Tom Vale', kind: 'person' }] },
  { text: 'The coach said Harwick are set to sign a new bowler.', has: [{ name: 'Harwick', kind: 'organization' }] },
  { text: 'The board of Calloway rejected the bid, and Calloway\'s shareholders will vote in May.', has: [{ name: 'Calloway', kind: 'organization' }] },
  { text: 'The ruling was welcomed by the CVRA on Tuesday.', has: [{ name: 'CVRA', kind: 'organization' }] },
  // invalid: the same words say nothing about a person, a pair, a country's team or a place
  { text: 'Maria Lenz and Petra Holm are expected to testify.', has: [{ name: 'Maria Lenz', kind: 'person' }, { name: 'Petra Holm', kind: 'person' }] },
  { text: 'England were 100 for two at lunch on Thursday.', not: [] },
  { text: 'The company opened a plant in Woodvale last year.', has: [{ name: 'Woodvale', kind: 'place' }] },
  { text: 'Dmitri Orlov said on Monday that talks would resume.', has: [{ name: 'Dmitri Orlov', kind: 'person' }] },
]);

table('companies: a legal form ends the name, and the short name is the same company', [
  { text: 'Halvorsen AG reported a rise in profit. Halvorsen said demand had recovered.', has: [{ name: 'Halvorsen AG', kind: 'organization', aliases: ['Halvorsen'] }] },
  { text: 'Brisco Plc said on Monday it would cut 400 jobs.', has: [{ name: 'Brisco Plc', kind: 'organization' }] },
  { text: 'The advisers, Pellman Sachs & Co and Orrin Capital Inc, declined to comment.', has: [{ name: 'Pellman Sachs & Co', kind: 'organization' }, { name: 'Orrin Capital Inc', kind: 'organization' }] },
  { text: 'A Tarrant Holdings SA unit filed for bankruptcy.', has: [{ name: 'Tarrant Holdings SA', kind: 'organization' }] },
]);

table('affiliation: a name in brackets after a person (rules/affiliation.ts)', [
  { text: 'Defenders - Jon Akers ( Hartwell ) , Piet Maas ( Dunmore ) .', has: [{ name: 'Jon Akers', kind: 'person' }, { name: 'Hartwell', kind: 'organization' }, { name: 'Dunmore', kind: 'organization' }] },
  { text: 'Delegates included Ana Ruiz (Verde Alliance) and Tomas Beck (Civic Front).', has: [{ name: 'Ana Ruiz', kind: 'person' }, { name: 'Verde Alliance', kind: 'organization' }, { name: 'Civic Front', kind: 'group' }] },
  // invalid: a country in brackets stays a country
  { text: 'Irena Volkova ( Ukraine ) beat Anna Berg ( Sweden ) 6-4 6-2', has: [{ name: 'Ukraine', kind: 'country' }, { name: 'Sweden', kind: 'country' }] },
  { text: 'Semi-final: Tom Akers ( England ) beat Rui Costa ( Portugal )', has: [{ name: 'Portugal', kind: 'country' }], not: [] },
]);

table('a body, then a title and a person; "of" before a leader', [
  { text: 'Eastern Naval Command Chief Admiral Ade Roe said 12 boats were seized.', has: [{ name: 'Eastern Naval Command', kind: 'organization' }, { name: 'Ade Roe', kind: 'person' }] },
  { text: 'The Department of Defense Secretary Lloyd Marsh arrived on Monday.', has: [{ name: 'Department of Defense', kind: 'organization' }, { name: 'Lloyd Marsh', kind: 'person' }] },
  { text: 'The Popular Union of Prime Minister Jana Kove won the vote.', has: [{ name: 'Popular Union', kind: 'organization' }, { name: 'Jana Kove', kind: 'person' }] },
  // invalid: a portfolio names the title; a full body name keeps its "of"
  { text: 'Defence Minister Yosef Adler visited the border.', has: [{ name: 'Yosef Adler', kind: 'person', roles: ['Defence Minister'] }], not: ['Defence'] },
  { text: 'The Ministry of Justice said the court would sit on Monday.', has: [{ name: 'Ministry of Justice', kind: 'organization' }] },
  { text: 'The Central Bank of Ruritania Governor Ivo Pell spoke first.', has: [{ name: 'Central Bank of Ruritania', kind: 'organization' }, { name: 'Ivo Pell', kind: 'person' }] },
]);

table('armed groups, cartels and places they fight over', [
  { text: 'Colombia’s Gulf Clan, also known as the EGC, said it would suspend talks.', has: [{ name: 'Gulf Clan', kind: 'group', aliases: ['EGC'] }] },
  { text: 'The Clan del Golfo controls the routes along the coast.', has: [{ name: 'Clan del Golfo', kind: 'group' }] },
  { text: 'The Frente Sur Unido attacked a patrol near the border.', has: [{ name: 'Frente Sur Unido', kind: 'group' }] },
  { text: 'The fighters took control of Tabarit after a week of shelling.', has: [{ name: 'Tabarit', kind: 'place' }] },
  { text: 'Rebels reached the outskirts of El Barra on Sunday.', has: [{ name: 'El Barra', kind: 'place' }] },
]);
