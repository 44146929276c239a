// The table: a sentence, a reference date, and every time expression it must yield
// (text, TIMEX3 value, type — DATE unless said). An empty list means: nothing here is a date.
import { describe, expect, it } from 'vitest';
import { triples, withTypes, type Expected } from './helpers.js';

const THU = '2025-10-30'; // Thursday, ISO week 2025-W44
const WED_JAN = '2023-01-04'; // Wednesday, 2023-W01
const FRI_NEWYEAR = '2021-01-01'; // Friday, 2020-W53
const NONE = null;

type Row = [sentence: string, reference: string | null, expected: Expected[]];

const absolute: Row[] = [
  ['The ceasefire was signed on 12 October 2024 in Doha.', THU, [['12 October 2024', '2024-10-12']]],
  ['Talks opened on Oct. 9, 2025, in the capital.', THU, [['Oct. 9, 2025', '2025-10-09']]],
  ['Elections were held on May 5, 2019.', THU, [['May 5, 2019', '2019-05-05']]],
  ['The treaty dates from the 3rd of March 1998.', THU, [['3rd of March 1998', '1998-03-03']]],
  ['The bridge reopened on Sept. 14, 2023.', THU, [['Sept. 14, 2023', '2023-09-14']]],
  ['Parliament was dissolved in June 2024.', THU, [['June 2024', '2024-06']]],
  ['The report was released in Feb 2022.', THU, [['Feb 2022', '2022-02']]],
  ['The log shows an entry dated 2024-02-29.', THU, [['2024-02-29', '2024-02-29']]],
  ['An invalid stamp read 2023-02-30 on the form.', THU, []],
  ['The form was signed on 30/10/2025.', THU, [['30/10/2025', '2025-10-30']]],
  ['The letter is dated 10/30/2025.', THU, [['10/30/2025', '2025-10-30']]],
  ['The note is dated 04/05/2025.', THU, []],
  ['The clash began on 12 October.', THU, [['12 October', '2025-10-12']]],
  ['The summit will open on 12 November.', THU, [['12 November', '2025-11-12']]],
  ['Shelling resumed on 25 December.', THU, [['25 December', '2024-12-25']]],
  ['The ministers will meet on 3 January.', THU, [['3 January', '2026-01-03']]],
  ['Voting takes place on 2 November.', THU, [['2 November', '2025-11-02']]],
  ['Voting takes place on 20 April.', THU, [['20 April', '2026-04-20']]],
  ['The clash began on 12 October.', NONE, [['12 October', 'XXXX-10-12']]],
  ['The tanker sank on Monday, 6 October 2025.', THU, [['Monday, 6 October 2025', '2025-10-06']]],
  ['Markets closed on Fri, 24 Oct 2025 after the vote.', THU, [['Fri, 24 Oct 2025', '2025-10-24']]],
  ['Troops arrived in the city on March 4.', THU, [['March 4', '2025-03-04']]],
  ['The envoy confirmed on October 29 that talks had failed.', NONE, [['October 29', 'XXXX-10-29']]],
  ['Rebels seized the airport on the 5th of August.', THU, [['5th of August', '2025-08-05']]],
  // A past verb does not send a date a few weeks ahead back a year.
  ['The court adjourned the case to 12 November.', THU, [['12 November', '2025-11-12']]],
  ['The board declared a dividend payable Dec. 7.', THU, [['Dec. 7', '2025-12-07']]],
  // The weekday picks the year.
  ['The paper said in an editorial on Saturday, October 25: the vote was fair.', '2025-10-24', [['Saturday, October 25', '2025-10-25']]],
  ['The paper said in an editorial on Friday, October 25: the vote was fair.', '2025-10-24', [['Friday, October 25', '2024-10-25']]],
];

