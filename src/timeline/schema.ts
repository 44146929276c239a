// The timeline's output shape: events that several articles may report, each with
// the reports (claims) behind it, their casualty figures and where figures disagree.
import { z } from 'zod';
import { OutcomeSchema } from '../schema/result.js';

export const TimelineReportSchema = z.object({
  path: z.string().describe('The article the claim comes from.'),
  claim: z.string().describe('The claim text.'),
  line: z.number().int().positive(),
  source: z.string().nullable().describe('Who asserts the claim, or null when the article asserts it.'),
  date: z.string().nullable().describe('The date value of this report, as the article resolved it.'),
  hedged: z.boolean(),
  incident: z.string().optional().describe('The incident id in its article when the report is an incident (its claims and figures together).'),
  scope: z.enum(['incident', 'background']).optional().describe('background: an event the article only recalls.'),
});
export type TimelineReport = z.infer<typeof TimelineReportSchema>;

export const TimelineCasualtySchema = z.object({
  path: z.string(),
  line: z.number().int().positive(),
  outcome: OutcomeSchema,
  low: z.number().int().nullable(),
  high: z.number().int().nullable(),
  victims: z.string().nullable(),
  source: z.string().nullable(),
});
export type TimelineCasualty = z.infer<typeof TimelineCasualtySchema>;

export const TimelineConflictSchema = z.object({
  outcome: OutcomeSchema,
  victims: z.string().nullable().describe('Who the disagreeing figures are about.'),
  figures: z.array(TimelineCasualtySchema).min(2).describe('The figures that disagree, one per report or source.'),
});
export type TimelineConflict = z.infer<typeof TimelineConflictSchema>;

export const TimelineEventSchema = z.object({
  date: z.string().nullable().describe('The most precise date the reports agree on (TIMEX3 value), or null when unresolved.'),
  summary: z.string(),
  reports: z.array(TimelineReportSchema).min(1),
  casualties: z.array(TimelineCasualtySchema),
  conflicts: z.array(TimelineConflictSchema),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const TimelineSchema = z.object({ events: z.array(TimelineEventSchema) });
export type Timeline = z.infer<typeof TimelineSchema>;
