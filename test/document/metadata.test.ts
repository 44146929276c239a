import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/index.js';
import { readMetadata } from '../../src/document/metadata.js';

const metadataOf = (text: string) => new Document(text).metadata;

describe('metadata: title', () => {
  it.each<[string, string, string | null]>([
    ['the first line that reads as a headline', 'Militants storm police post in the north-west\n\nGunmen attacked the post.', 'Militants storm police post in the north-west'],
    ['after boilerplate', 'Trending:\n\nAdvertisement\n\nRebels take the airport in the east\n\nThe rebels took it.', 'Rebels take the airport in the east'],
    ['not a byline or timestamp line', 'By Jane Roe\nUpdated March 4, 2025\nAid convoy reaches the besieged city\nTrucks entered on Monday.', 'Aid convoy reaches the besieged city'],
    ['not a wire dateline', 'KABUL (Reuters) - A blast hit the city on Monday.', null],
    ['without the outlet suffix', 'Rebels take the airport in the east | Reuters\n\nThe rebels took it.', 'Rebels take the airport in the east'],
    ['not a search prompt', 'Type your search and hit enter\nRebels take the airport in the east\n\nThe rebels took it.', 'Rebels take the airport in the east'],
    ['not a photo credit', 'Photo by Jane Roe /AFP\nRebels take the airport in the east\n\nThe rebels took it.', 'Rebels take the airport in the east'],
    ['not the outlet name', 'The Valley Chronicle\nRebels take the airport in the east\n\nThe rebels took it.', 'Rebels take the airport in the east'],
    ['not a byline', 'By Jane Roe and John Poe\nRebels take the airport in the east\n\nThe rebels took it.', 'Rebels take the airport in the east'],
    ['a headline ending in a full stop', 'Rebels take the airport in the east after a long siege.\n\nThe rebels took it.', 'Rebels take the airport in the east after a long siege.'],
    ['a Title Case headline ending in a full stop', 'Why The Rebels Took The Airport In The East After A Siege Of Nine Weeks And Two Failed Truces, Explained.\n\nThe rebels took it.', 'Why The Rebels Took The Airport In The East After A Siege Of Nine Weeks And Two Failed Truces, Explained.'],
    ['none when the text opens with a lede that reports speech', 'Rebels took the airport in the east, the army said.\n\nThe rebels took it.', null],
    ['none when the text opens with the lede', 'Rebels took the airport in the east of the country on Sunday after a week of fighting, the army said.\n\nThe rebels took it.', null],
    ['none in an empty text', '', null],
  ])('%s', (_name, text, title) => {
    expect(metadataOf(text).title).toBe(title);
  });

  it('records the title line, after leading blank lines', () => {
    const m = metadataOf('\n\nRebels take the airport in the east\n\nBody.');
    expect(m.titleLine).toBe(3);
  });
});

