// News outlets as they show on pages: a site name after the headline ("… | Reuters",
// "… - AP News", "…-Anadolu", "… : WNYC") or an agency standing alone on the byline row.
// The names are the lexicon's media outlets; the endings are house-name words.
import { MEDIA_OUTLETS } from '../lexicon/index.js';

const mediaNames = new Set(MEDIA_OUTLETS.flatMap((m) => [m.name, ...m.aliases]).map((n) => n.toLowerCase()));
/** Words that end an outlet's name: "Kathmandu Post", "Daily Star", "Dawn.com". */
const OUTLET_ENDING = /(?:\b(?:News|Times|Post|Tribune|Herald|Journal|Gazette|Observer|Independent|Express|Standard|Telegraph|Nation|Daily|Today|Online|Monitor|Chronicle|Mail|Insider|Review|Agency|Radio|TV|Network|Press|Wire|Report|Star|Sun|Mirror|Leader|Vanguard|Dispatch|Bulletin|Courier|Record|Digest|Weekly|Magazine|Media)|\.(?:com|org|net|co\.\w{2}|\w{2}))$/;
const TITLE_WORD = /^(?:\p{Lu}[\p{L}\p{N}.&'’-]*|of|the|and|&|al|el|de|la)$/u;

export function isMediaName(text: string): boolean {
  return mediaNames.has(text.trim().toLowerCase().replace(/^the /, '')) || mediaNames.has(text.trim().toLowerCase());
}

/** A short Title Case name that is a listed outlet, starts with one ("AP News") or ends like one ("Kathmandu Post"). */
export function isOutletName(text: string): boolean {
  const name = text.trim();
  const words = name.split(/\s+/);
  if (!name || words.length > 5 || !words.every((w) => TITLE_WORD.test(w)) || !/^\p{Lu}/u.test(name)) return false;
  if (isMediaName(name) || OUTLET_ENDING.test(name)) return true;
  for (let n = words.length - 1; n >= 1; n--) if (isMediaName(words.slice(0, n).join(' '))) return true;
  return false;
}

/** "Headline | Reuters" → "Headline"; ": ISPR" with no space before the colon is a source and stays. */
const SUFFIX = /(?:\s+[|–—-]\s*|\s:\s+|[|])([^|–—:]{1,50})$/u;
/** "…northern Iraq-Anadolu": a listed outlet glued to the last word by a hyphen. */
const GLUED_SUFFIX = /(?<=\p{L})-(\p{Lu}[\p{L}]{1,20}(?: \p{Lu}[\p{L}]{1,20})?)$/u;

export function withoutOutletSuffix(title: string): string {
  const trimmed = title.trim();
  const spaced = SUFFIX.exec(trimmed);
  if (spaced && (isOutletName(spaced[1]!) || (/\s:\s/.test(spaced[0]) && /^\p{Lu}[\p{Lu}\p{N} ]{1,20}$/u.test(spaced[1]!.trim())))) {
    const rest = trimmed.slice(0, spaced.index).trim();
    if (rest.split(/\s+/).length >= 3) return rest;
  }
  const glued = GLUED_SUFFIX.exec(trimmed);
  if (glued && isMediaName(glued[1]!)) return trimmed.slice(0, glued.index).trim();
  return trimmed;
}
