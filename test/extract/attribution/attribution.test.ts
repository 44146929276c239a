import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/index.js';
import { attributeSentence, documentAttribution } from '../../../src/extract/attribution/index.js';
import type { Actor } from '../../../src/schema/result.js';

/** The source of the last sentence of `text`. */
function sourceOfLast(text: string, actors: Actor[] = []) {
  const doc = createDocument(text);
  const sentence = doc.sentences[doc.sentences.length - 1]!;
  const found = attributeSentence(doc, sentence, actors);
  return found && { name: found.name, cue: found.cue, channel: found.channel, text: doc.text.slice(found.start, found.end) };
}

describe('attributeSentence: who reports a sentence', () => {
  it.each([
    ['Farmer Joe Bloggs said the river had burst its banks.', 'Joe Bloggs', 'said'],
    ['The bridge collapsed at dawn, the transport ministry said.', 'transport ministry', 'said'],
    ['The bridge collapsed at dawn, said Maria Lopez.', 'Maria Lopez', 'said'],
    ['Four fishermen are missing, according to the Coast Guard.', 'Coast Guard', 'according to'],
    ['Nine shops burned, according to a local trader who saw the fire.', 'local trader', 'according to'],
    ['A senior police source told Reuters that two suspects were held.', 'senior police source', 'told'],
    ['Officials confirmed that the airport would reopen.', 'Officials', 'confirmed'],
    ['Witnesses told the BBC they heard three blasts.', 'Witnesses', 'told'],
    ['In a statement on Friday, the Kenyan Defence Forces said six attackers were killed.', 'Kenyan Defence Forces', 'said'],
    ['Farouk Bello, a spokesman for the state governor, said the curfew was lifted.', 'Farouk Bello', 'said'],
    ['The curfew was lifted, its chairman, Idris Musa, said.', 'Idris Musa', 'said'],
    ['Relief Nigeria, a charity based in Kano, warned that food was running out.', 'Relief Nigeria', 'warned'],
    ['Interior Minister Hassan Rahimi announced the arrests on Tuesday.', 'Hassan Rahimi', 'announced'],
    ['The regional health office (RHO) reported 40 new cases.', 'regional health office', 'reported'],
    ['The coalition has also claimed that its drones hit a depot.', 'coalition', 'claimed'],
    ['Ceasefire holding in the north, says envoy', 'envoy', 'says'],
    ['After the council voted, Mayor Anna Kowalski said the budget was final.', 'Anna Kowalski', 'said'],
    ['Doctors Without Borders said its clinic had been looted.', 'Doctors Without Borders', 'said'],
    ['The state news agency KNA said the talks ended.', 'KNA', 'said'],
    // a time phrase between the subject and its verb
    ['Mayor Ana Ruiz on Tuesday said the bridge would reopen.', 'Ana Ruiz', 'said'],
    ['The transport ministry less than two weeks ago said the line was safe.', 'transport ministry', 'said'],
    ['The union last month warned that the mines would close.', 'union', 'warned'],
    // initials, places with their state, and several appositions
    ['The road is open, said Paul H. Osei, a driver.', 'Paul H. Osei', 'said'],
    ['Tomas J. Berg, 58, a grower in Ashford, Kan., said the crop had failed.', 'Tomas J. Berg', 'said'],
    ['Lena Ortiz, a former engineer who now advises the county on flood defences, said the dam would hold.', 'Lena Ortiz', 'said'],
    // an inverted speaker whose description is written in lower case before the name
    ['The dam will hold, said former county engineer Lena Ortiz (D), a critic of the plan.', 'Lena Ortiz', 'said'],
    ['The dam will hold, said party campaign manager Rui Costa in a statement.', 'Rui Costa', 'said'],
  ])('%s → %s (%s)', (text, name, cue) => {
    expect(sourceOfLast(text)).toMatchObject({ name, cue });
  });

  it.each([
    'The rebels were reported killed in the raid.',
    'The storm knocked out power across the city.',
    'Residents fled after the attack.',
    'The claims could not be verified.',
    'Floods hit Borno state late on Sunday.',
    'Aid workers continued to distribute food.',
  ])('%s → no source', (text) => {
    expect(sourceOfLast(text)).toBeNull();
  });

  it.each([
    ['"Calm has returned," police spokesman Ali Musa told AFP by telephone.', 'Ali Musa', 'telephone'],
    ['The army said in a statement posted on Telegram that it had retreated.', 'army', 'Telegram'],
    ['The minister wrote on X that the deal was signed.', 'minister', 'X'],
    ['In an interview, General Amina Sow said the front was stable.', 'Amina Sow', 'interview'],
    ['The group said on its Radio Salam station that it had won.', 'group', 'Radio Salam'],
    ['A security source told AFP that the convoy was hit.', 'security source', 'AFP'],
  ])('channel of %s', (text, name, channel) => {
    expect(sourceOfLast(text)).toMatchObject({ name, channel });
  });

  it('resolves pronouns to the most recent compatible speaker', () => {
    const text = 'Health Minister Sara Obi said 12 people died. The ministry said the clinics were full. She said more doctors would come. It said supplies were short.';
    const doc = createDocument(text);
    const names = doc.sentences.map((s) => attributeSentence(doc, s, [])?.name);
    expect(names).toEqual(['Sara Obi', 'ministry', 'Sara Obi', 'ministry']);
  });

  it('widens a surname to the fullest name in the article', () => {
    const text = 'Police chief Daniel Okafor Eze visited the site. Eze said four suspects had been arrested.';
    expect(sourceOfLast(text)).toMatchObject({ name: 'Daniel Okafor Eze', text: 'Eze' });
  });

  it('links the source to the actor whose mention it overlaps', () => {
    const text = 'Colonel Ade Bako said the town was retaken.';
    const doc = createDocument(text);
    const start = text.indexOf('Ade Bako');
    const actor: Actor = {
      id: 'a1', name: 'Adewale Bako', kind: 'person', aliases: ['Ade Bako'], roles: [], country: null,
      mentions: [doc.span(start, start + 'Ade Bako'.length)],
    };
    expect(attributeSentence(doc, doc.sentences[0]!, [actor])).toMatchObject({ name: 'Adewale Bako', actor: 'a1', cue: 'said' });
  });

  it('ignores reporting verbs inside quotations', () => {
    const doc = createDocument('“They said nothing to us,” the farmer insisted.');
    const report = documentAttribution(doc, []).report(doc.sentences[0]!);
    expect(report.clauses.map((c) => [c.cue, c.speaker.name])).toEqual([['insisted', 'farmer']]);
  });
});