describe('metadata: byline', () => {
  it.each<[string, string, string | null]>([
    ['By Name', 'By Aisha Karimova', 'Aisha Karimova'],
    ['By Name | Updated …', 'By Jane Roe | Updated March 4, 2025, 09:12 GMT', 'Jane Roe'],
    ['By Name Updated … without a separator', 'By Jane Roe Updated March 4, 2025', 'Jane Roe'],
    ['By Name, outlet', 'By Jane Roe, Reuters', 'Jane Roe'],
    ['By Name in Place', 'By Jane Roe in Kabul', 'Jane Roe'],
    ['two authors', 'By Fatima Lawan and John Okoro', 'Fatima Lawan and John Okoro'],
    ['hyphen and apostrophe', 'By Jean-Luc O’Neill • 5 min read', 'Jean-Luc O’Neill'],
    ['capitals', 'By JANE ROE', 'JANE ROE'],
    ['particles', 'By Ahmed bin Salem', 'Ahmed bin Salem'],
    ['Written by Name', 'Written by Sein Lwin Aung', 'Sein Lwin Aung'],
    ['Reported by Name', 'Reported by Jane Roe | 4 min read', 'Jane Roe'],
    ['a byline after the timestamp on one line', 'Posted Monday, May 5, 2025 | By Amadou Sow', 'Amadou Sow'],
    ['a desk with a timestamp', 'FP News Desk October 30, 2025, 13:54:38 IST', 'FP News Desk'],
    ['a desk alone', 'Web Desk', 'Web Desk'],
    ['a staff reporter', 'By Staff Reporter', 'Staff Reporter'],
    ['By the desk', 'By the Newsroom Staff', 'Newsroom Staff'],
    ['with agencies', 'By Jane Roe with AP, AFP', 'Jane Roe'],
    ['Author field', 'Author Anna Becker', 'Anna Becker'],
    ['an author card run together with a role', 'Jane DoeSenior Reporter', 'Jane Doe'],
    ['a name after a Posted timestamp', 'Posted on April 8, 2019 by Amina Yusuf', 'Amina Yusuf'],
    ['a name in a place', 'Jane Roe in Tripoli', 'Jane Roe'],
    ['a name and its outlet', 'Jane Roe, Reuters', 'Jane Roe'],
    ['an agency alone', 'By AFP', null],
    ['agencies alone', 'Reuters and AFP', null],
    ['an agency beside a timestamp', 'Press Trust of India | Updated: March 03, 2025 6:32 pm IST', null],
    ['"By" opening a sentence', 'By the time the army arrived, the village was empty.', null],
    ['"By" and a weekday', 'By Monday, the army had retreated.', null],
    ['a staff credit ending in Report', 'Star Online Report', 'Star Online Report'],
    ['"Report" alone', 'Report from the region', null],
    ['"Staff" inside a sentence', 'Hospital Staff said 12 people were hurt.', null],
    ['a desk word inside a sentence', 'The Kabul Bureau was closed on Friday.', null],
  ])('%s', (_name, line, byline) => {
    const m = metadataOf(`Rebels take the airport in the east\n\n${line}\n\nThe rebels took the airport.`);
    expect(m.byline).toBe(byline);
    if (byline) expect(m.bylineLine).toBe(3);
  });

  it.each<[string, string, string | null]>([
    ['a name above a Published line', 'Gunmen storm a check post in the north\n\nAmina Yusuf Karimi\nPublished March 2, 2025\n\nGunmen attacked.', 'Amina Yusuf Karimi'],
    ['a name between a date line and an outlet line', 'Gangs burn homes in the capital\n\n24 February 2025\n\nJean-Paul Étienne\nBBC News, Port-au-Prince\n\nGangs attacked.', 'Jean-Paul Étienne'],
    ['a name under a "Staff Reporter" line', 'Gangs burn homes in the capital\n\nStaff Reporter\nJane Roe\n\nGangs attacked.', 'Staff Reporter'],
    ['two capitalised words with no timestamp or outlet beside them', 'Gangs burn homes in the capital\n\nBreaking Story\n\nGangs attacked on Monday.', null],
    ['page furniture beside a date', 'Gangs burn homes in the capital\n\nLive Updates\n24 February 2025\n\nGangs attacked.', null],
    ['a name over a place line over a timestamp', 'Clashes on the coast leave dozens dead\nA monitor says the toll is higher\n\nNadia Haddad\nBeirut, Lebanon\nPublished date: 4 June 2025 15:10 BST\n\nClashes broke out.', 'Nadia Haddad'],
    ['page furniture in capitals under a timestamp', 'Two killed in an encounter in the valley\n\nUpdated - September 23, 2025 10:10 pm IST\n\nREAD LATER\nPRINT\n\nTwo were killed.', null],
    ['the title itself is never the byline', 'Port Sudan\nPublished March 2, 2025\n\nDrones hit the port.', null],
  ])('a bare-name line: %s', (_name, text, byline) => {
    expect(metadataOf(text).byline).toBe(byline);
  });

  it('finds a "By" line further down than the top lines', () => {
    const body = Array.from({ length: 12 }, (_, i) => `Paragraph number ${i + 1} of the story.`).join('\n\n');
    expect(metadataOf(`Rebels take the airport in the east\n\n${body}\n\nBy Jane Roe`).byline).toBe('Jane Roe');
  });
});

