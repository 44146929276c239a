// Table-driven: patterns a held-out check showed missing (own sentences).
import { figureTable } from './helpers.js';

const table = figureTable;

table('a toll noun, a phrase and an auxiliary, then the figure', [
  ['Officials said the death toll from the floods in the valley had climbed to 212.', ['killed 212/212']],
  ['The toll from Sunday\'s bombing has risen to at least 48.', ['killed 48/null']],
  ['The death toll in the northern province now stands at 1,140.', ['killed 1140/1140']],
  ['The death toll from the quake is expected to reach nearly 500.', ['killed null/499']],
]);

table('a military euphemism for killing', [
  ['Troops said they had neutralised 35 militants near the border.', ['killed 35/35']],
  ['The army claimed it "neutralized" 12 gunmen in the forest.', ['killed 12/12']],
  ['Eight insurgents were neutralized during the sweep.', ['killed 8/8']],
]);

table('taken away means abducted, unless taken somewhere else', [
  ['Three of the farmers were taken and nobody knows where they are.', ['abducted 3/3']],
  ['A teacher was taken from the school on Friday night.', ['abducted 1/1']],
  ['Four pupils were taken to hospital after the blast.', ['injured 4/4']],
  ['Six protesters were taken into custody.', ['arrested 6/6']],
]);

table('another figure for the previous sentence\'s outcome', [
  ['The governor said 40 people were wounded. Hospital staff put the figure at 33.', ['injured 40/40', 'injured 33/33']],
  ['Rebels said 70 soldiers died. The army gave a lower figure of 12.', ['killed 70/70', 'killed 12/12']],
  ['The weather was hot. Organisers put the number at 5,000.', []],
]);

table('a part of the previous sentence\'s total', [
  ['A bomb killed 30 people on Monday. Among the dead were four police officers.', ['killed 30/30', 'killed 4/4 part of c1']],
]);

table('a partitive with a possessive: "of its", "of our", "of my"', [
  ['Over 200 of its workers have been killed since the fighting began.', ['killed 201/null']],
  ['Nine of our teachers were wounded in the raid.', ['injured 9/9']],
]);

table('a modifier between the figure and the outcome noun', [
  ['Monitors recorded at least 40 civilian deaths in the district.', ['killed 40/null']],
  ['The ambush caused 7 military fatalities.', ['killed 7/7']],
]);

table('adverbs between the auxiliary and the outcome', [
  ['Dozens of families have since fled to the hills.', ['displaced 24/null']],
  ['About 9,000 people were newly displaced by the floods of fighting.', ['displaced 9000/9000']],
  ['Four guards were seriously wounded.', ['injured 4/4']],
  ['Two farmers were fatally shot at the checkpoint.', ['killed 2/2']],
]);

table('"scores of" is a vague figure, like "dozens of"', [
  ['Scores of villagers fled after the raid.', ['displaced 40/null']],
]);

table('trapped or buried under rubble is missing', [
  ['Crews were looking for at least six people believed to be trapped under the rubble.', ['missing 6/null']],
  ['Ten residents remain buried under the rubble.', ['missing 10/10']],
]);

table('a wound noun after a verb of suffering', [
  ['Three constables sustained gunshot injuries in the exchange.', ['injured 3/3']],
  ['Five shoppers suffered serious burns.', ['injured 5/5']],
  ['A guard sustained fatal wounds.', ['killed 1/1']],
]);

table('held by the perpetrators is abducted, custody otherwise arrested', [
  ['Some 30 passengers are still in the custody of the kidnappers.', ['abducted 30/30']],
  ['Eight students remain in captivity.', ['abducted 8/8']],
  ['Fourteen protesters remain in custody.', ['arrested 14/14']],
  ['The report is in the custody of the court.', []],
  ['Nine suspects are in the custody of the State Security Service.', ['arrested 9/9']],
  ['The 12 hostages are still in the custody of the group.', []],
]);