// A day of the month by its ordinal alone: the reference month, or the one the tense points to.
const ordinalDays: Row[] = [
  ['The committee will meet on the 12th to review the plan.', THU, [['the 12th', '2025-11-12']]],
  ['The committee is expected to meet on the 31st.', THU, [['the 31st', '2025-10-31']]],
  ['The convoy left on the 3rd, officials said.', THU, [['the 3rd', '2025-10-03']]],
  ['The strike happened on the 29th and lasted hours.', THU, [['the 29th', '2025-10-29']]],
  ['Fuel deliveries stop on the 15th of next month.', THU, [['the 15th of next month', '2025-11-15']]],
  ['Fighters will withdraw by the 9th.', NONE, [['the 9th', 'XXXX-XX-09']]],
  // A range keeps one month: the 25th is not pulled back to the 25th before the reference.
  ['Registration runs from the 2nd to the 29th.', '2025-10-15', [['the 2nd', '2025-10-02'], ['the 29th', '2025-10-29']]],
  ['Veterans marked the 40th anniversary of the siege.', THU, []],
  ['Soldiers from the 4th Brigade were deployed on the 5th floor.', THU, []],
  ['Troubles grew in the 21st century.', THU, [['the 21st century', '20']]],
];

const months: Row[] = [
  ['Fighting intensified in December.', THU, [['December', '2024-12']]],
  ['Talks in December will focus on trade.', THU, [['December', '2025-12']]],
  ['The rains usually return in April.', THU, [['April', '2025-04']]],
  ['The offensive began in mid-October.', THU, [['mid-October', '2025-10']]],
  ['A new round is expected in early November.', THU, [['early November', '2025-11']]],
  ['Prices rose sharply in March last year.', THU, [['March last year', '2024-03']]],
  ['Theresa May met the envoy in London.', THU, []],
  ['Officials may travel to Kabul next week.', THU, [['next week', '2025-W45']]],
  ['The ban was lifted in May.', THU, [['May', '2025-05']]],
  ['Demonstrators will march on the capital.', THU, []],
  ['The vote was held in March.', THU, [['March', '2025-03']]],
  ['June Carter sang at the festival.', THU, []],
  ['Supporters To March On Parliament', THU, []],
  ['Prices rose from January to March.', THU, [['January', '2025-01'], ['March', '2025-03']]],
  ['Talks were held between January and March in Doha.', THU, [['January', '2025-01'], ['March', '2025-03']]],
  ['Rebels seized the town in August.', NONE, [['August', 'XXXX-08']]],
  ['The mission ends at the end of January.', THU, [['the end of January', '2026-01']]],
  ['May God protect the country, he said.', THU, []],
  ['The government launched an offensive in March.', NONE, [['March', 'XXXX-03']]],
  ['Since January, prices have doubled.', THU, [['January', '2025-01']]],
  ["August's floods displaced thousands.", THU, [['August', '2025-08']]],
  ['The dam burst last March.', THU, [['last March', '2025-03']]],
  // After a past verb, an infinitive or a deadline points to the coming month when it is near.
  ['The ministry agreed to reopen the crossing in January.', THU, [['January', '2026-01']]],
  ['The court gave the parties until mid-December to settle.', THU, [['mid-December', '2025-12']]],
  ['Lenders extended the credit line through January.', THU, [['January', '2026-01']]],
  ['The ministry agreed to talks, but fighting intensified in December.', THU, [['December', '2024-12']]],
  ['The ministry agreed to reopen the crossing in June.', THU, [['June', '2025-06']]],
  ['The dam burst last November.', THU, [['last November', '2024-11']]],
  ['Repairs will finish next March.', THU, [['next March', '2026-03']]],
  ['Repairs will finish next March.', NONE, [['next March', 'XXXX-03']]],
  ['Inflation was high in late 2024 and early this year.', THU, [['late 2024', '2024'], ['early this year', '2025']]],
];