describe('metadata: published', () => {
  it.each<[string, string, string | null]>([
    ['a desk byline with a timestamp', 'Talks likely to resume soon, says source\n\nFP News Desk October 30, 2025, 13:54:38 IST\n\nA source said so.', '2025-10-30'],
    ['a byline with Updated', 'Militants storm police post\nBy Jane Roe | Updated March 4, 2025, 09:12 GMT\nGunmen attacked on Monday.', '2025-03-04'],
    ['a Published: line', 'Talks collapse in Doha again\n\nPublished: 11 June 2024\n\nBody.', '2024-06-11'],
    ['a "Last updated on" line', 'Talks collapse in Doha again\n\nLast updated on 3 Sept. 2024 at 10:05 IST\n\nBody.', '2024-09-03'],
    ['an ISO timestamp line', 'Aid convoy reaches Gaza City\nUpdated 2024-08-22 10:00 GMT\nTrucks entered.', '2024-08-22'],
    ['an "Issued on" line with a day-first numeric date', 'Strikes pound the port city\n\nIssued on: 14/02/2025 - 18:22\nModified: 14/02/2025 - 21:05\n\nBody.', '2025-02-14'],
    ['a line that is only a date', 'Rebels take the airport\n\nWeb Desk\n\nJuly 4, 2024\n\nThe rebels took the airport.', '2024-07-04'],
    ['a photo caption with a date is not the published date', 'Troops retake the town after a week\n\nSoldiers walk through the market on October 19, 2025. (Photo: Reuters)\n\nTroops retook the town on Sunday.', null],
    ['a body sentence with a date is not the published date', 'Troops retake the town after a week\n\nThe army said on March 2, 2025 that it had retaken the town.', null],
    ['an impossible date is ignored', 'Troops retake the town after a week\n\nPublished: February 30, 2025\n\nBody.', null],
    ['a timestamp with clock, zone and a relative update', 'Talks collapse\nMarch 3, 2025 5:18 PM GMT+3 Updated 2 hours ago\n\nBody.', '2025-03-03'],
    ['the original, not the update, on one row', 'Talks collapse\nPublished April 8, 2019 Updated April 9, 2019, 5:12 p.m. ET\n\nBody.', '2019-04-08'],
    ['the original, not the update above it', 'Talks collapse in Doha again\nUpdated: 9 April 2019\nPublished: 8 April 2019\n\nBody.', '2019-04-08'],
    ['a clock before the date', 'Talks collapse in Doha again\nPublish Date: 21:40 - 03 March 2016\n\nBody.', '2016-03-03'],
    ['an ISO date and a clock', 'Talks collapse in Doha again\n2022-12-19 | 14:30\n\nBody.', '2022-12-19'],
    ['a weekday date line', 'Monday, April 8, 2019\nTalks collapse in Doha again\n\nBody.', '2019-04-08'],
    ['a crawler date field', 'date 2019-11-02\nTalks collapse in Doha again\n\nBody.', '2019-11-02'],
    ['a front-matter timestamp', 'published: 2019-11-02T10:00:00Z\n\nTalks collapse in Doha again\n\nBody.', '2019-11-02'],
    ['an agency row', 'Talks collapse in Doha again\nSource: Xinhua| 2019-11-02 10:15:30|Editor: huaxia\n\nBody.', '2019-11-02'],
    ['a dateline carrying the date', 'Talks collapse in Doha again\n\nDOHA, Qatar, March 3, 2019 (AFP) — Talks collapsed.', '2019-03-03'],
    ['a short caption is not a timestamp', 'Talks collapse in Doha again\nFile photo, March 3, 2019\n\nBody.', null],
    ['after many menu lines', `${'Home\nWorld\nAsia\nSport\nLive\n'.repeat(3)}Talks collapse in Doha again\nPublished: 11 June 2024\n\nBody.`, '2024-06-11'],
    ['an embedded post is not a timestamp', 'Talks collapse in Doha again\n\nTalks collapsed, mediators said.\n— Jane Roe (@janeroe) June 3, 2024\n\nBody.', null],
    ['a date row below a long standfirst', 'Floods cut off the northern valleys\n\nRescue teams in the north of the country are struggling to reach villages cut off by the floods, while the government has asked its neighbours for helicopters and the UN is preparing an appeal.\n\n05/21/2024\n\nThe rains began on Sunday.', '2024-05-21'],
    ['a stamp above the story wins over a date row below its first paragraph', 'Floods cut off the northern valleys\nPublished: 20 May 2024\n\nRescue teams in the north of the country are struggling to reach villages cut off by the floods, while the government has asked its neighbours for helicopters and the UN is preparing an appeal.\n\nMay 12, 2024\n\nThe rains began on Sunday.', '2024-05-20'],
    ['a date below the top lines is ignored', `Troops retake the town\n\n${'Filler paragraph here.\n\n'.repeat(11)}Published: 11 June 2024`, null],
  ])('%s', (_name, text, published) => {
    expect(metadataOf(text).published).toBe(published);
  });

  it('sets the reference date from the published date unless an option gives one', () => {
    const text = 'Talks collapse in Doha again\n\nPublished: 11 June 2024\n\nBody.';
    expect(new Document(text)).toMatchObject({ referenceDate: '2024-06-11', referenceDateSource: 'published' });
    expect(new Document(text, { referenceDate: '2025-01-02' })).toMatchObject({ referenceDate: '2025-01-02', referenceDateSource: 'option' });
    expect(new Document('No dates in this text at all.')).toMatchObject({ referenceDate: null, referenceDateSource: 'none' });
  });
});

