/**
 * What a word of the trade means ("BHYT là gì", "đặc khu là gì", "how is coverage calculated"): the
 * term written out, how its rate is computed and an example question. Only a message that is the
 * question and one term is answered so (core/glossary/read-meaning.ts); one that names a place goes on
 * to the features that give figures.
 */

import { readMeaningQuestion } from '../../core/glossary/read-meaning.js';
import { composeMeaning } from '../../core/glossary/replies.js';
import type { Feature } from '../turn.js';

/** Answers a question about what a term means. */
export const meaning: Feature<unknown> = async (turn) => {
  const term = readMeaningQuestion(turn.text);
  return term ? { text: composeMeaning(term, turn.language) } : null;
};