const weekdays: Row[] = [
  ['The talks ended on Tuesday without agreement.', THU, [['Tuesday', '2025-10-28']]],
  ['Ministers will meet on Tuesday.', THU, [['Tuesday', '2025-11-04']]],
  ['The vote is expected to take place on Friday.', THU, [['Friday', '2025-10-31']]],
  ['Talks are set to resume on Monday.', THU, [['Monday', '2025-11-03']]],
  ['The council is due to vote on Sunday.', THU, [['Sunday', '2025-11-02']]],
  ['Officials said on Wednesday that the border was closed.', THU, [['Wednesday', '2025-10-29']]],
  ['The agency reported on Thursday that aid had arrived.', THU, [['Thursday', '2025-10-30']]],
  ['Gunmen attacked the village late on Sunday.', THU, [['late on Sunday', '2025-10-26']]],
  ['The bodies were found early Monday.', THU, [['early Monday', '2025-10-27']]],
  ['The envoy arrived last Thursday.', THU, [['last Thursday', '2025-10-23']]],
  ['The envoy arrives next Thursday.', THU, [['next Thursday', '2025-11-06']]],
  ['Shops reopened on Monday evening.', THU, [['Monday evening', '2025-10-27TEV', 'TIME']]],
  ['Sirens sounded on Saturday night.', THU, [['Saturday night', '2025-10-25TNI', 'TIME']]],
  ['The market opens on Saturday.', THU, [['Saturday', '2025-11-01']]],
  ['The talks ended on Tuesday.', NONE, [['Tuesday', null]]],
  ['She wrote for the Sunday Times for a decade.', THU, [['a decade', 'P10Y', 'DURATION']]],
  ['Clinics close on Fridays.', THU, [['Fridays', 'XXXX-WXX-5', 'SET']]],
  ['In a statement on Wednesday, the army said two soldiers died.', THU, [['Wednesday', '2025-10-29']]],
  ['On Tuesday, the ministry will announce the results.', THU, [['Tuesday', '2025-11-04']]],
  ["Tuesday's attack killed five people.", THU, [['Tuesday', '2025-10-28']]],
  ['Talks ended on Tuesday.', FRI_NEWYEAR, [['Tuesday', '2020-12-29']]],
  ['The team won 3-2 on Saturday.', THU, [['Saturday', '2025-10-25']]],
  ['The Sunday Telegraph reported the claim.', THU, []],
  ['Officials say talks will resume on Monday, a diplomat said.', THU, [['Monday', '2025-11-03']]],
  ['Police said the suspects, who were arrested on Friday, will appear in court.', THU, [['Friday', '2025-10-24']]],
];

