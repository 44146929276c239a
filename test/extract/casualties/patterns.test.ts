// Table-driven: one sentence → the figures it reports ("outcome low/high", parts marked).
import { describe, expect, it } from 'vitest';
import { body, casualtiesOf, figureTable } from './helpers.js';

const table = figureTable;

table('a verb before the victims', [
  ['A roadside bomb killed 7 soldiers near the border.', ['killed 7/7']],
  ['Militants stormed the market, killing at least 31 people.', ['killed 31/null']],
  ['The rebels said they had slain 40 government troops.', ['killed 40/40']],
  ['Police arrested 14 protesters in the capital.', ['arrested 14/14']],
  ['Security forces detained more than 300 people overnight.', ['arrested 301/null']],
  ['Gunmen kidnapped up to 60 pupils from a boarding school.', ['abducted null/60']],
  ['The blast wounded about 120 worshippers.', ['injured 120/120']],
  ['The floods of violence displaced tens of thousands of villagers.', ['displaced 20000/null']],
  ['Troops chased the raiders and killed 9 of them.', ['killed 9/9']],
  ['The shelling killed 5, wounding 11.', ['killed 5/5', 'injured 11/11']],
  ['The fighters claimed to have killed dozens of police officers.', ['killed 24/null']],
  ['They executed 12 “spies” in the square.', ['killed 12/12']],
]);

table('the victims, then what happened to them', [
  ['Nineteen miners were killed when the tunnel was attacked.', ['killed 19/19']],
  ['At least 31 people died in the blaze.', ['killed 31/null']],
  ['More than 300 families have fled their homes.', ['displaced 301/null']],
  ['Around 70 villagers had fled to the hills.', ['displaced 70/70']],
  ['Six fishermen are still missing.', ['missing 6/6']],
  ['40-45 students remain unaccounted for.', ['missing 40/45']],
  ['Forty-one pilgrims were taken hostage on the road.', ['abducted 41/41']],
  ['Two of the injured later died in hospital.', ['killed 2/2']],
  ['Between 30 and 35 traders who had travelled to the market overnight are missing.', ['missing 30/35']],
  ['Eight guards, the governor said, were wounded.', ['injured 8/8']],
  ['Thirty-two people have been killed and hundreds injured since Friday.', ['killed 32/32', 'injured 200/null']],
  ['The clinic reported 9 dead and about 35 wounded patients.', ['killed 9/9', 'injured 35/35']],
  ['Residents said 4 people were shot dead and 2 lost their lives in the fire.', ['killed 4/4', 'killed 2/2']],
  ['Three farmers killed as herders raid village', ['killed 3/3']],
]);

table('an outcome noun and its figure', [
  ['The death toll from the collapse rose to 57.', ['killed 57/57']],
  ['Officials put the toll at 63.', ['killed 63/63']],
  ['Rescuers recovered the bodies of 14 people from the river.', ['killed 14/14']],
  ['The raid claimed 22 lives, officials said.', ['killed 22/22']],
  ['The hospital treated 31 people for burns and gunshot wounds.', ['injured 31/31']],
  ['The gang took 16 workers hostage.', ['abducted 16/16']],
  ['The attack caused 8 deaths.', ['killed 8/8']],
]);

table('several groups in one sentence', [
  ['Eleven rebels and four soldiers were killed in the clash.', ['killed 11/11', 'killed 4/4']],
  ['The strike killed 12 fighters, alongside 3 civilians.', ['killed 12/12', 'killed 3/3']],
  ['The bomb killed 6 policemen and 2 bystanders.', ['killed 6/6', 'killed 2/2']],
  ['Troops killed 8 militants, while 3 soldiers were wounded.', ['killed 8/8', 'injured 3/3']],
]);

table('a breakdown is part of its total', [
  ['The attack killed at least 14 people, including 6 children.', ['killed 14/null', 'killed 6/6 part of c1']],
  ['Seventeen people were killed, including four women and two toddlers.', ['killed 17/17', 'killed 4/4 part of c1', 'killed 2/2 part of c1']],
  ['Nine civilians, including a nurse, were killed.', ['killed 9/9', 'killed 1/1 part of c1']],
  ['The shelling killed 10 people, three of them children.', ['killed 10/10', 'killed 3/3 part of c1']],
]);

table('one person', [
  ['A policeman was killed in the ambush.', ['killed 1/1']],
  ['Gunmen shot dead a 45-year-old trader.', ['killed 1/1']],
  ['The blast killed the driver and two passengers.', ['killed 1/1', 'killed 2/2']],
  ['A suicide bomber blew up a bus, killing himself and 9 others.', ['killed 1/1', 'killed 9/9']],
  ['One soldier died and another soldier was injured.', ['killed 1/1', 'injured 1/1']],
  ['The driver of the truck was wounded.', ['injured 1/1']],
  ['Gunmen killed the mayor, his wife and his two sons.', ['killed 1/1', 'killed 1/1', 'killed 2/2']],
  ['The raid killed two people, a man and a woman.', ['killed 2/2']],
  ['Nine members of one clan were killed.', ['killed 9/9']],
]);