describe('metadata: wire dateline', () => {
  it.each<[string, string, string | null, string | null]>([
    ['place, country and agency with an en dash', 'MINGORA, Pakistan (Reuters) – Police said three men were arrested.', 'MINGORA, Pakistan', 'Reuters'],
    ['em dash and AP', 'MAIDUGURI, Nigeria (AP) — Gunmen attacked the village.', 'MAIDUGURI, Nigeria', 'AP'],
    ['hyphen, no country', 'KHARTOUM (AFP) - The army said it had retaken the bridge.', 'KHARTOUM', 'AFP'],
    ['two-word place, no agency', 'GAZA CITY — Trucks entered the north on Thursday.', 'GAZA CITY', null],
  ])('%s', (_name, line, place, agency) => {
    const m = metadataOf(`Rebels take the airport in the east\n\n${line}`);
    expect(m.dateline).toMatchObject({ place, agency, line: 3 });
  });

  it.each([
    ['a sentence in ordinary case', 'Police - who arrived late - said little.'],
    ['a short capitalised word', 'UN - the agency said it would help.'],
    ['no dash', 'KABUL said nothing at all.'],
  ])('none for %s', (_name, line) => {
    expect(metadataOf(`Rebels take the airport in the east\n\n${line}`).dateline).toBeNull();
  });
});

describe('readMetadata on content lines', () => {
  it('reads title, byline, published date and dateline together', () => {
    const lines = [
      'Gunmen kill at least 14 in dawn raid on border village',
      'By Jane Roe | Updated March 4, 2025, 09:12 GMT',
      'KASSALA, Sudan (Reuters) – Gunmen killed at least 14 people on Monday.',
    ].map((text, i) => ({ line: i + 1, text }));
    expect(readMetadata(lines)).toEqual({
      title: 'Gunmen kill at least 14 in dawn raid on border village',
      titleLine: 1,
      byline: 'Jane Roe',
      bylineLine: 2,
      published: '2025-03-04',
      publishedLine: 2,
      dateline: { place: 'KASSALA, Sudan', agency: 'Reuters', line: 3, length: 'KASSALA, Sudan (Reuters) – '.length },
      datelineDate: null,
    });
  });
});
