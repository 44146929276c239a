import { describe, expect, it } from 'vitest';
import { isOutletName, withoutOutletSuffix } from '../../src/document/outlets.js';

describe('withoutOutletSuffix', () => {
  it.each<[string, string]>([
    ['Storm floods coastal towns - AP News', 'Storm floods coastal towns'],
    ['Storm floods coastal towns | Reuters', 'Storm floods coastal towns'],
    ['Storm floods coastal towns | The Valley Chronicle', 'Storm floods coastal towns'],
    ['Storm floods coastal towns-Anadolu', 'Storm floods coastal towns'],
    ['Storm floods coastal towns : WNYC', 'Storm floods coastal towns'],
    ['Storm floods coastal towns — Kathmandu Post', 'Storm floods coastal towns'],
  ])('%j → %j', (title, stripped) => {
    expect(withoutOutletSuffix(title)).toBe(stripped);
  });

  it.each([
    'Two soldiers killed in border attack: ISPR',
    'Storm floods coastal towns - witnesses',
    'Army retakes town - Erdogan',
    'Talks between Iran-Iraq resume',
    'Reuters',
  ])('keeps %j', (title) => {
    expect(withoutOutletSuffix(title)).toBe(title);
  });
});

describe('isOutletName', () => {
  it.each(['Reuters', 'AP News', 'The Kathmandu Post', 'Daily Star', 'Example.com'])('%j is an outlet', (name) => {
    expect(isOutletName(name)).toBe(true);
  });
  it.each(['Rebels take the airport', 'Jane Roe', 'Talks resume in Doha today and tomorrow again'])('%j is not', (name) => {
    expect(isOutletName(name)).toBe(false);
  });
});
