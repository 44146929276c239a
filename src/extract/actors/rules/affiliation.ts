// Rule: a name in brackets right after a person's name is what they belong to, a club, party or
// employer ("Jan Roe ( Hartwell Rovers )", "Ana Ruiz (Labour)"), not a place; a country there
// stays a country ("Ana Rivas ( Kenya )").
import { isCountryName } from '../english.js';
import { suggest, type Mention } from '../mention.js';

const OPEN = /^\s*\(\s*$/;
const CLOSE = /^\s*\)/;
/** Above a place read from the lexicon or a locative, below a place word in the name. */
const AFFILIATION_STRENGTH = 4.6;

export function affiliations(mentions: Mention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const person = mentions[i]!;
    const body = mentions[i + 1]!;
    if (person.sentence !== body.sentence || person.kind !== 'person' || body.known || body.capitalOf || body.kind === 'country') continue;
    const text = body.sentence.text;
    const at = (x: number) => x - body.sentence.start;
    if (!OPEN.test(text.slice(at(person.end), at(body.start))) || !CLOSE.test(text.slice(at(body.end)))) continue;
    if (body.words.length === 1 && isCountryName(body.words[0]!.text)) continue;
    body.affiliated = true;
    // A body already ("Civic Front" is a group), or a stronger reading (a given name in front), stands.
    if (body.kind === 'organization' || body.kind === 'group' || body.kind === 'media' || body.strength >= (body.kind === 'person' ? 5 : AFFILIATION_STRENGTH)) continue;
    body.kind = undefined;
    body.strength = 0;
    suggest(body, 'organization', AFFILIATION_STRENGTH);
  }
}