describe('attributeSentence: records, descriptions and participles', () => {
  it.each([
    ['More than 500 people were kidnapped last year, according to data compiled by Delta Analytics, a consultancy.', 'Delta Analytics'],
    ['Three wells ran dry, according to a statement issued by the water board.', 'water board'],
    ['Nine schools closed, according to figures from the education ministry.', 'education ministry'],
    ['Nine schools closed, according to a survey of parents.', 'survey'],
    ['A senior police official in Kavala told Reuters the base was hit.', 'senior police official in Kavala'],
    ['One resident of Port Lemo, who asked not to be named, said the water rose at night.', 'resident of Port Lemo'],
    ['One of the residents said the water rose at night.', 'One of the residents'],
    ['Residents said police arrested 20 young men accused of smuggling.', 'Residents'],
    // "…, saying": the subject of the clause, not the object before the comma
    ['Mrs. Okafor endorsed Paul Mensah on Monday, saying he had the courage to win.', 'Okafor'],
    ['The union backed the mayor, saying the strike was over.', 'union'],
    ['Kofi Mensah praised the plan, adding that the rain was late.', 'Kofi Mensah'],
  ])('%s → %s', (text, name) => {
    expect(sourceOfLast(text)?.name).toBe(name);
  });

  it('finds no clause in a participle that needs an object', () => {
    const doc = createDocument('Police arrested 20 young men accused of smuggling.');
    expect(documentAttribution(doc, []).report(doc.sentences[0]!).clauses).toEqual([]);
  });

  it('gives the source of a dated clause from the clause around it', () => {
    const text = 'Morovia denies arming the rebels, though independent monitors said in a report last May that 2,000 soldiers were there.';
    const doc = createDocument(text);
    const sentence = doc.sentences[0]!;
    const attribution = documentAttribution(doc, []);
    expect(attribution.source(sentence)?.name).toBe('Morovia');
    expect(attribution.sourceAt(sentence, text.indexOf('last May'), sentence.start, sentence.end)?.name).toBe('independent monitors');
  });
});
