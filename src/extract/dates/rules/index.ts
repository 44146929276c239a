// Every rule, in priority order: when two candidates are equally long, the earlier rule wins.
import { ago } from './ago.js';
import { dayMonthYear, holiday, isoDate, monthDayYear, monthYear, numericDate } from './calendarDate.js';
import { clockTime, militaryTime, noonMidnight } from './clock.js';
import { thisLastNext, theWeekend, todayYesterday } from './deictic.js';
import { forUnits, halfAnHour, quantityOfUnits, recentUnits, thePastUnit } from './duration.js';
import { theDayBefore, theFollowingDay, unitsLater } from './eventRelative.js';
import { monthName } from './monthName.js';
import { ordinalDay } from './ordinalDay.js';
import { quarter, quarterCode, season } from './periods.js';
import { reportingPeriod, yearAgoAdjective, yearEnded } from './reportingPeriod.js';
import { everyUnit, frequencyAdverb, timesPerUnit } from './set.js';
import { currentAdjective, nowFrame, pastOrFuture, vagueAdverb } from './vague.js';
import { weekday } from './weekday.js';
import { century, decade, spelledYear, year } from './year.js';
import type { Rule } from '../types.js';

export const rules: Rule[] = [
  isoDate,
  monthDayYear,
  dayMonthYear,
  numericDate,
  monthYear,
  holiday,
  weekday,
  todayYesterday,
  thisLastNext,
  theWeekend,
  ago,
  theFollowingDay,
  theDayBefore,
  unitsLater,
  monthName,
  ordinalDay,
  quarter,
  quarterCode,
  reportingPeriod,
  yearAgoAdjective,
  yearEnded,
  season,
  decade,
  century,
  year,
  spelledYear,
  clockTime,
  militaryTime,
  noonMidnight,
  vagueAdverb,
  nowFrame,
  pastOrFuture,
  currentAdjective,
  everyUnit,
  timesPerUnit,
  frequencyAdverb,
  thePastUnit,
  recentUnits,
  halfAnHour,
  forUnits,
  quantityOfUnits,
];
