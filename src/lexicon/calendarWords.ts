// Month and weekday names, with their numbers: one list for the calendar, the dates
// extractor, the page reader, attribution's time phrases and the timeline.
import months from './data/months.json' with { type: 'json' };
import weekdays from './data/weekdays.json' with { type: 'json' };

/** Month name or abbreviation, lower case → 1–12: "january", "jan", "sept". */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = months;
/** Weekday name, lower case → ISO weekday 1 (Monday) – 7. */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = weekdays.names;
/** Weekday abbreviation, lower case → ISO weekday: "mon", "tues", "thurs". */
export const WEEKDAY_ABBREVIATION_NUMBERS: Readonly<Record<string, number>> = weekdays.abbreviations;

/** "may" is a month and a verb ("officials may say"): word lists that read any word left it out. */
const AMBIGUOUS_MONTH = 'may';
/** Month names and abbreviations but "may", and the weekdays' full names, lower case. */
export const MONTH_AND_DAY_WORDS: readonly string[] = [...Object.keys(months).filter((m) => m !== AMBIGUOUS_MONTH), ...Object.keys(weekdays.names)];