const deictic: Row[] = [
  ['The minister resigned yesterday.', THU, [['yesterday', '2025-10-29']]],
  ['The minister resigned late yesterday.', THU, [['late yesterday', '2025-10-29']]],
  ['The court will rule tomorrow.', THU, [['tomorrow', '2025-10-31']]],
  ['The strike continues today.', THU, [['today', '2025-10-30']]],
  ['Crowds gathered again tonight.', THU, [['tonight', '2025-10-30TNI', 'TIME']]],
  ['Explosions were heard yesterday morning.', THU, [['yesterday morning', '2025-10-29TMO', 'TIME']]],
  ['The president spoke this morning.', THU, [['this morning', '2025-10-30TMO', 'TIME']]],
  ['Rockets hit the base last night.', THU, [['last night', '2025-10-29TNI', 'TIME']]],
  ['Prices rose last week.', THU, [['last week', '2025-W43']]],
  ['The talks were held earlier this week.', THU, [['earlier this week', '2025-W44']]],
  ['The vote is scheduled for next week.', THU, [['next week', '2025-W45']]],
  ['Exports fell last month.', THU, [['last month', '2025-09']]],
  ['Imports rose this month.', THU, [['this month', '2025-10']]],
  ['The plan takes effect next month.', THU, [['next month', '2025-11']]],
  ['Growth slowed last year.', THU, [['last year', '2024']]],
  ['Elections are due later this year.', THU, [['later this year', '2025']]],
  ['Unemployment rose earlier this year.', THU, [['earlier this year', '2025']]],
  ['Rallies are planned for this weekend.', THU, [['this weekend', '2025-W44-WE']]],
  ['Arrests were made last weekend.', THU, [['last weekend', '2025-W43-WE']]],
  ['The accord expires at the end of the year.', THU, [['the end of the year', '2025']]],
  ['Prices rose last week.', NONE, [['last week', null]]],
  ['Prices rose last week.', WED_JAN, [['last week', '2022-W52']]],
  ['Exports fell last month.', WED_JAN, [['last month', '2022-12']]],
  ['Talks were held earlier this week.', FRI_NEWYEAR, [['earlier this week', '2020-W53']]],
  ['The minister resigned yesterday.', WED_JAN, [['yesterday', '2023-01-03']]],
  ['The clash began on 28 December.', WED_JAN, [['28 December', '2022-12-28']]],
  ['Talks will resume on 10 January.', WED_JAN, [['10 January', '2023-01-10']]],
  ['The festival returns in December.', WED_JAN, [['December', '2022-12']]],
  ['Growth will pick up next year.', WED_JAN, [['next year', '2024']]],
  ['The ceasefire held this year.', NONE, [['this year', null]]],
  ['Clashes broke out over the weekend.', THU, [['the weekend', '2025-W43-WE']]],
  ['Villages have been cut off since the weekend.', THU, [['the weekend', '2025-W43-WE']]],
  ['The exam, scheduled for Nov. 12, has been postponed.', '2025-10-25', [['Nov. 12', '2025-11-12']]],
  ['More protests are planned for the weekend.', THU, [['the weekend', '2025-W44-WE']]],
  ['Earnings rose in the current quarter.', THU, [['the current quarter', '2025-Q4']]],
];

const periods: Row[] = [
  ['Sales rose in the third quarter.', THU, [['the third quarter', '2025-Q3']]],
  ['Profits fell in the fourth quarter of 2024.', THU, [['the fourth quarter of 2024', '2024-Q4']]],
  ['Growth picked up in the first half of the year.', THU, [['the first half of the year', '2025-H1']]],
  ['Revenue in Q3 2024 beat forecasts.', THU, [['Q3 2024', '2024-Q3']]],
  ['A quarter of the population has fled.', THU, []],
  ['Profits fell in the fourth quarter.', '2026-02-10', [['the fourth quarter', '2025-Q4']]],
  ['Profits will rise in the first quarter.', THU, [['the first quarter', '2026-Q1']]],
  ['The offensive is planned for the summer.', THU, [['the summer', '2026-SU']]],
  ['The offensive took place in the summer.', THU, [['the summer', '2025-SU']]],
  ['Floods hit the region last summer.', THU, [['last summer', '2025-SU']]],
  ['Talks will resume in the spring.', THU, [['the spring', '2026-SP']]],
  ['The Arab Spring changed the region.', THU, []],
  ['Prices fell in the fall of 2023.', THU, [['the fall of 2023', '2023-FA']]],
  ['The Summer Olympics drew millions.', THU, []],
  ['Troops withdrew in the winter of 2022.', THU, [['the winter of 2022', '2022-WI']]],
  ['Aid deliveries slowed this winter.', '2025-01-15', [['this winter', '2024-WI']]],
  ['Fighting paused on Christmas Day.', THU, [['Christmas Day', '2024-12-25']]],
  ["Shops will close on New Year's Eve.", THU, [["New Year's Eve", '2025-12-31']]],
  ['The fall of the city shocked the world.', THU, []],
];