table('civilians crossing a border are displaced, troops are not', [
  ['More than 12,000 refugees have crossed into the neighbouring country.', ['displaced 12001/null']],
  ['Two hundred soldiers crossed into the neighbouring country.', []],
]);

table('people taken by "they" or by perpetrators are abducted', [
  ['"They took two of my brothers," the farmer said.', ['abducted 2/2']],
  ['The kidnappers took 15 passengers away.', ['abducted 15/15']],
  ['They took 12 people to hospital.', []],
  ['The journey took 12 hours.', []],
]);

table('a participle phrase between the victims and the outcome', [
  ['A herder watching his cattle by the river was killed.', ['killed 1/1']],
  ['Six fishermen returning from the lake were abducted.', ['abducted 6/6']],
]);

table('"both … and" joins groups and counts no one', [
  ['The clinic admitted 60 wounded people, both soldiers and civilians.', ['injured 60/60']],
  ['Both were killed.', ['killed 2/2']],
]);

table('people who report a toll are not more victims', [
  ['The raid killed 15 people, two witnesses and a nurse told reporters.', ['killed 15/15']],
  ['Shelling killed 8 people, three villagers said.', ['killed 8/8']],
  ['The blast killed 3 soldiers and 2 civilians.', ['killed 3/3', 'killed 2/2']],
]);

table('a figure among the dead is a part of the total before it', [
  ['Shelling killed 30 people. The hospital said 11 children were among the dead.', ['killed 30/30', 'killed 11/11 part of c1']],
  ['A bomb killed 18 people and seven police officers were among those killed.', ['killed 18/18', 'killed 7/7 part of c1']],
  ['Four children were among the dead.', ['killed 4/4']],
  ['Gunmen abducted 20 people. Two women were among the dead.', ['abducted 20/20', 'killed 2/2']],
]);

table('a part only of a total whose victims can include it', [
  ['Troops said they killed dozens of insurgents. An officer said 6 soldiers were among the dead.', ['killed 24/null', 'killed 6/6']],
  ['The raid killed 12 guards. Four guards were among the dead.', ['killed 12/12', 'killed 4/4 part of c1']],
]);

table('"Among the dead were N" takes its outcome from the phrase', [
  ['A shell killed 9 people and wounded 20. Among the dead were three children, the mayor said.', ['killed 9/9', 'injured 20/20', 'killed 3/3 part of c1']],
  ['A bomb hurt 14 people. Among the wounded were two medics.', ['injured 14/14', 'injured 2/2 part of c1']],
]);

table('a phrase before the figure makes it a part: "those killed included"', [
  ['The raid killed 40 people. The dead included 6 police officers and 2 nurses.', ['killed 40/40', 'killed 6/6 part of c1', 'killed 2/2 part of c1']],
  ['A blast wounded 70 people and the injured included 9 pupils.', ['injured 70/70', 'injured 9/9 part of c1']],
]);

table('a partitive of the same outcome is a part; of another outcome, a new figure', [
  ['The hospital received 80 wounded people and 15 of them are in critical condition.', ['injured 80/80', 'injured 15/15 part of c1']],
  ['Shelling killed 33 people. Twelve of the dead were women.', ['killed 33/33', 'killed 12/12 part of c1']],
  ['Two of the wounded later died.', ['killed 2/2']],
  ['Gunmen kidnapped 25 farmers and killed 3 of them.', ['abducted 25/25', 'killed 3/3']],
]);

table('more ways to say killed', [
  ['Thirty migrants drowned off the coast.', ['killed 30/30']],
  ['Five villagers were burned alive.', ['killed 5/5']],
  ['The militia said it had lost 9 fighters.', ['killed 9/9']],
  ['She lost three sons in the shelling.', ['killed 3/3']],
  ['The factory lost 400 jobs.', []],
]);

table('one person and a possessive group, or "another" alone', [
  ['A farmer and his two daughters were killed.', ['killed 1/1', 'killed 2/2']],
  ['One guard died and another was wounded.', ['killed 1/1', 'injured 1/1']],
  ['Another protest is planned.', []],
]);
