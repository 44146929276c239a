import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/document/dateline.js';

describe('readDateline', () => {
  it.each<[string, string, string | null, string | null]>([
    ['KHARTOUM, Sudan, March 3, 2019 (AFP) — Protesters marched.', 'KHARTOUM, Sudan', 'AFP', '2019-03-03'],
    ['Nairobi, October 9/2021 – Police fired tear gas.', 'Nairobi', null, '2021-10-09'],
    ['October 9, 2021 (KHARTOUM) – Armed groups signed a truce.', 'KHARTOUM', null, '2021-10-09'],
    ['MOSUL, Nov 4 (Wire) - Forces advanced.', 'MOSUL', 'Wire', 'XXXX-11-04'],
    ['KHARTOUM, Nov. 2 (Xinhua) -- The two sides agreed.', 'KHARTOUM', 'Xinhua', 'XXXX-11-02'],
    ['Lima, Aug 23 (Agency) Peru declared an emergency.', 'Lima', 'Agency', 'XXXX-08-23'],
    ['KABUL, February 16 - The order was issued.', 'KABUL', null, 'XXXX-02-16'],
    ['BEIRUT, Feb 29 (Wire) - The leap day.', 'BEIRUT', 'Wire', 'XXXX-02-29'],
    ['KABUL (Reuters) - A blast hit the city.', 'KABUL', 'Reuters', null],
  ])('%j', (line, place, agency, date) => {
    expect(readDateline(line)).toMatchObject({ place, agency, date });
  });

  it.each([
    'Police said on March 3 (local time) – nobody was hurt.',
    'The army said on March 3, 2019 – a Sunday – that it had won.',
    'Nairobi police – who arrived late – said little.',
    'KABUL, Feb 30 - Not a day.',
  ])('none in %j', (line) => {
    expect(readDateline(line)?.date ?? null).toBeNull();
  });
});
