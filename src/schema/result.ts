// The zod schema is the single source of the result's types and of its JSON Schema
// (`claimtrace schema`). CONTRACT.md fields keep their names; extra fields are ours.
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

export const SpanSchema = z.object({
  start: z.number().int().nonnegative().describe('Offset in code points into the decoded text (BOM removed).'),
  end: z.number().int().nonnegative().describe('End offset in code points, exclusive.'),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive(),
  endColumn: z.number().int().positive(),
  text: z.string().describe('Exact source text at [start, end).'),
});
export type Span = z.infer<typeof SpanSchema>;

export const ActorKindSchema = z.enum(['person', 'organization', 'country', 'group', 'media', 'place']);
export type ActorKind = z.infer<typeof ActorKindSchema>;

export const ActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKindSchema,
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  country: z.string().length(2).nullable(),
  code: z.string().nullable().optional().describe('CAMEO-style actor code (country + agent), e.g. PAKGOV.'),
  mentions: z.array(SpanSchema),
});
export type Actor = z.infer<typeof ActorSchema>;

export const DateTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export const GranularitySchema = z.enum(['day', 'week', 'month', 'year', 'other']);

export const DateItemSchema = z.object({
  id: z.string(),
  text: z.string(),
  type: DateTypeSchema,
  value: z.string().nullable(),
  granularity: GranularitySchema,
  relative: z.boolean().optional().describe('True when the value was resolved against the reference date or an event.'),
  span: SpanSchema,
});
export type DateItem = z.infer<typeof DateItemSchema>;

