import { describe, expect, it } from 'vitest';
import data from '../../src/document/data/boilerplate.json' with { type: 'json' };
import { boilerplateReason } from '../../src/document/boilerplate.js';
import { Document } from '../../src/document/index.js';

describe('boilerplateReason', () => {
  it.each(data.exact)('recognises the exact line %j in any case and spacing', (entry) => {
    expect(boilerplateReason(entry)).toBe(`boilerplate: ${entry}`);
    expect(boilerplateReason(`  ${entry.toUpperCase()}  `)).not.toBeNull();
  });

  it.each([...data.listHeaders, ...data.commentHeaders])('recognises the heading %j', (entry) => {
    expect(boilerplateReason(`${entry}:`)).toBe(`boilerplate: ${entry}`);
  });

  it.each(data.prefix)('recognises a line starting with %j', (prefix) => {
    expect(boilerplateReason(`${prefix} something about the war`)).toMatch(/^boilerplate: /);
  });

  it.each<[string, string]>([
    ['Advertisement', 'boilerplate: advertisement'],
    ['STORY CONTINUES BELOW THIS AD', 'boilerplate: story continues below this ad'],
    ['Trending:', 'boilerplate: trending'],
    ['QUICK LINKS', 'boilerplate: quick links'],
    ['Read more: Why the border talks failed again', 'boilerplate: read more:'],
    ['Check Also', 'boilerplate: check also'],
    ['Post a Comment', 'boilerplate: post a comment'],
    ['Share this article', 'boilerplate: share this article'],
    ['Legal Disclaimer: The views expressed are the author’s own.', 'boilerplate: legal disclaimer:'],
    ['(end)', 'boilerplate: (end)'],
    ['Reporting by Jane Roe; Editing by Tom Poe', 'boilerplate: reporting by'],
    ['Listen to this article · 4 min', 'boilerplate: listen to this article'],
    ['Image source, AFP', 'boilerplate: image source,'],
    ['5 min read', 'boilerplate: reading time'],
    ['12 minutes read', 'boilerplate: reading time'],
    ['Follow The Daily Star on WhatsApp', 'boilerplate: follow prompt'],
    ['Follow Al Jazeera English on X', 'boilerplate: follow prompt'],
    ['Follow Kabul Now on Google News.', 'boilerplate: follow prompt'],
    ['Like us on Facebook and follow @desk on Twitter for updates', 'boilerplate: follow prompt'],
    ['Read Time: 2 mins', 'boilerplate: reading time'],
    ['Download the Example News app now', 'boilerplate: app or newsletter prompt'],
    ['Sign up for our daily newsletter', 'boilerplate: app or newsletter prompt'],
    ['Get the latest headlines delivered to your inbox', 'boilerplate: app or newsletter prompt'],
    ['Copyright 2024 Example Media. All rights reserved.', 'boilerplate: copyright'],
    ['#Sudan #Darfur', 'boilerplate: hashtags'],
    ['url: https://news.example.org/world/story-123', 'boilerplate: address'],
    ['pic.twitter.com/Ab12Cd34', 'boilerplate: address'],
    ['— Jane Roe (@janeroe) June 3, 2024', 'boilerplate: embedded post signature'],
    ['Photo by Ahmed Saleh /AFP', 'boilerplate: photo credit'],
    ['Photo: Reuters', 'boilerplate: photo credit'],
    ['J. Doe—AFP', 'boilerplate: photo credit'],
    ['Getty Images', 'boilerplate: photo credit'],
    ['AFP_34GH7Q2.jpg', 'boilerplate: photo file name'],
    ['GettyImages-1234567', 'boilerplate: photo file name'],
    ['12 Comments', 'boilerplate: comments'],
    ['Type your search and hit enter', 'boilerplate: type your search and hit enter'],
  ])('%j → %s', (line, reason) => {
    expect(boilerplateReason(line)).toBe(reason);
  });

  it.each([
    'Home Video Shorts Live India World',
    'News World Politics Opinion',
    'Home | World | Business | Sports',
    'Home » World » Asia',
    'Latest • Trending • Videos',
  ])('recognises the navigation row %j', (line) => {
    expect(boilerplateReason(line)).toBe('boilerplate: navigation');
  });

  it.each([
    '',
    '   ',
    'The advertisement was pulled after complaints.',
    'Share prices fell after the attack.',
    'India Pakistan Border Clash Kills Two Soldiers',
    'Pakistan and India trade fire across the border',
    'Home ministry says 12 killed',
    'World leaders condemn the strike on the market.',
    'Read the full statement below.',
    '5 minutes of silence were observed.',
    'Image of the destroyed bridge spread online.',
    'Follow the money on Telegram, investigators said.',
    'Save the Children said 12 pupils were hurt.',
    'Like many residents, she fled on Tuesday.',
    'Get out, the soldiers told the family, according to the app developer.',
    'Photographs of the dead spread online.',
    'Israel/Gaza',
    'M23',
    'The minister says: “We will not retreat.”',
    'Copyright laws were changed last year.',
    'The minister says:',
  ])('leaves the content line %j alone', (line) => {
    expect(boilerplateReason(line)).toBeNull();
  });
});

describe('Document: skipped lines', () => {
  const caption = 'A displaced family waits at a camp near Goma on Monday.';
  const text = [
    'Rebels advance on the eastern city of Goma', // 1
    'Advertisement', // 2
    '', // 3
    caption, // 4
    caption, // 5
    '', // 6
    'Short line', // 7
    'Short line', // 8
    'Home | World | Africa', // 9
    caption, // 10
    'Aid groups said 40 people were injured.', // 11
  ].join('\n');
  const doc = new Document(text);

  it('lists each skipped line once, with its reason, in line order', () => {
    expect(doc.skipped).toEqual([
      { line: 2, reason: 'boilerplate: advertisement' },
      { line: 5, reason: 'duplicate of line 4' },
      { line: 9, reason: 'boilerplate: navigation' },
      { line: 10, reason: 'duplicate of line 4' },
    ]);
    expect(doc.isSkippedLine(5)).toBe(true);
    expect(doc.isSkippedLine(4)).toBe(false);
  });

  it('extracts a repeated caption once and keeps short repeated lines', () => {
    expect(doc.sentences.filter((s) => s.text === caption)).toHaveLength(1);
    expect(doc.sentences.filter((s) => s.text === 'Short line')).toHaveLength(2);
    expect(doc.sentences.some((s) => /Advertisement|Africa/.test(s.text))).toBe(false);
  });

  it('blanks skipped lines in the shared parse without moving offsets', () => {
    expect(doc.tokens.some((t) => t.text === 'Advertisement')).toBe(false);
    for (const token of doc.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    const injured = doc.tokens.find((t) => t.normal === 'injured');
    expect(injured && doc.lines.lineOf(injured.start)).toBe(11);
  });

  it('treats a duplicate differing only in spacing as the same line', () => {
    const spaced = new Document(`${caption}\n  ${caption.replace(/ /g, '  ')}  `);
    expect(spaced.skipped).toEqual([{ line: 2, reason: 'duplicate of line 1' }]);
  });
});
