// Each rule on its own: what it proposes for a sentence before overlap resolution and refiners.
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/calendar/day.js';
import { createDocument } from '../../../src/document/index.js';
import { sentenceCandidates, sentenceContext } from '../../../src/extract/dates/index.js';
import { rules } from '../../../src/extract/dates/rules/index.js';

const REF = '2025-10-30';

function proposals(rule: string, sentence: string, reference: string | null = REF): Array<[string, string | null]> {
  const doc = createDocument(sentence, { referenceDate: reference });
  const ctx = sentenceContext(doc, doc.sentences[0]!, parseIsoDay(reference));
  return sentenceCandidates(ctx)
    .filter((c) => c.rule === rule)
    .map((c) => [doc.text.slice(c.start, c.end), c.value]);
}

type RuleRow = [sentence: string, expected: Array<[string, string | null]>];

const byRule: Record<string, RuleRow[]> = {
  isoDate: [
    ['Filed 2025-10-30T08:15 by the desk.', [['2025-10-30T08:15', '2025-10-30T08:15']]],
    ['Case 2025-13-01 is not a date.', []],
  ],
  monthDayYear: [
    ['It happened on Nov. 3, 2024.', [['Nov. 3, 2024', '2024-11-03']]],
    ['The clash was on October 9.', [['October 9', '2025-10-09']]],
    ['The clash was on october 9.', []],
    ['It was on February 30, 2024.', []],
  ],
  dayMonthYear: [
    ['It happened on 3 Nov 2024.', [['3 Nov 2024', '2024-11-03']]],
    ['It happened on 31st of May.', [['31st of May', '2025-05-31']]],
    ['He counted 200 October leaves.', []],
  ],
  ordinalDay: [
    ['The talks resume on the 4th.', [['the 4th', '2025-11-04']]],
    ['The talks resumed on the 4th.', [['the 4th', '2025-10-04']]],
    ['It was on the 4th of the month.', [['the 4th of the month', '2025-10-04']]],
    ['He joined the 4th Battalion.', []],
    ['The units met on the 4th floor.', []],
  ],
  numericDate: [
    ['Dated 2024/02/29.', [['2024/02/29', '2024-02-29']]],
    ['Dated 13.02.2024.', [['13.02.2024', '2024-02-13']]],
    ['Version 1.2.3 shipped.', []],
  ],
  monthYear: [
    ['It began in March 2020.', [['March 2020', '2020-03']]],
    ['It began in october of 2019.', []],
    ['The clinic opened in March nineteen ninety-one.', [['March nineteen ninety-one', '1991-03']]],
  ],
  holiday: [
    ['Fighting stopped on Christmas Eve.', [['Christmas Eve', '2024-12-24']]],
    ['They flew to Christmas Island.', []],
    ['The boy was found at sea last Thanksgiving.', [['last Thanksgiving', '2024-11-28']]],
    ['Pilgrims will gather on Good Friday.', [['Good Friday', '2026-04-03']]],
    ['The truce held over Easter 2024.', [['Easter 2024', '2024-03-31']]],
    ['Historians still debate the Easter Rising.', []],
  ],
  weekday: [
    ['The raid came on Monday.', [['Monday', '2025-10-27']]],
    ['The raid will come on Monday.', [['Monday', '2025-11-03']]],
    ['He reads the Sunday Times.', []],
    ['He reads Monday papers.', [['Monday', '2025-10-27']]],
  ],
  todayYesterday: [
    ['It rained yesterday evening.', [['yesterday evening', '2025-10-29TEV']]],
    ['It rains today.', [['today', '2025-10-30']]],
  ],
  thisLastNext: [
    ['Talks end later this month.', [['later this month', '2025-10']]],
    ['Shares fell last quarter.', [['last quarter', '2025-Q3']]],
    ['The year was hard.', []],
  ],
  theWeekend: [
    ['Two shops were looted over the weekend.', [['the weekend', '2025-W43-WE']]],
    ['Traders sold ahead of the weekend.', [['the weekend', '2025-W43-WE']]],
    ['The weekend was calm.', []],
  ],
  ago: [
    ['It closed 10 days ago.', [['10 days ago', '2025-10-20']]],
    ['It closed several weeks ago.', [['several weeks ago', 'PAST_REF']]],
  ],
  theFollowingDay: [
    ['The following morning, troops left.', [['The following morning', null]]],
    ['The next meeting is soon.', []],
  ],
  theDayBefore: [
    ['He had arrived the night before.', [['the night before', null]]],
    ['He arrived the day before the vote.', []],
  ],
  unitsLater: [
    ['Three weeks later, the camp closed.', [['Three weeks later', null]]],
    ['Three weeks before the vote, it closed.', []],
  ],
  monthName: [
    ['The rains came in July.', [['July', '2025-07']]],
    ['Officials may act in May.', [['May', '2025-05']]],
    ['They may act.', []],
  ],
  quarter: [
    ['Output fell in the second half of 2023.', [['the second half of 2023', '2023-H2']]],
    ['He scored in the first half.', []],
    ['Its net loss for the seasonally slow third quarter narrowed.', [['third quarter', '2025-Q3']]],
    ['Earnings soared in the fiscal first quarter.', [['the fiscal first quarter', '2025-Q1']]],
    ['In the year-earlier third quarter, profit fell.', [['the year-earlier third quarter', '2024-Q3']]],
    ["Sales in next year's first quarter will be weak.", [["next year's first quarter", '2026-Q1']]],
    ['Net income in the 2023 second quarter was lower.', [['the 2023 second quarter', '2023-Q2']]],
    ['They own a third quarter of the land.', []],
  ],
  quarterCode: [
    ['Results for Q2 were weak.', [['Q2', '2025-Q2']]],
    ['Route Q7 is closed.', []],
  ],
  season: [
    ['Aid ran low during the winter.', [['the winter', '2024-WI']]],
    ['Aid runs low every winter.', []],
    ['They met in the summer of 2019.', [['the summer of 2019', '2019-SU']]],
    ['Floods hit in the spring of nineteen eighty-eight.', [['the spring of nineteen eighty-eight', '1988-SP']]],
    ['The Prague Spring ended.', []],
  ],
  decade: [
    ['Cities grew in the 1960s.', [['the 1960s', '196']]],
    ['She is in her 40s.', []],
  ],
  century: [
    ['A 21st-century war.', [['21st-century', '20']]],
  ],
  spelledYear: [
    ['The dam was finished in nineteen seventy-two.', [['nineteen seventy-two', '1972']]],
    ['The mill closed in nineteen oh eight.', [['nineteen oh eight', '1908']]],
    ['Few expected trouble in the year two thousand.', [['the year two thousand', '2000']]],
    ['Prices doubled by twenty twenty-two.', [['twenty twenty-two', '2022']]],
    ['Some two thousand people marched.', []],
    ['The train leaves at nineteen hundred.', []],
    ['The shift ends at eleven fifteen.', []],
    ['He counted nineteen hundred votes.', []],
  ],
  year: [
    ['Founded in 1998.', [['1998', '1998']]],
    ['About 1998 people came.', []],
    ['Room 2012 is locked.', []],
  ],
  clockTime: [
    ['It starts at 7:15.', [['7:15', null]]],
    ['It was 7:15 in the match.', []],
    ['It starts at 13 pm.', []],
  ],
  militaryTime: [
    ['Shelling stopped at 2130 GMT.', [['2130 GMT', null]]],
  ],
  noonMidnight: [
    ['The deadline is midnight.', [['midnight', null]]],
  ],
  vagueAdverb: [
    ['Prices rose recently.', [['recently', 'PAST_REF']]],
    ['The camp currently holds 4,000 people.', [['currently', 'PRESENT_REF']]],
    ['Such raids are rare these days.', [['these days', 'PRESENT_REF']]],
  ],
  nowFrame: [
    ['The camp is closed for now.', [['now', 'PRESENT_REF']]],
    ['The camp is now closed.', []],
  ],
  currentAdjective: [
    ['The current talks are stalled.', [['current', 'PRESENT_REF']]],
    ['Shares rose above the then current price.', [['then current', 'PAST_REF']]],
    ['The current account deficit widened.', []],
    ['Two boys were swept away by the current.', []],
  ],
  pastOrFuture: [
    ['Such deals failed in the past.', [['the past', 'PAST_REF']]],
    ['The past is gone.', []],
  ],
  everyUnit: [
    ['Convoys leave every three days.', [['every three days', 'P3D']]],
    ['Prayers are held every evening.', [['every evening', 'XXXX-XX-XXTEV']]],
    ['Aid runs low every winter.', [['every winter', 'XXXX-WI']]],
  ],
  timesPerUnit: [
    ['Trucks come three times a week.', [['three times a week', 'P1W']]],
  ],
  frequencyAdverb: [
    ['Reports are issued monthly.', [['monthly', 'P1M']]],
    ['The monthly report is late.', []],
  ],
  reportingPeriod: [
    ['Sales fell in the quarter.', [['the quarter', '2025-Q3']]],
    ['He expects revenue in the latest quarter to reach $28 million.', [['the latest quarter', '2025-Q3']]],
    ['Costs rose in the current quarter.', [['the current quarter', '2025-Q4']]],
    ['Profit was lower in the year-ago quarter.', [['the year-ago quarter', '2024-Q3']]],
    ['Revenue doubled in the quarter ended July 31.', [['the quarter', '2025-Q2']]],
    ['He lives in the French quarter of the city.', []],
    ['A quarter of the vote went to him.', []],
  ],
  yearAgoAdjective: [
    ['It compared with year-earlier profit of $2 million.', [['year-earlier', '2024']]],
  ],
  yearEnded: [
    ['Revenue reached $4 million in the fiscal year ended June 30.', [['the fiscal year', 'P1Y']]],
    ['He spent the year ending the war.', []],
  ],
  thePastUnit: [
    ['Prices fell over the past year.', [['the past year', 'P1Y']]],
    ['It was the last week of June.', []],
  ],
  recentUnits: [
    ['More aid is expected in the coming days.', [['coming days', 'PXD']]],
  ],
  forUnits: [
    ['The region has been ignored for decades.', [['decades', 'PXE']]],
    ['The town was ruled from the coast for centuries.', [['centuries', 'PXC']]],
    ['He waited for years to come home.', [['years', 'PXY']]],
  ],
  halfAnHour: [
    ['The shooting lasted half an hour.', [['half an hour', 'PT30M']]],
  ],
  quantityOfUnits: [
    ['The truce lasted nine months.', [['nine months', 'P9M']]],
    ['A 15-year-old was hurt.', []],
    ['They waited for a few hours.', [['a few hours', 'PTXH']]],
    ['The rebels held the town for two decades.', [['two decades', 'P20Y']]],
    ['Refugees lived in the camps for 2 1/2 years.', [['2 1/2 years', 'P2Y6M']]],
    ['The gunfight lasted an hour and a half.', [['an hour and a half', 'PT1H30M']]],
    ['Supporters began a two day rally in the capital.', [['two day', 'P2D']]],
    ['The siege ended after two day of talks.', []],
    ['Losses narrowed in the past two quarters.', [['the past two quarters', 'P2Q']]],
    ['Three quarters of the vote went to him.', []],
    ['For the nine months, profit rose.', [['the nine months', 'P9M']]],
  ],
};

describe('each rule', () => {
  for (const [rule, rows] of Object.entries(byRule)) {
    it.each(rows)(`${rule}: %s`, (sentence, expected) => {
      expect(proposals(rule, sentence)).toEqual(expected);
    });
  }

  it('has rows for every rule in the list', () => {
    expect(rules.map((r) => r.name).filter((name) => !byRule[name])).toEqual([]);
  });
});
