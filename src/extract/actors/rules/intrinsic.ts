// Rule: what a mention's own words say about its kind: the organisation, media, group or
// place word that ends it ("… Police Command", "Geo News", "… Brigades", "Idlib Province"),
// a web-style name ("Caliber.Az"), a given name in front, or compromise's own tags.
import type { Document } from '../../../document/index.js';
import { isGivenName } from '../english.js';
import { WORDS } from '../lexicon.js';
import { suggest, type Mention } from '../mention.js';

const DOMAIN = /\.(?:[A-Z][a-z]|com|net|org|az|ru|ua|pk|in|ng|info|news|tv)$/u;

function compromiseKind(doc: Document, m: Mention): void {
  const tokens = doc.tokensIn(m.start, m.end);
  if (!tokens.length) return;
  let person = 0;
  let place = 0;
  let org = 0;
  for (const t of tokens) {
    if (t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName')) person++;
    else if (t.tags.has('Place') || t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region')) place++;
    else if (t.tags.has('Organization')) org++;
  }
  const best = Math.max(person, place, org);
  if (!best) return;
  if (person === best) suggest(m, 'person', 2);
  else if (place === best) suggest(m, 'place', 2);
  else suggest(m, 'organization', 1.5);
}

export function intrinsicKind(doc: Document, m: Mention): void {
  const words = m.words;
  const last = words[words.length - 1]!;
  const first = words[0]!;
  if (WORDS.orgCues.has(last.folded)) suggest(m, 'organization', 6);
  else if (WORDS.mediaCues.has(last.folded) && words.length > 1) suggest(m, 'media', 6);
  else if (WORDS.placeCues.has(last.folded) && words.length > 1) suggest(m, 'place', 6);
  if (words.some((w) => WORDS.groupCues.has(w.folded))) suggest(m, 'group', 6.5);
  const joiner = words.findIndex((w) => w.folded === 'of' || w.folded === 'for');
  if (joiner > 0 && WORDS.orgCues.has(words[joiner - 1]!.folded)) suggest(m, 'organization', 6);
  if (DOMAIN.test(m.text) || (words.length > 1 && WORDS.mediaLeads.has(first.folded))) suggest(m, 'media', 6.5);
  if (words.length > 1 && (WORDS.firstNames.has(first.folded) || isGivenName(first.text))) suggest(m, 'person', 5);
  compromiseKind(doc, m);
  if (words.length >= 2 && words.length <= 4 && words.every((w) => w.cap && !w.allCaps && !/\p{N}/u.test(w.text))) suggest(m, 'person', 1.5);
  else if (words.length === 1 && first.allCaps) suggest(m, 'organization', 1.5);
  else suggest(m, 'organization', 1);
}

