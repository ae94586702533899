/** Helpers that read a submission and unwrap the expected outcome, failing with what came instead. */
import { expect } from 'vitest';
import { type ParsedSubmission, parseSubmission, type SubmissionProblem } from '../../src/core/submission/index.js';

/** Parses in a group chat (keyword required) unless told otherwise. */
export function parse(text: string, keywordOptional = false) {
  return parseSubmission(text, { keywordOptional });
}

/** The submission read from text, which must be valid. */
export function ok(text: string, keywordOptional = false): ParsedSubmission {
  const result = parse(text, keywordOptional);
  if (result.kind !== 'ok') expect.fail(`expected ok for ${JSON.stringify(text)}, got ${JSON.stringify(result)}`);
  return result.submission;
}

/** The problems found in text, which must be invalid. */
export function problems(text: string, keywordOptional = false): SubmissionProblem[] {
  const result = parse(text, keywordOptional);
  if (result.kind !== 'invalid') expect.fail(`expected invalid for ${JSON.stringify(text)}, got ${JSON.stringify(result)}`);
  return result.problems;
}