table('numbers that are not casualties', [
  ['A 34-year-old man was arrested.', ['arrested 1/1']],
  ['The victims, aged 19 and 24, were killed.', []],
  ['Since 2011 the group has waged war and 2014 was its worst year.', []],
  ['The attackers arrived in 12 pickup trucks and killed no one.', []],
  ['The ransom of $50,000 was paid for 3 hostages.', []],
  ['More than 2 million people live in the province.', []],
  ['The siege lasted 36 hours.', []],
  ['The town lies 40 km from the border, where 5 soldiers were killed.', ['killed 5/5']],
  ['Troops destroyed 14 vehicles and killed 6 militants.', ['killed 6/6']],
  ['The gunmen burned 30 homes.', []],
  ['On 14 March, fighting flared again.', []],
  ['The blast happened at 9:30 near the mosque.', []],
  ['The militants threatened to kill 50 hostages.', []],
  ['The gunmen fled the scene.', []],
  ['Five gunmen killed three villagers.', ['killed 3/3']],
  ['A driver was detained and two passengers were questioned.', ['arrested 1/1']],
]);

table('no figure', [
  ['No casualties were reported.', []],
  ['No one was hurt in the blast.', []],
  ['None of the passengers were injured.', []],
  ['Gunmen killed three villagers; the attackers were also killed.', ['killed 3/3']],
]);

describe('item details', () => {
  it('a toll put by someone in a contrasting clause has that someone as source', () => {
    const items = casualtiesOf(body('Rebels said they killed 40 soldiers, while the army put the toll at 9.'));
    expect(items.map((c) => [c.count.low, c.source?.name ?? null])).toEqual([[40, 'Rebels'], [9, 'army']]);
  });
  it('keeps victims, the count text and a span covering the figure and its outcome', () => {
    const [c] = casualtiesOf(body('Officials said more than 200 rebel and allied fighters were killed.'));
    expect(c).toMatchObject({ outcome: 'killed', count: { low: 201, high: null, text: 'more than 200', approximate: false }, victims: 'rebel and allied fighters' });
    expect(c!.span.text).toBe('more than 200 rebel and allied fighters were killed');
  });
  it('reads victims with an "of" phrase and an acronym', () => {
    const [c] = casualtiesOf(body('The raid killed 5 members of the Village Defence Force (VDF).'));
    expect(c!.victims).toBe('members of the Village Defence Force (VDF)');
  });
  it('resolves "of them" to the plural before it', () => {
    const [c] = casualtiesOf(body('Soldiers pursued the raiders and killed 4 of them.'));
    expect(c!.victims).toBe('raiders');
  });
  it('marks approximate figures', () => {
    const [c] = casualtiesOf(body('Some 300 families fled their homes.'));
    expect(c!.count).toMatchObject({ low: 300, high: 300, approximate: true });
  });
  it('numbers items in text order', () => {
    expect(casualtiesOf(body('Two men were killed and 3 were hurt.')).map((c) => c.id)).toEqual(['c1', 'c2']);
  });
  it('keeps the quote marks of a quoted figure inside the span', () => {
    const [c] = casualtiesOf(body('He said “at least nine” soldiers had been killed.'));
    expect(c!.span.text).toBe('“at least nine” soldiers had been killed');
  });
});

describe('links to what other extractors found', () => {
  it('sets victimActor when the victims name an actor, and date from a DATE in the sentence', async () => {
    const { createDocument } = await import('../../../src/document/index.js');
    const { extractCasualties } = await import('../../../src/extract/casualties/index.js');
    const text = body('On Friday, the strike killed 14 Kurdish fighters, the ministry said on Saturday.');
    const doc = createDocument(text);
    const at = (word: string) => {
      const start = [...text].join('').indexOf(word);
      return doc.span(start, start + word.length);
    };
    const actor = { id: 'a1', name: 'Kurdish', kind: 'group' as const, aliases: [], roles: [], country: null, mentions: [at('Kurdish')] };
    const friday = { id: 'd1', text: 'Friday', type: 'DATE' as const, value: '2025-10-24', granularity: 'day' as const, span: at('Friday') };
    const saturday = { id: 'd2', text: 'Saturday', type: 'DATE' as const, value: '2025-10-25', granularity: 'day' as const, span: at('Saturday') };
    const [c] = extractCasualties(doc, { dates: [friday, saturday], actors: [actor], quotes: [] });
    expect(c).toMatchObject({ victims: 'Kurdish fighters', victimActor: 'a1', date: 'd1' });
  });
  it('takes the source of a figure inside a quotation from the quote speaker', async () => {
    const { createDocument } = await import('../../../src/document/index.js');
    const { extractCasualties } = await import('../../../src/extract/casualties/index.js');
    const text = body('“We buried 6 dead this morning,” the imam said.');
    const doc = createDocument(text);
    const start = text.indexOf('We');
    const end = text.indexOf(',”');
    const quote = { id: 'q1', text: text.slice(start, end), speaker: { name: 'imam', actor: null }, cue: 'said', channel: null, span: doc.span(start, end) };
    const [c] = extractCasualties(doc, { dates: [], actors: [], quotes: [quote] });
    expect(c).toMatchObject({ outcome: 'killed', count: { low: 6 }, source: { name: 'imam' } });
  });
});
