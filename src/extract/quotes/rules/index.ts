// The speaker rules, tried in order; the first that answers wins.
import { afterQuote } from './afterQuote.js';
import { beforeQuote } from './beforeQuote.js';
import { continuation } from './continuation.js';
import { laterClause } from './laterClause.js';
import { nextSentence } from './nextSentence.js';
import { precedingSentence } from './precedingSentence.js';
import { sentenceSubject } from './sentenceSubject.js';
import { standalone } from './standalone.js';
import type { QuoteRule } from './types.js';

export const SPEAKER_RULES: QuoteRule[] = [continuation, afterQuote, beforeQuote, laterClause, nextSentence, precedingSentence, standalone, sentenceSubject];
