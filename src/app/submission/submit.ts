/**
 * Quick numeric submissions (DESIGN 2.4): "nop 6T/2025 bb 41.200 tn 3.150 ld 180.000". The grammar
 * is pure core; this feature decides who may submit, for which unit and period, holds figures that
 * moved more than 30 % for confirmation, and records the rest. Nothing is stored on any error.
 */

import { composeOutlierQuestion, composeSubmissionProblems, confirmWords, parseSubmission, validateCounts } from '../../core/submission/index.js';
import { composeAdminNeedsPerson, composeHeld, composeNoAssignment, composeStatisticsKeysOnly } from '../../core/submission/replies.js';
import type { Language } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { SubmissionStore } from '../../ports/submission-store.js';
import { submittableKeys } from '../access/roles.js';
import { openChoiceList } from '../choices/choice-list.js';
import { commandLanguage } from '../command-word.js';
import type { Feature, Turn } from '../turn.js';
import { chooseSubmissionUnit, refusedKeys, reportingRoles, statisticsOnlyRefusal, submitterUnitIds } from './submission-unit.js';
import { correctedCounts, messageKeyOf, type PendingSubmission, pickPeriod, previousCounts, recordSubmission } from './submissions.js';

/** How long figures held for confirmation wait for "xac nhan". */
export const CONFIRM_TTL_MS = 30 * 60 * 1000;

/** The conversation state that holds figures for confirmation. */
export const CONFIRM_KIND = 'confirm-submission';

const ENGLISH_COMMAND = /^\s*\/(?:submit|fix)(?![\p{L}\p{N}])/iu;

/** The turn's language, except that the English commands (/submit, /fix) answer in English unless the person chose otherwise. */
export function submissionLanguage(turn: Turn): Language {
  return ENGLISH_COMMAND.test(turn.text) ? commandLanguage(turn, true) : turn.language;
}

/** Reads a submission, checks it and records it (or holds it for confirmation). */
export const submit: Feature<FiguresStore & ConversationStore & SubmissionStore> = async (turn, deps) => {
  const submitter = submitterUnitIds(turn.speaker).length > 0;
  // Without the keyword, only the private chat of someone who reports (a focal point, the statistics
  // office) reads numbers as a submission.
  const keywordOptional = submitter && turn.message.chatKind !== 'group';
  const parsed = parseSubmission(turn.text, { keywordOptional });
  if (parsed.kind === 'not-a-submission') return null;
  const lang = submissionLanguage(turn);
  const person = turn.speaker.person;
  if (!submitter && !turn.speaker.localAdmin) return { text: composeNoAssignment(lang) };
  if (parsed.kind === 'invalid') {
    return { text: statisticsOnlyRefusal(turn.speaker, parsed.problems, lang) ?? composeSubmissionProblems(lang, parsed.problems) };
  }
  if (!person) return { text: composeAdminNeedsPerson(lang) };

  const { submission } = parsed;
  const index = deps.units();
  const unit = chooseSubmissionUnit(turn.speaker, submission.unitText, index, lang);
  if (unit.kind === 'refused') return { text: unit.text };
  // The whole message is refused, not the permitted part kept: one submission is stored whole or not at all.
  const refused = refusedKeys(turn.speaker, unit.unit.id, submission.counts);
  if (refused.length > 0) return { text: composeStatisticsKeysOnly(lang, refused, submittableKeys(person, unit.unit.id)) };
  const roles = turn.speaker.localAdmin ? null : reportingRoles(turn.speaker, unit.unit.id);
  const period = pickPeriod(submission.period, deps, turn.today, lang, unit.unit, roles);
  if (period.kind === 'refused') return { text: period.text };

  const { counts, kept } = await correctedCounts(deps, unit.unit.id, period.period, submission.counts, submission.correction);
  const check = validateCounts(counts, await previousCounts(deps, unit.unit.id, period.period));
  if (check.problems.length > 0) return { text: composeSubmissionProblems(lang, check.problems) };
  const pending: PendingSubmission = {
    unitId: unit.unit.id,
    period: period.period,
    periodImplicit: period.implicit,
    counts,
    rawText: turn.text,
    messageKey: messageKeyOf(turn),
    language: lang,
    outliers: check.outliers,
    ...(kept.length > 0 ? { kept } : {}),
  };
  if (check.outliers.length > 0) {
    const expiresAt = new Date(turn.now.getTime() + CONFIRM_TTL_MS).toISOString();
    const question = composeOutlierQuestion(lang, check.outliers);
    const words = confirmWords(lang);
    return openChoiceList(
      turn,
      deps,
      { kind: CONFIRM_KIND, payload: pending, expiresAt },
      {
        text: composeHeld(lang, describeUnit(unit.unit, index, lang), period.period, question),
        choices: [words.confirm, words.cancel],
      },
    );
  }
  // Figures held earlier in this chat are stale once newer ones are recorded: "xac nhan" must not
  // revive them. Recording replaces them with the offer to undo.
  return recordSubmission(turn, deps, person.id, unit.unit, pending);
};