const ago: Row[] = [
  ['The dam was built two years ago.', THU, [['two years ago', '2023']]],
  ['The clinic opened three days ago.', THU, [['three days ago', '2025-10-27']]],
  ['The rebels withdrew a week ago.', THU, [['a week ago', '2025-W43']]],
  ['The firm was founded a decade ago.', THU, [['a decade ago', '201']]],
  ['The camp was set up six months ago.', THU, [['six months ago', '2025-04']]],
  ['The road was closed years ago.', THU, [['years ago', 'PAST_REF']]],
  ['The dam was built two years ago.', NONE, [['two years ago', null]]],
  ['The well dried up more than 20 years ago.', THU, [['more than 20 years ago', '2005']]],
];

const years: Row[] = [
  ['Boko Haram launched its insurgency in 2009.', THU, [['2009', '2009']]],
  ['The mine closed in mid-2024.', THU, [['mid-2024', '2024']]],
  ['Construction will resume in early 2026.', THU, [['early 2026', '2026']]],
  ['Inflation peaked in late 2022.', THU, [['late 2022', '2022']]],
  ['Some 2000 troops were deployed.', THU, []],
  ['More than 1500 people fled.', THU, []],
  ['The 2019 election was disputed.', THU, [['2019', '2019']]],
  ['The force grew to 2000 soldiers by 2021.', THU, [['2021', '2021']]],
  ['The conflict dates back to the 1990s.', THU, [['the 1990s', '199']]],
  ["Oil prices crashed in the '80s.", THU, [["the '80s", '198']]],
  ['The city was founded in the 1800s.', THU, [['the 1800s', '18']]],
  ['The town grew rapidly in the nineties.', THU, [['the nineties', '199']]],
  ['The dispute is a legacy of the 19th century.', THU, [['the 19th century', '18']]],
  ['The alliance was formed in the twentieth century.', THU, [['the twentieth century', '19']]],
  ['He is in his 30s.', THU, []],
  ['Flight 1920 landed safely.', THU, []],
  ['The index fell to 1998 points.', THU, []],
  ['Tourism collapsed between 2019 and 2021.', THU, [['2019', '2019'], ['2021', '2021']]],
  ['The 2019-2020 season was cancelled.', THU, [['2019', '2019'], ['2020', '2020']]],
  ['The budget for 2025 is $4,000,000.', THU, [['2025', '2025']]],
  ['Prices fell by 20 percent in 2023.', THU, [['2023', '2023']]],
  ['She was first elected in 2010.', THU, [['2010', '2010']]],
  ['Page 2011 of the report is missing.', THU, []],
  ['The agency counted 2,021 displaced families.', THU, []],
  ['The early 2000s were calmer.', THU, [['The early 2000s', '200']]],
];

const times: Row[] = [
  // A clock time, then "on" and its day: one expression.
  ['The blast happened at 2 p.m. on Tuesday.', THU, [['2 p.m. on Tuesday', '2025-10-28T14:00', 'TIME']]],
  ['Sirens sounded shortly after midnight on Sunday.', THU, [['midnight on Sunday', '2025-10-26T24:00', 'TIME']]],
  ['The statement went out at 4:15 PM GMT+3.', THU, [['4:15 PM GMT+3', '2025-10-30T16:15', 'TIME']]],
  ['Updated 7:02 PM GMT+2, October 28, 2025', THU, [['7:02 PM GMT+2, October 28, 2025', '2025-10-28T19:02', 'TIME']]],
  ['Talks resumed on 12 October at 2 p.m.', THU, [['12 October', '2025-10-12'], ['2 p.m.', '2025-10-12T14:00', 'TIME']]],
  ['The curfew starts at 9pm.', THU, [['9pm', '2025-10-30T21:00', 'TIME']]],
  ['The statement was issued at 14:30 GMT.', THU, [['14:30 GMT', '2025-10-30T14:30', 'TIME']]],
  ['Flights resumed at noon.', THU, [['noon', '2025-10-30T12:00', 'TIME']]],
  ['The deadline expired at midnight.', THU, [['midnight', '2025-10-30T24:00', 'TIME']]],
  ['The score was 2:1 at half-time.', THU, []],
  ['Updated 9:05 AM EDT, March 12, 2025', THU, [['9:05 AM EDT, March 12, 2025', '2025-03-12T09:05', 'TIME']]],
  ['Published 11 June 2024, 09:12 GMT', THU, [['11 June 2024, 09:12 GMT', '2024-06-11T09:12', 'TIME']]],
  ['Strikes began at 0400 GMT.', THU, [['0400 GMT', '2025-10-30T04:00', 'TIME']]],
  ['The curfew starts at 9pm.', NONE, [['9pm', 'XXXX-XX-XXT21:00', 'TIME']]],
  ['Posted Friday, 3 May 2024 10:45', THU, [['Friday, 3 May 2024 10:45', '2024-05-03T10:45', 'TIME']]],
  ['The ratio was 10:45 in favour.', THU, []],
  ['Voting closes at 6:30 p.m. local time.', THU, [['6:30 p.m. local time', '2025-10-30T18:30', 'TIME']]],
  ['The vote ended at 12 am on 3 May 2024.', THU, [['12 am on 3 May 2024', '2024-05-03T00:00', 'TIME']]],
];

