// A CAMEO-style actor code: the country's ISO alpha-3 plus an agent (GOV, MIL, COP, REB, MED…),
// as event-data researchers code actors. Listed actors carry their own code.
import type { ActorKind } from '../../schema/result.js';
import { alpha3 } from './gazetteer.js';

const AGENTS: Array<[RegExp, string]> = [
  [/\b(army|military|armed forces|defen[cs]e forces?|navy|air force|troops|soldiers?|colonel|general|major|lieutenant|captain|brigadier|commander|marines?|isp?r)\b/i, 'MIL'],
  [/\b(police|gendarmerie|constable|inspector|officer)\b/i, 'COP'],
  [/\b(ministry|minister|government|president|presidency|prime minister|council|cabinet|parliament|senate|governor|mayor|administration|authority|secretary|spokes(?:man|woman|person))\b/i, 'GOV'],
  [/\b(court|judge|justice|prosecutor)\b/i, 'JUD'],
  [/\b(party)\b/i, 'PTY'],
  [/\b(rebels?|insurgents?|militants?|militias?|gangs?|brigades?|front|movement|liberation)\b/i, 'REB'],
  [/\b(hospital|ambulance|rescue|civil defen[cs]e|red cross|red crescent|doctors?|medical)\b/i, 'MED'],
];

const KIND_AGENT: Partial<Record<ActorKind, string>> = { media: 'JRN', group: 'REB' };

export function cameoCode(kind: ActorKind, country: string | null, text: string): string | null {
  const nation = country ? alpha3(country) : null;
  if (kind === 'country') return nation;
  if (kind === 'place') return null;
  let agent = KIND_AGENT[kind] ?? null;
  for (const [pattern, code] of AGENTS) {
    if (pattern.test(text)) {
      agent = code;
      break;
    }
  }
  if (!nation && !agent) return null;
  return `${nation ?? (kind === 'organization' ? 'NGO' : '')}${agent ?? ''}` || null;
}
