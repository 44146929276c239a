import { describe, expect, it } from 'vitest';
import { recognise } from '../../src/input/dumpFormat.js';

const fields = { textField: 'text' };

describe('recognise (--input-format auto)', () => {
  it.each([
    ['Nexis Uni: End of Document', 'Title\n\nOutlet\nMarch 3, 2025\n\nBody\n\nText.\n\nEnd of Document\n', 'a.txt', 'nexis'],
    ['LexisNexis: N of M DOCUMENTS', '\n        1 of 12 DOCUMENTS\n\n   Outlet\n', 'a.txt', 'nexis'],
    ['Nexis fields and a Body line', 'Title\nLength: 40 words\nByline: A B\n\nBody\nText.', 'a.txt', 'nexis'],
    ['Factiva codes', 'HD Title\nWC 40 words\nPD 3 March 2025\nSN Outlet\nLP\nText.\nAN Document X1\n', 'a.txt', 'factiva'],
    ['JSON Lines', '{"text": "A."}\n{"text": "B."}\n', 'a.txt', 'jsonl'],
    ['CSV by extension', 'id,body\n1,A.\n', 'a.csv', 'csv'],
    ['CSV by a text column', 'id,"text"\n1,A.\n', 'a.txt', 'csv'],
    ['plain article', 'Floods in the north\n\nRain fell on Monday. HD screens were sold out.\n', 'a.txt', 'text'],
  ])('%s', (_, text, path, expected) => {
    expect(recognise(text, path, fields)).toBe(expected);
  });
});