const eventRelative: Row[] = [
  ['The previous day, artillery shelled the villages.', THU, [['The previous day', null]]],
  ['Two days earlier, the army had withdrawn.', THU, [['Two days earlier', null]]],
  ['The talks began on 25 October and collapsed four days later.', THU, [['25 October', '2025-10-25'], ['four days later', '2025-10-29']]],
  ['Residents fled the day before.', THU, [['the day before', null]]],
  ['The results were announced the next day.', THU, [['the next day', null]]],
  ['A day after the vote, protests erupted.', THU, [['A day', 'P1D', 'DURATION']]],
  ['Weeks later, the bodies were found.', THU, [['Weeks later', null]]],
  ['On 12 October the army attacked and the next day it withdrew.', THU, [['12 October', '2025-10-12'], ['the next day', '2025-10-13']]],
  ['Two days before the vote, observers arrived.', THU, [['Two days', 'P2D', 'DURATION']]],
  ['The following year, the rebels regrouped.', THU, [['The following year', null]]],
  ['A year later the plant reopened.', NONE, [['A year later', null]]],
];

const vague: Row[] = [
  ['The group has recently expanded.', THU, [['recently', 'PAST_REF']]],
  ['The border remains closed for now.', THU, [['now', 'PRESENT_REF']]],
  ['The town is now under army control.', THU, []],
  ['Such attacks were rare in the past.', THU, [['the past', 'PAST_REF']]],
  ['More talks are planned in the near future.', THU, [['the near future', 'FUTURE_REF']]],
  ['Until now, no group has claimed the attack.', THU, [['now', 'PRESENT_REF']]],
  ['The future of the talks is unclear.', THU, []],
  ['The camp is currently full.', THU, [['currently', 'PRESENT_REF']]],
  ['Attacks have lately become rarer.', THU, [['lately', 'PAST_REF']]],
];

const durations: Row[] = [
  ['The four-day talks ended without a deal.', THU, [['four-day', 'P4D', 'DURATION']]],
  ['The group has fought for more than 15 years.', THU, [['more than 15 years', 'P15Y', 'DURATION']]],
  ['The siege lasted about 20 hours.', THU, [['about 20 hours', 'PT20H', 'DURATION']]],
  ['Thousands fled in the past two weeks.', THU, [['the past two weeks', 'P2W', 'DURATION']]],
  ['A 52-year-old farmer was killed.', THU, []],
  ['The children are between 10 and 15 years old.', THU, []],
  ['Attacks have surged in recent years.', THU, [['recent years', 'PXY', 'DURATION']]],
  ['Prices doubled over the past week.', THU, [['the past week', 'P1W', 'DURATION']]],
  ['He was jailed for two and a half years.', THU, [['two and a half years', 'P2Y6M', 'DURATION']]],
  ['The 24-hour truce collapsed.', THU, [['24-hour', 'PT24H', 'DURATION']]],
  ['A 22-month-old child was rescued.', THU, []],
  ['The operation took several weeks.', THU, [['several weeks', 'PXW', 'DURATION']]],
  ['She served a second term.', THU, []],
  ['The talks lasted 90 minutes.', THU, [['90 minutes', 'PT90M', 'DURATION']]],
  ['The war has lasted three decades.', THU, [['three decades', 'P30Y', 'DURATION']]],
  ['The mandate runs for the next two years.', THU, [['the next two years', 'P2Y', 'DURATION']]],
  ['Survivors walked for 2,000 days? No, for 12 days.', THU, [['12 days', 'P12D', 'DURATION']]],
];

