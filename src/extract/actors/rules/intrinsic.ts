// Rule: what a mention's own words say about its kind: the organisation, media, group or
// place word that ends it ("… Police Command", "Geo News", "… Brigades", "Idlib Province"),
// a web-style name ("Caliber.Az"), a given name in front, or compromise's own tags.
import { isGivenName, lexiconNameKind } from '../english.js';
import { capitalOf } from '../gazetteer.js';
import { WORDS } from '../lexicon.js';
import { suggest, type Mention } from '../mention.js';

/** A web name's ending: a two-letter country code in any case, or a common generic one. */
const DOMAIN = /\.(?:[A-Za-z][a-z]|com|net|org|info|news|tv)$/u;

/** compromise's lexicon, word by word: given and family names, places. (Its full parse is too slow for huge inputs.) */
function lexiconKind(m: Mention): void {
  let person = 0;
  let place = 0;
  for (const w of m.words) {
    const kind = lexiconNameKind(w.text);
    if (kind === 'person') person++;
    else if (kind === 'place') place++;
  }
  if (!person && !place) return;
  suggest(m, person >= place ? 'person' : 'place', 2);
}

const COMPASS = /^(?:north|south|east|west)(?:ern)?$|^(?:north|south)(?:east|west)(?:ern)?$/;

/**
 * "Baltimore Orioles", "Kansas City Royals", "Chicago Bulls": a place's name and an ordinary
 * plural in capitals is a team, not a place ("Cayman Islands", "Golan Heights" end in place words).
 */
function isTeamName(words: Mention['words']): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 2 || words.length > 4 || last.allCaps || !/\p{Ll}[sx]$/u.test(last.text) || WORDS.placeCues.has(last.folded)) return false;
  // "Las Vegas", "Buenos Aires": the lexicon knows the whole as a place.
  if (lexiconNameKind(words.map((w) => w.text).join(' ')) === 'place' || lexiconNameKind(last.text) === 'person') return false;
  const place = words.slice(0, -1).map((w) => w.text).join(' ');
  // A place's name of a few letters is more likely a particle ("Las Vegas").
  const placeFirst = [place, words.slice(0, -2).map((w) => w.text).join(' ')].some((p) => p.length > 3 && (lexiconNameKind(p) === 'place' || capitalOf(p)));
  return placeFirst;
}

export function intrinsicKind(m: Mention): void {
  const words = m.words;
  const last = words[words.length - 1]!;
  const first = words[0]!;
  // "West Bank": a compass point before a word that names both bodies and places makes a place.
  const directedPlace = words.length === 2 && COMPASS.test(first.folded) && WORDS.placeCues.has(last.folded);
  if (WORDS.orgCues.has(last.folded) && !directedPlace) suggest(m, 'organization', 6);
  else if (WORDS.mediaCues.has(last.folded) && words.length > 1) suggest(m, 'media', 6);
  else if (WORDS.placeCues.has(last.folded) && words.length > 1) suggest(m, 'place', 6);
  if (words.some((w) => WORDS.groupCues.has(w.folded))) suggest(m, 'group', 6.5);
  if (isTeamName(words)) suggest(m, 'organization', 6);
  // "the 5th Brigade", "the 82nd Airborne Division": numbered units are a state's forces.
  if (/^\d/.test(first.text) && WORDS.orgCues.has(last.folded)) suggest(m, 'organization', 7);
  const joiner = words.findIndex((w) => w.folded === 'of' || w.folded === 'for');
  if (joiner > 0 && WORDS.orgCues.has(words[joiner - 1]!.folded)) suggest(m, 'organization', 6);
  if (DOMAIN.test(m.text) || (words.length > 1 && WORDS.mediaLeads.has(first.folded))) suggest(m, 'media', 6.5);
  if (words.length > 1 && (WORDS.firstNames.has(first.folded) || isGivenName(first.text))) suggest(m, 'person', 5);
  // "North Kivu", "South and West Darfur": a compass point opens a region's name.
  if (words.length > 1 && WORDS.directions.has(first.folded)) suggest(m, 'place', 3);
  lexiconKind(m);
  if (words.length >= 2 && words.length <= 4 && words.every((w) => w.cap && !w.allCaps && !/\p{N}/u.test(w.text))) suggest(m, 'person', 1.5);
  else if (words.length === 1 && first.allCaps) suggest(m, 'organization', 1.5);
  else suggest(m, 'organization', 1);
}

