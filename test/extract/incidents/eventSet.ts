// Short event descriptions in the style of GTD / ACLED / UCDP records, written for this
// project (not taken from any dataset), with the number killed that a coder would enter:
// each victim once, the most conservative of competing figures, background never counted.
// `killed: null` means the text reports nobody killed.
export interface EventCase {
  text: string;
  killed: number | null;
  shape: string;
}

export const EVENT_SET: EventCase[] = [
  { shape: 'one incident', killed: 5, text: 'Gunmen killed five villagers and wounded three others in Kauri, Borno state, on Monday.' },
  { shape: 'breakdown', killed: 12, text: 'Suspected Boko Haram militants attacked a village in Gwoza on Sunday, killing 12 people, including three children.' },
  { shape: 'perpetrator counted', killed: 10, text: 'A suicide bomber detonated an explosive vest at a market in Maiduguri, killing himself and 9 others. At least 20 people were injured.' },
  { shape: 'one incident', killed: 2, text: 'An improvised explosive device exploded near a police vehicle in Quetta on Tuesday. Two police officers were killed and four were wounded. No group claimed responsibility.' },
  { shape: 'competing claims', killed: 5, text: 'On 12 March, Al Shabaab militants attacked an army base in Lower Shabelle. Al Shabaab claimed to have killed 30 soldiers, while the army said 5 soldiers died.' },
  { shape: 'competing claims', killed: 7, text: 'Taliban fighters attacked a checkpoint in Kunduz province on Wednesday, killing 7 police officers. The Taliban said 15 police officers were killed.' },
  { shape: 'earlier attack', killed: 20, text: 'A car bomb killed 20 people in Baghdad on Sunday. The attack came a year after a bombing in the same district killed 300 people.' },
  { shape: 'running toll', killed: 4, text: 'Gunmen killed four farmers in Benue state on Friday. The violence between herders and farmers has killed more than 1,000 people this year.' },
  { shape: 'two victim groups', killed: 10, text: 'Security forces killed 8 militants in a raid in North Waziristan on Thursday. Two soldiers were also killed.' },
  { shape: 'no deaths', killed: null, text: 'Unidentified gunmen abducted 15 passengers on the Abuja-Kaduna highway on Saturday. No casualties were reported.' },
  { shape: 'one incident', killed: 6, text: 'Clashes between rival militias in Tripoli on Monday left at least 6 dead and 20 wounded.' },
  { shape: 'competing claims', killed: 11, text: 'An airstrike on a hospital in Idlib killed 11 civilians, including 4 children, according to the Syrian Observatory for Human Rights. Rescuers put the toll at 14.' },
  { shape: 'running toll', killed: 24, text: 'Fighting between the army and the RSF in El Fasher killed dozens of civilians on Tuesday. The war, now in its third year, has killed tens of thousands of people.' },
  { shape: 'anniversary', killed: 3, text: "Police opened fire on protesters in Nairobi on Wednesday, killing 3 people. The protests mark the anniversary of last year's demonstrations, in which 60 people were killed." },
  { shape: 'two incidents', killed: 8, text: 'Militants killed 3 soldiers on Monday and 5 civilians on Wednesday in separate attacks in Tillaberi.' },
  { shape: 'two incidents', killed: 15, text: 'On Monday, gunmen killed 6 people in Zamfara. On Wednesday, bandits killed 9 villagers in a separate attack in Katsina.' },
  { shape: 'headline repeats body', killed: 7, text: 'Bomb kills 7 in Mogadishu\n\nA car bomb exploded outside a hotel in Mogadishu on Friday, killing 7 people.' },
  { shape: 'headline repeats body', killed: 12, text: 'Gunmen kill 12 in Burkina Faso church attack\n\nGunmen attacked a church in northern Burkina Faso on Sunday, killing 12 worshippers and wounding 5.' },
  { shape: 'updated toll', killed: 40, text: "The death toll from Saturday's bombing in Kabul rose to 40 on Monday, officials said. On Saturday, officials had reported 25 dead." },
  { shape: 'later deaths', killed: 7, text: 'A landmine exploded under a bus in Tigray, killing 4 passengers. Three more passengers died in hospital later.' },
  { shape: 'running toll', killed: 25, text: 'Israeli airstrikes on Gaza killed 25 Palestinians on Thursday, the Gaza health ministry said. The ministry says more than 40,000 people have been killed since October 2023.' },
  { shape: 'single victim', killed: 1, text: 'A soldier was killed and two others were wounded when militants attacked a patrol in Tillaberi on Tuesday.' },
  { shape: 'repeat', killed: 8, text: 'Armed men stormed a wedding in Zamfara on Saturday night and killed 8 guests. The 8 guests were buried on Sunday.' },
  { shape: 'single victims', killed: 3, text: 'Houthi forces shelled a residential area in Taiz, killing a woman and her two children.' },
  { shape: 'competing claims', killed: 12, text: 'ISWAP claimed to have killed 40 Nigerian soldiers in an attack in Borno on Friday; the Nigerian army said 2 soldiers and 10 militants were killed.' },
  { shape: 'single victim', killed: 1, text: 'On 5 May, unidentified assailants shot dead a local chief in Kasai.' },
  { shape: 'competing claims', killed: 18, text: 'Rebels attacked the town of Beni overnight, killing at least 18 civilians, local officials said. The Red Cross said 22 bodies had been recovered.' },
  { shape: 'one incident', killed: 2, text: 'Two people were killed and 11 injured when a grenade was thrown into a bar in Bujumbura late on Friday.' },
  { shape: 'earlier attack', killed: 10, text: 'Suspected ADF rebels killed 10 people in Beni on Monday. It was the deadliest attack since an assault in the same area in June killed 40 people.' },
  { shape: 'competing claims', killed: 1, text: 'An Indian soldier was killed in cross-border firing in Kashmir on Sunday, the Indian army said. Pakistan said its forces killed 5 Indian soldiers.' },
  { shape: 'two victim groups', killed: 15, text: 'Pakistani troops killed 12 militants in Bajaur on Friday, the military said, adding that three soldiers were killed in the exchange of fire.' },
  { shape: 'anniversary', killed: 5, text: 'Two years after the massacre of 80 villagers in Solhan, gunmen killed 5 people in the same town on Sunday.' },
  { shape: 'competing claims', killed: 30, text: 'Gunmen killed at least 30 people in an attack on a village in Plateau state on Tuesday, police said. Residents said 45 people had been killed.' },
  { shape: 'one-sided claim', killed: 200, text: 'The Sudanese army said it killed hundreds of RSF fighters in Omdurman on Monday.' },
  { shape: 'competing claims', killed: 40, text: 'Al Shabaab militants attacked a military base in Middle Shabelle on Wednesday. The group claimed it killed 47 soldiers; the government said 10 soldiers and 30 militants died.' },
  { shape: 'running toll', killed: 4, text: "A drone strike killed 4 suspected militants in a car in Marib. Yemen's conflict has killed an estimated 150,000 people since 2014." },
  { shape: 'one incident', killed: 6, text: 'Renewed fighting in North Kivu displaced 20,000 people on Tuesday and killed 6 civilians.' },
  { shape: 'single victim', killed: 1, text: 'Gunmen kidnapped 25 students from a school in Kaduna on Thursday. One teacher was killed.' },
  { shape: 'running toll', killed: 14, text: 'The attack on Sunday killed 14 people, bringing to 130 the number of people killed in the region since January.' },
  { shape: 'breakdown', killed: 20, text: 'Twenty people were killed in clashes between herders and farmers in Plateau on Monday. Among the dead were 6 women.' },
  { shape: 'anniversary', killed: 3, text: 'A roadside bomb killed 3 soldiers in Diyala on Monday. On the same day last year, a similar bomb killed 11 soldiers in the province.' },
  { shape: 'two incidents', killed: 11, text: 'Gunmen killed 7 people at a bar in Cauca on Saturday night, and on Sunday morning another attack in a nearby village killed 4.' },
  { shape: 'repeat by two sources', killed: 12, text: 'Twelve civilians were killed in the shelling of Kharkiv on Friday, the UN said. Local officials said 12 civilians died in the shelling.' },
  { shape: 'earlier attack', killed: 9, text: 'Bandits killed 9 people in Kebbi on Saturday. In a similar attack in March, gunmen killed 50 villagers in the same district.' },
];
