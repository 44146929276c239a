// Table-driven: idioms of loss and displacement from wire, South Asian, African and Middle
// Eastern outlets, single victims and figures far from their verb (own sentences).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { body, figureTable, pipelineTable } from './helpers.js';

const table = figureTable;

table('regional idioms of death', [
  ['Three Levies personnel embraced martyrdom when their post came under attack.', ['killed 3/3']],
  ['The wounded driver breathed his last on the way to the hospital.', ['killed 1/1']],
  ['The boy was declared brought dead by the doctors on duty.', ['killed 1/1']],
  ['Eight passengers were charred to death when the bus caught fire.', ['killed 8/8']],
  ['Two men accused of theft were lynched by villagers.', ['killed 2/2']],
  ['Two of our men paid the supreme price while repelling the attack.', ['killed 2/2']],
  ['Scores of protesters were felled by live rounds outside the palace.', ['killed 40/null']],
  ['Four labourers died on the spot and a fifth succumbed in hospital.', ['killed 4/4']],
  ['A farmer was macheted to death on his way to the market.', ['killed 1/1']],
  ['Attackers stormed the village at dawn, hacking to death 11 people.', ['killed 11/11']],
  ['Seven others with bullet wounds were rushed to the trauma centre.', ['injured 7/7']],
  ['The explosion left two dead and nine with serious burns.', ['killed 2/2', 'injured 9/9']],
]);

table('killing words said only of perpetrators', [
  ['Troops eliminated 14 insurgents in the forest.', ['killed 14/14']],
  ['Five bandits were sent to hell in the operation, the police said.', ['killed 5/5']],
  ['The committee eliminated 12 candidates from the race.', []],
  ['Two coaches were eliminated in the first round.', []],
]);

table('single victims', [
  ['A jawan was injured in the shelling along the border.', ['injured 1/1']],
  ['Militants shot dead an SPO outside his home.', ['killed 1/1']],
  ['The deceased was identified as a shopkeeper from the old city.', []],
  ['The deceased was declared dead on arrival.', ['killed 1/1']],
  ['A passer-by was wounded by a stray bullet.', ['injured 1/1']],
  ['One ranger was killed and another critically injured in the ambush.', ['killed 1/1', 'injured 1/1']],
  ['The injured policeman died in hospital on Sunday.', ['killed 1/1']],
  ['The injured man was discharged after treatment.', []],
  ['The kidnappers abducted the monarch from his palace.', ['abducted 1/1']],
]);

table('a figure whose verb comes after a long aside', [
  ['Four soldiers, among them a major who had commanded the post since the spring, were killed.', ['killed 4/4', 'killed 1/1 part of c1']],
  ['The two policemen, both of whom had served in the district for a decade, succumbed to their injuries.', ['killed 2/2']],
  ['Eleven miners, who had been working the night shift when the shaft flooded, were found dead.', ['killed 11/11']],
  ['Three soldiers, who had survived the first blast, told reporters the driver was killed.', ['killed 1/1']],
  ['Sixteen traders returning from the cattle market in the north, most of them from one town, were abducted.', ['abducted 16/16']],
  ['Two men accused of stealing a goat were lynched by a mob.', ['killed 2/2']],
  ['Twenty pilgrims from the southern provinces were killed when the bus overturned.', ['killed 20/20']],
  ['Three soldiers in the convoy survived, but the driver was killed.', ['killed 1/1']],
]);

table('displacement in its many phrasings', [
  ['About 4,000 people have been rendered homeless by the floods.', ['displaced 4000/4000']],
  ['Some 600 households deserted their homes after the raid.', ['displaced 600/600']],
  ['Nearly 900 farmers were driven out of their ancestral villages.', ['displaced null/899']],
  ['More than 12,000 people are internally displaced in the state.', ['displaced 12001/null']],
  ['At least 2,500 villagers have taken shelter in government schools.', ['displaced 2500/null']],
  ['About 300 families have migrated to safer places.', ['displaced 300/300']],
  ['Over 10,000 residents were evacuated to safety before the storm.', ['displaced 10001/null']],
  ['Thousands of fans deserted the stadium after the second goal.', []],
  ['The four attackers fled the scene on motorcycles.', []],
]);

table('non-casualty uses of the words of loss', [
  ['Thousands of investors lost their lives\' savings in the crash.', []],
  ['Hundreds of workers lost their life savings when the bank failed.', []],
  ['The senators killed the bill in committee.', []],
  ['The talks have reached a dead end.', []],
  ['The home side killed off the game with two late goals.', []],
  ['Gunmen killed 2 herders and rustled 300 head of cattle.', ['killed 2/2']],
  ['Two herders were killed and 300 head of cattle driven away.', ['killed 2/2']],
]);

pipelineTable('a person named without a determiner', [
  ['Constable Rashid Mehmood was martyred when gunmen fired on his patrol.', ['killed 1/1']],
  ['Militants shot dead Ghulam Nabi Dar outside his shop on Monday.', ['killed 1/1']],
  ['Pastor Emmanuel Okafor was abducted from his church in the night.', ['abducted 1/1']],
  ['Gunmen killed a trader, Ibrahim Sule, and wounded his driver.', ['killed 1/1', 'injured 1/1']],
  ['Sardar Ahmed was hurt by the leaked recordings, his aides admitted.', []],
  ['Ahmed Karimi fled the scene before the police arrived.', []],
  ['Mr Haddad killed the proposal in committee.', []],
  ['The Super Eagles killed off the match in the second half.', []],
  ['Farida Bano, whose son was shot dead in 2019, addressed the rally.', []],
  ['Relatives said Bello’s brother was kidnapped on the highway.', ['abducted 1/1']],
  ['Nasser Hamdan has taken the lead in the count.', []],
  ['Aides told Mark Hollis that without the northern vote he is dead in the water.', []],
  ['Jamal Saleh was missing from the debate stage.', []],
  ['Officials said Osman Yusuf lives in the capital.', []],
  ['The guard, then a new recruit, shot and killed Amos Bature at the gate.', ['killed 1/1']],
  ['Two soldiers killed Tuesday were buried in their villages.', ['killed 2/2']],
]);

pipelineTable('a share of a population', [
  ['Nearly 40 percent of the town\'s residents have fled since the siege began.', ['displaced share null/39% of the town\'s residents']],
  ['More than 70% of the district\'s population has been displaced.', ['displaced share 71/null% of the district\'s population']],
  ['About 25 per cent of the villagers were forced to flee.', ['displaced share 25/25% of the villagers']],
  ['About 60 percent of the voters turned out for the poll.', []],
  ['Some 30 percent of the houses were destroyed.', []],
  ['Police killed 12 percent of the victims in the data set.', []],
]);

describe('a share has no count to add', () => {
  it('is left out of the summary', () => {
    expect(extract(body('About 2,000 people fled on Monday. Nearly half of them, 45 percent of the residents, fled the district.')).summary.casualties).toEqual({ displaced: { low: 2000, high: 2000 } });
  });
});

figureTable('an active verb with an object of its own', [
  ['The senator killed the bill in committee.', []],
  ['Twelve governors have taken a stand against the plan.', []],
  ['AT LEAST 10 KILLED IN MARKET BLAST', ['killed 10/null']],
  ['Talks on the truce died down after the talks reached a dead end.', []],
  ['One protester killed a day after the rally was buried on Sunday.', ['killed 1/1']],
]);