export const AttributionSchema = z.object({
  name: z.string(),
  actor: z.string().nullable(),
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const QuoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  speaker: AttributionSchema.nullable(),
  cue: z.string().nullable(),
  channel: z.string().nullable(),
  kind: z.enum(['speech', 'term']).optional(),
  span: SpanSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;

export const OutcomeSchema = z.enum(['killed', 'injured', 'missing', 'abducted', 'arrested', 'displaced']);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const CasualtySchema = z.object({
  id: z.string(),
  outcome: OutcomeSchema,
  count: z.object({
    low: z.number().int().nullable(),
    high: z.number().int().nullable(),
    text: z.string(),
    approximate: z.boolean(),
  }),
  victims: z.string().nullable(),
  victimActor: z.string().nullable(),
  source: AttributionSchema.nullable(),
  date: z.string().nullable(),
  partOf: z.string().nullable().optional(),
  share: z.object({ low: z.number().nullable(), high: z.number().nullable() }).optional()
    .describe('A figure given as a percentage of a population ("nearly 40 percent of the district’s residents have fled"): its bounds in percent, as count gives them for a number; count.low and count.high are then null and the summary leaves it out.'),
  scope: z.enum(['event', 'headline', 'cumulative', 'total', 'repeat']).optional()
    .describe('event: a loss the text reports; headline: the same in a headline; cumulative: a running total of a whole conflict ("the insurgency has killed 5,000"); total: an updated toll of the event that includes earlier figures ("bringing the death toll to 25"); repeat: a figure referred back to ("the 12 victims"). The summary uses it to count each victim once.'),
  span: SpanSchema,
});
export type Casualty = z.infer<typeof CasualtySchema>;

export const ClaimSchema = z.object({
  id: z.string(),
  text: z.string(),
  date: z.object({ id: z.string(), value: z.string().nullable(), inherited: z.boolean().optional() }).nullable(),
  source: AttributionSchema.nullable(),
  actors: z.array(z.string()),
  quotes: z.array(z.string()),
  casualties: z.array(z.string()),
  hedged: z.boolean(),
  span: SpanSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;

export const BoundsSchema = z.object({ low: z.number().int().nullable(), high: z.number().int().nullable() });
export const SummarySchema = z.object({
  casualties: z.partialRecord(OutcomeSchema, BoundsSchema),
});
export type Summary = z.infer<typeof SummarySchema>;

export const IncidentSchema = z.object({
  id: z.string(),
  date: z.object({ id: z.string(), value: z.string().nullable() }).nullable().describe('The dates item that dates the event.'),
  place: z.string().nullable().describe('Actor id of the place where it happened.'),
  country: z.string().length(2).nullable(),
  actors: z.object({ perpetrators: z.array(z.string()), targets: z.array(z.string()) }),
  figures: z.partialRecord(OutcomeSchema, BoundsSchema).describe('Each victim once; of competing figures the most conservative.'),
  disputed: z.boolean().describe('Sources give different figures for the same victims.'),
  casualties: z.array(z.string()),
  claims: z.array(z.string()),
  sources: z.array(AttributionSchema),
  scope: z.enum(['incident', 'background']).describe('background: what the article recalls (earlier attacks, anniversaries, running tolls); never counted in the summary.'),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const MetadataSchema = z.object({
  title: z.string().nullable(),
  byline: z.string().nullable(),
  published: z.string().nullable(),
  referenceDate: z.string().nullable(),
  referenceDateSource: z.enum(['option', 'published', 'dateline', 'none']),
  dateline: z.object({ place: z.string().nullable(), agency: z.string().nullable() }).nullable().optional(),
  outlet: z.string().nullable().optional().describe('Publication, from an export header (Factiva SN, the Nexis publication line).'),
  section: z.string().nullable().optional().describe('Section, from an export header (Factiva SE, Nexis Section:).'),
  wordCount: z.number().int().nonnegative().nullable().optional().describe('Word count the export header states (Factiva WC, Nexis Length:).'),
});
export type Metadata = z.infer<typeof MetadataSchema>;

export const SourceInfoSchema = z.object({
  path: z.string(),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  lines: z.union([
    z.number().int().nonnegative(),
    z.tuple([z.number().int().positive(), z.number().int().positive()]),
  ]).describe('Number of lines of the input; for an article of an export or CSV file, [first, last]: the lines of the file it occupies.'),
  encoding: z.string(),
  record: z.number().int().positive().optional().describe('Index of the record in a many-article file: the JSONL line, the CSV row (1 = first row after the header), the article of an export (1 = first).'),
  id: z.string().optional().describe('Record id: --id-field, Factiva AN, the Nexis document number.'),
});

export const WarningSchema = z.object({ code: z.string(), message: z.string() });
export type Warning = z.infer<typeof WarningSchema>;

export const SkippedLineSchema = z.object({
  line: z.number().int().positive(),
  reason: z.string().describe('"boilerplate: <pattern>" or "duplicate of line N".'),
});
export type SkippedLine = z.infer<typeof SkippedLineSchema>;

export const DocumentResultSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceInfoSchema,
  metadata: MetadataSchema,
  actors: z.array(ActorSchema),
  dates: z.array(DateItemSchema),
  quotes: z.array(QuoteSchema),
  casualties: z.array(CasualtySchema),
  claims: z.array(ClaimSchema),
  incidents: z.array(IncidentSchema),
  summary: SummarySchema,
  skipped: z.array(SkippedLineSchema),
  warnings: z.array(WarningSchema),
});
export type DocumentResult = z.infer<typeof DocumentResultSchema>;

export const ErrorResultSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({ path: z.string(), record: z.number().int().positive().optional(), id: z.string().optional() }),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorResult = z.infer<typeof ErrorResultSchema>;

export const ResultSchema = z.union([DocumentResultSchema, ErrorResultSchema]);
export type Result = DocumentResult | ErrorResult;

export const isErrorResult = (r: Result): r is ErrorResult => 'error' in r;

/** The JSON Schema of one result, generated from the zod schema. */
export function resultJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ResultSchema, { target: 'draft-2020-12' }),
    title: 'claimtrace result',
    description: 'One result per input document: a document result or an error record.',
  };
}

/** Every span of a document result: dates, actor mentions, quotes, casualties, claims. */
export function allSpans(result: DocumentResult): Span[] {
  return [
    ...result.dates.map((d) => d.span),
    ...result.actors.flatMap((a) => a.mentions),
    ...result.quotes.map((q) => q.span),
    ...result.casualties.map((c) => c.span),
    ...result.claims.map((k) => k.span),
  ];
}