const sets: Row[] = [
  ['Patrols run every week.', THU, [['every week', 'P1W', 'SET']]],
  ['Inspectors visit twice a month.', THU, [['twice a month', 'P1M', 'SET']]],
  ['The fee is paid annually.', THU, [['annually', 'P1Y', 'SET']]],
  ['The daily toll keeps rising.', THU, []],
  ['Convoys leave every other day.', THU, [['every other day', 'P2D', 'SET']]],
  ['Aid arrives each year.', THU, [['each year', 'P1Y', 'SET']]],
  ['Protesters march to the square every Friday.', THU, [['every Friday', 'XXXX-WXX-5', 'SET']]],
  ['Bulletins are published weekly.', THU, [['weekly', 'P1W', 'SET']]],
];

// Periods that hang on a quarter named before, in the sentence or earlier in the article.
const reportingPeriods: Row[] = [
  ['Third-quarter profit rose to $5 million from $4 million a year earlier.', THU, [['Third-quarter', '2025-Q3'], ['a year earlier', '2024-Q3']]],
  ['The firm reported its second-quarter results. Sales in the quarter fell, and the year-ago period was restated.', THU, [['second-quarter', '2025-Q2'], ['the quarter', '2025-Q2'], ['the year-ago period', '2024-Q2']]],
  ['Net income in the third quarter rose. It was $3 million a year ago.', THU, [['the third quarter', '2025-Q3'], ['a year ago', '2024-Q3']]],
  ['The rebels took the town a year ago.', THU, [['a year ago', '2024']]],
  ['The town fell in the period after the coup.', THU, []],
  // Without a quarter, an event-relative time does not reach across sentences: its event is unknown.
  ['The army entered the city on 12 October. Two days later, it withdrew.', THU, [['12 October', '2025-10-12'], ['Two days later', null]]],
  ['The war began in 2019. A year later, the talks failed.', THU, [['2019', '2019'], ['A year later', null]]],
];

const notDates: Row[] = [
  ['Nine soldiers and 23 civilians were killed.', THU, []],
  ['He scored in the 89th minute.', THU, []],
  ['Dozens of people gathered in the square.', THU, []],
  ['The 9/11 attacks changed policy.', THU, []],
  ['More than 200 fighters and 23 soldiers died.', THU, []],
  ['The group demanded $45,000 in ransom.', THU, []],
  ['Police arrested 2,500 protesters.', THU, []],
  ['The ministry said it may act soon.', THU, []],
  ['They will march to parliament.', THU, []],
  ['The border is 740 km long.', THU, []],
];

const tables: Record<string, Row[]> = { absolute, ordinalDays, months, weekdays, deictic, periods, ago, years, times, eventRelative, vague, durations, sets, reportingPeriods, notDates };

for (const [name, rows] of Object.entries(tables)) {
  describe(`dates table: ${name}`, () => {
    it.each(rows)('%s (reference %s)', (sentence, reference, expected) => {
      expect(triples(sentence, reference)).toEqual(withTypes(expected));
    });
  });
}

it('has at least 150 rows', () => {
  expect(Object.values(tables).flat().length).toBeGreaterThanOrEqual(150);
});
