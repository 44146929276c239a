// A wire dateline's date ("BEIRUT, Nov 8 (Reuters) - …") is when the story was filed,
// not when its event happened, so it never dates the claim.

/** "BEIRUT, " or "SRINAGAR/MUZAFFARABAD, Kashmir, ": capitals at the start of the sentence. */
const PLACE_BEFORE = /^\p{Lu}{2,}[\p{Lu}\s.'’/-]{0,40}(?:,[ \t]{0,3}\p{L}[\p{L} .'’-]{0,30})?,?[ \t]{0,3}$/u;
/** " (Reuters) - " or " - " right after the date. */
const AGENCY_DASH_AFTER = /^[ \t]{0,3}(?:\([^()\n]{1,30}\))?[ \t]{0,3}[-–—][ \t\u00a0]/u;
const MAX_PREFIX = 60;
const MAX_SUFFIX = 40;

/** True when the date at UTF-16 [start, end) is the dateline date of the sentence starting at `sentenceStart`. */
export function isDatelineDate(text: string, sentenceStart: number, start: number, end: number): boolean {
  if (start - sentenceStart > MAX_PREFIX) return false;
  return PLACE_BEFORE.test(text.slice(sentenceStart, start)) && AGENCY_DASH_AFTER.test(text.slice(end, end + MAX_SUFFIX));
}
