// Known actors: countries (i18n-iso-countries names plus our extras), armed and political
// groups, media outlets and international organisations, each under all its names.
import countries from 'i18n-iso-countries';
import englishCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { ActorKind } from '../../schema/result.js';
import countryExtras from './data/countryExtras.json' with { type: 'json' };
import groups from './data/groups.json' with { type: 'json' };
import { MEDIA_OUTLETS } from '../../lexicon/index.js';
import organizations from './data/organizations.json' with { type: 'json' };
import { CAPITALS, fold } from './lexicon.js';

export interface KnownActor {
  /** Stable identity: one per real actor ("country:PK", "group:Taliban"). */
  key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  code: string | null;
  names: string[];
}

export interface ListedActor {
  name: string;
  aliases: string[];
  country: string | null;
  code?: string;
  kind?: string;
}

const byName = new Map<string, KnownActor>();
const byCountry = new Map<string, KnownActor>();
/** Short names with capitals inside ("US", "UN", "LeT") match only as written. */
const exactCase = new Map<string, string[]>();
let longestName = 1;

function register(actor: KnownActor): void {
  for (const name of actor.names) {
    const key = fold(name);
    const owner = byName.get(key);
    if (!key || (owner && owner !== actor)) continue;
    byName.set(key, actor);
    if (name.replace(/[^\p{L}]/gu, '').length <= 4 && /\p{Lu}.*\p{Lu}/u.test(name)) exactCase.set(key, [...(exactCase.get(key) ?? []), name]);
    longestName = Math.max(longestName, name.split(/[\s-]+/).length);
  }
}

export const alpha3 = (alpha2: string): string | null => countries.alpha2ToAlpha3(alpha2) ?? null;

function loadCountries(): void {
  const names = englishCountries.countries as Record<string, string | string[]>;
  const display = countryExtras.displayNames as Record<string, string>;
  const extra = countryExtras.aliases as Record<string, string[]>;
  for (const [code, value] of Object.entries(names)) {
    const all = [...(Array.isArray(value) ? value : [value]), ...(extra[code] ?? [])];
    const name = display[code] ?? all[all.length - 1]!;
    const actor: KnownActor = { key: `country:${code}`, name, kind: 'country', country: code, code: alpha3(code), names: [name, ...all] };
    byCountry.set(code, actor);
  }
  // Register the displayed and extra names first, so an ambiguous name ("Congo") goes to the listed one.
  for (const code of Object.keys(extra)) register(byCountry.get(code)!);
  for (const actor of byCountry.values()) register(actor);
}

function loadList(list: ListedActor[], kind: ActorKind, prefix: string): void {
  for (const item of list) {
    register({
      key: `${prefix}:${item.name}`,
      name: item.name,
      kind: (item.kind as ActorKind | undefined) ?? kind,
      country: item.country,
      code: item.code ?? null,
      names: [item.name, ...item.aliases],
    });
  }
}

loadCountries();
loadList(groups as ListedActor[], 'group', 'group');
loadList(MEDIA_OUTLETS as ListedActor[], 'media', 'media');
loadList(organizations as ListedActor[], 'organization', 'org');

/** The known actor called exactly `text` (case-insensitive except for short capitals). */
export function knownActor(text: string): KnownActor | undefined {
  const key = fold(text);
  const actor = byName.get(key);
  if (!actor) return undefined;
  const forms = exactCase.get(key);
  if (forms && !forms.includes(text.replace(/’/g, "'"))) return undefined;
  return actor;
}

export const countryActor = (alpha2: string): KnownActor | undefined => byCountry.get(alpha2);

/** The country whose capital is `text`, if any. */
export function capitalOf(text: string): KnownActor | undefined {
  const code = CAPITALS.get(fold(text));
  return code ? byCountry.get(code) : undefined;
}

/** Longest known name, in words, so callers can bound their look-ups. */
export const LONGEST_KNOWN_NAME = () => longestName;
