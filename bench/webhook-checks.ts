/**
 * How the webhook bench judges replies, so that fast wrong answers cannot flatter the figures: the
 * service never answers with an error or the flood warning, registered officials never get the
 * registration hint (and, to questions whose figures the seed data holds, get those figures), people
 * who never registered get the hint; the minimal bot always answers its constant text.
 */

import { composeUnregistered } from '../src/core/access/registration-replies.js';
import { composeInternalError } from '../src/core/answer/index.js';
import { composeSlowDown } from '../src/core/flood/replies.js';
import { MINIMAL_REPLY } from './minimal-bot.js';
import type { PlannedUpdate } from './webhook-load.js';
import { OFFICIAL, STRANGER } from './webhook-plan.js';

const LANGUAGES = ['vi', 'en'] as const;
const BAD_REPLIES = new Set(LANGUAGES.flatMap((lang) => [composeInternalError(lang), composeSlowDown(lang)]));
const HINTS = new Set(LANGUAGES.map(composeUnregistered));

/**
 * Questions of bench/questions.ts whose answer must show a figure of data/seed-facts.csv (decimal
 * comma in Vietnamese, point in English): Bắc Kạn's BHXH coverage at nine months of 2021, Hải
 * Phòng's health-insurance coverage in November 2023, Gia Lai's 2025 unemployment-insurance target.
 */
const FIGURES: ReadonlyMap<string, RegExp> = new Map([
  ['bhxh tinh bac kan 2021', /15[,.]54%/],
  ['bảo hiểm y tế Hải Phòng', /92[,.]35%/],
  ['hai phong bhyt', /92[,.]35%/],
  ['Gia Lai BHTN 2025 target', /9[,.]85%/],
]);

/** Throws unless some official in `plan` asks a question whose answer is checked for a figure. */
export function assertFiguresChecked(plan: readonly PlannedUpdate[]): void {
  if (!plan.some((u) => u.group === OFFICIAL && FIGURES.has(u.text))) {
    throw new Error(`webhook bench: no official asks one of ${[...FIGURES.keys()].join(', ')}: nothing would prove the answers are real`);
  }
}

/** The service's reply to `update`: a problem description, or null when it is right. */
export function checkServiceReply(update: PlannedUpdate, text: string): string | null {
  if (BAD_REPLIES.has(text)) return `an error or flood reply: ${text.slice(0, 80)}`;
  if (update.group === STRANGER) return HINTS.has(text) ? null : `an unregistered user got something else than the hint: ${text.slice(0, 80)}`;
  if (HINTS.has(text)) return 'a registered official got the registration hint';
  const figure = FIGURES.get(update.text);
  if (figure && !figure.test(text)) return `the answer lacks the figure ${figure.source}: ${text.slice(0, 120)}`;
  return null;
}

/** The minimal bot's reply: always its constant text. */
export function checkMinimalReply(_update: PlannedUpdate, text: string): string | null {
  return text === MINIMAL_REPLY ? null : `expected "${MINIMAL_REPLY}", got "${text.slice(0, 80)}"`;
}
