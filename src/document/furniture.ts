// Page furniture that only its neighbours reveal: the headlines listed under "Related Stories"
// or "Also read", the comment section that follows "Leave a Reply" (or a "Karim says:" over a
// timestamp), and the run of tag lines, mostly single words, that ends a page ("Sudan", "Africa").
import { isCommentAuthor, isCommentHeader, isListHeader } from './boilerplate.js';
import { isMostlyDate } from './timestamp.js';

/** A listed headline: short, and not a paragraph of the story. */
const MAX_LIST_ITEM_WORDS = 20;
const MAX_LIST_ITEMS = 12;
const TAG = /^[\p{L}\p{N}&'’-]+(?: [\p{L}\p{N}&'’-]+){0,2}$/u;
const ONE_WORD = /^[\p{L}\p{N}&'’-]+$/u;
const MIN_TAG_RUN = 3;

const words = (text: string) => text.trim().split(/\s+/).length;
const isParagraph = (text: string) => words(text) > MAX_LIST_ITEM_WORDS || /[.!?]["”’]?$/.test(text.trim()) && words(text) >= 8;

/**
 * Reasons for lines the line-by-line rules leave as content, from the lines around them.
 * `texts[i]` is line i + 1; `reasons[i]` its reason so far (null for content).
 */
export function furnitureReasons(texts: string[], reasons: Array<string | null>): Array<string | null> {
  const out = [...reasons];
  const isBlank = (i: number) => !texts[i]!.trim();
  // Lists and comment sections follow the story's first paragraph: above it, "Latest News" or
  // "Comments" is a section label or a share bar, and the headline comes next.
  const storyStart = texts.findIndex((text, i) => !reasons[i] && isParagraph(text));
  if (storyStart < 0) return out;

  for (let i = storyStart + 1; i < texts.length; i++) {
    if (!isListHeader(texts[i]!)) continue;
    for (let j = i + 1, items = 0; j < texts.length && !isBlank(j) && items < MAX_LIST_ITEMS && !isParagraph(texts[j]!); j++, items++) {
      out[j] ??= 'boilerplate: related-story list';
    }
  }

  const nextText = (i: number) => texts.slice(i + 1).find((t) => t.trim()) ?? '';
  const firstComment = texts.findIndex((text, i) => i > storyStart && (isCommentHeader(text) || (isCommentAuthor(text) && isMostlyDate(nextText(i).trim()))));
  if (firstComment >= 0) for (let j = firstComment; j < texts.length; j++) if (!isBlank(j)) out[j] ??= 'boilerplate: comment section';

  // The tag lines at the end of the page, read upwards over blank and skipped lines.
  const run: number[] = [];
  for (let i = texts.length - 1; i >= 0; i--) {
    if (isBlank(i) || out[i]) continue;
    if (!TAG.test(texts[i]!.trim())) break;
    run.push(i);
  }
  // Mostly single words: a run of two-word lines is more likely a list of names.
  const single = run.filter((i) => ONE_WORD.test(texts[i]!.trim())).length;
  if (run.length >= MIN_TAG_RUN && single * 2 > run.length) for (const i of run) out[i] = 'boilerplate: tag list';
  return out;
}
