// Times anchored on a quarter the article named before, across sentences, as company and
// economic reports write them: "the quarter", "the year-ago period", "a year earlier", "a year
// ago" take the last quarter named ("third-quarter profit rose … from $10 million a year
// earlier" → the third quarter a year before). Other event-relative times ("The previous day")
// stay unanchored across sentences: which event they hang on is not known.
import { quarterIndex, quarterValue } from './rules/reportingPeriod.js';
import type { Candidate } from './types.js';

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** A quarter value ("1989-Q3") moved by a number of quarters. */
const shiftQuarter = (value: string, quarters: number) => {
  const [, year, quarter] = QUARTER.exec(value)!;
  return quarterValue(quarterIndex(Number(year), Number(quarter)) + quarters);
};

/** Times counted from another (not named in their own right) never serve as the anchor. */
const DERIVED = new Set(['reportingPeriod', 'ago', 'eventRelative']);

export function anchorOnDiscourse(items: Candidate[]): Candidate[] {
  let lastQuarter: string | null = null;
  const out: Candidate[] = [];
  for (let item of items) {
    const role = item.role;
    if (role.kind === 'reportingPeriod') {
      if (lastQuarter && !role.current) item = { ...item, value: shiftQuarter(lastQuarter, 4 * role.years + role.quarters), relative: true };
      else if (role.needsAnchor) continue; // "the period" with no quarter before it
    } else if ((role.kind === 'ago' || (role.kind === 'eventRelative' && item.value === null)) && role.unit === 'year' && lastQuarter) {
      item = { ...item, value: shiftQuarter(lastQuarter, 4 * role.offset), relative: true };
    }
    if (!DERIVED.has(role.kind) && item.type === 'DATE' && item.value && QUARTER.test(item.value)) lastQuarter = item.value;
    out.push(item);
  }
  return out;
}
