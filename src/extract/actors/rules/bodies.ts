// Rule: words around a name that only a body (a company, team, agency or party) takes, never a
// person: its shares and shareholders ("Halden shares", "shares in Halden Plc", "Halden's
// chief executive"), its spokesman or officials ("Halden spokesman"), "its" after it speaks
// ("Halden said its …"), a plural verb after a singular name ("Essex are", British usage for
// teams and bodies), and "the" before an acronym ("the SEC"). Corporate words outweigh a place
// reading too ("shares in Amberley"); the rest only outweigh a person or nothing.
import type { ActorKind } from '../../../schema/result.js';
import { isCountryName, lexiconNameKind } from '../english.js';
import { WORDS } from '../lexicon.js';
import { suggest, type Mention } from '../mention.js';
import { indexOfWord, type Word } from '../words.js';

/** A company's own things after its name ("Halden shares"); a place before "unit" or "plant" only says where. */
const OWNED_AFTER = new Set(['shares', 'stock', 'shareholders', 'stockholders']);
/** After its possessive: "Halden's shareholders", "Halden's chief executive". */
const OWNED_AFTER_POSSESSIVE = new Set([...OWNED_AFTER, 'stake', 'subsidiary', 'subsidiaries', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'turnover', 'board', 'takeover', 'workforce', 'executives', 'directors']);
/** People who speak or act for a body: "Halden spokesman". */
const AGENTS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'executive', 'executives', 'chairman', 'chairwoman', 'ceo', 'boss', 'management', 'staff', 'delegation', 'negotiators']);
/** "shares in X", "a stake in X". */
const BEFORE_IN = new Set(['shares', 'stake', 'stakes']);
/** "a unit of X", "the chief executive of X", "shareholders of X". */
const BEFORE_OF = new Set(['shares', 'shareholders', 'subsidiary', 'unit', 'division', 'affiliate', 'parent', 'owner', 'chairman', 'chairwoman', 'executive', 'ceo', 'founder', 'board', 'spokesman', 'spokeswoman', 'spokesperson']);
/** A plural verb right after a name: "Essex are", "Porto have". */
const PLURAL_VERBS = new Set(['are', 'were', 'have']);
const COORDINATORS = new Set(['and', 'or', 'nor']);
const CORPORATE_OF = new Set(['shares', 'shareholders', 'subsidiary', 'unit', 'division', 'affiliate', 'parent', 'owner', 'board']);

const STRONG = 4;
const MEDIUM = 3.5;

const spaced = (w: Word | undefined) => Boolean(w && /^\s+$/.test(w.gap));
const lower = (w: Word | undefined): w is Word => Boolean(w && !w.cap);

/** Evidence that the mention names a body, with its strength, and whether it outweighs a place reading. */
export function bodyEvidence(m: Mention): { strength: number; overPlace: boolean } | null {
  const words = m.sentenceWords;
  const first = indexOfWord(words, m.words[0]!);
  const last = first + m.words.length - 1;
  const end = m.words[m.words.length - 1]!;
  const next = words[last + 1];
  const prev = words[first - 1];
  if (end.possessive) {
    // "Halden's chief executive", "Halden's shareholders".
    if (!spaced(next) || !lower(next)) return null;
    const noun = next.folded === 'chief' && words[last + 2]?.folded === 'executive' ? 'executives' : next.folded;
    return OWNED_AFTER_POSSESSIVE.has(noun) ? { strength: MEDIUM, overPlace: true } : null;
  }
  if (lower(next) && spaced(next)) {
    if (OWNED_AFTER.has(next.folded)) return { strength: STRONG, overPlace: true };
    if (AGENTS.has(next.folded)) return { strength: MEDIUM, overPlace: false };
    // "Essex are set to …": not after "X and", where the verb is the pair's.
    // Plurals ("Rangers are", "Palestinians were") and pairs ("Maskhadov and Tikhomirov are") say nothing;
    // nor do countries, whose teams are named for them ("England were 100 for two").
    const paired = words.slice(Math.max(0, first - 4), first).some((w) => COORDINATORS.has(w.folded)) || /,\s*$/.test(m.words[0]!.gap);
    if (PLURAL_VERBS.has(next.folded) && !/s$/.test(end.folded) && !paired && !(m.words.length === 1 && isCountryName(end.text))) return { strength: STRONG, overPlace: true };
    // "Halden said its …", "Halden said on Monday its …".
    if (WORDS.reportingVerbs.has(next.folded)) {
      for (let k = last + 2; k < words.length && k <= last + 6 && !words[k]!.cap && !/[,;:]/.test(words[k]!.gap); k++) {
        if (words[k]!.folded === 'its') return { strength: MEDIUM, overPlace: false };
      }
    }
  }
  // "shares in Halden", "the chief executive of Halden".
  const noun = words[first - 2];
  if (prev && spaced(m.words[0]) && spaced(prev) && lower(noun)) {
    if (prev.folded === 'in' && BEFORE_IN.has(noun.folded)) return { strength: MEDIUM, overPlace: true };
    if (prev.folded === 'of' && BEFORE_OF.has(noun.folded)) return { strength: MEDIUM, overPlace: CORPORATE_OF.has(noun.folded) };
  }
  // "the SEC", "the RSF": a person's name never takes the article.
  if (m.words.length === 1 && end.allCaps && prev?.folded === 'the' && !prev.cap && spaced(m.words[0])) return { strength: MEDIUM, overPlace: false };
  return null;
}

/** Move a mention read as a person, or not read at all, to an organisation when the words around say it is a body. */
export function bodyContext(m: Mention): void {
  if (m.known || m.capitalOf || m.titled || m.dateline || m.team) return;
  const evidence = bodyEvidence(m);
  if (!evidence) return;
  const kind: ActorKind | undefined = m.kind;
  // Stronger evidence stands: a given name in front, a role noun before, a place word in the name.
  const open = kind === undefined || (kind === 'person' && m.strength < 5) || (kind === 'place' && evidence.overPlace && m.strength <= 3) || (kind === 'organization' && m.strength < evidence.strength);
  if (!open) return;
  // A name the lexicon knows as a person's ("Smith spokesman" is rare; "Trump aides" is not a body).
  if (!evidence.overPlace && m.words.length === 1 && lexiconNameKind(m.words[0]!.text) === 'person') return;
  m.kind = undefined;
  m.strength = 0;
  suggest(m, 'organization', evidence.strength);
  m.body = true;
}
