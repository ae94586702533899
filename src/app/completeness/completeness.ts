/**
 * Completeness (DHIS2's reporting rate): "ai chưa nộp báo cáo 6 tháng?", "who has not reported",
 * "tình hình nộp báo cáo Nghệ An" → X of Y units reported for the period, on time or late, and the
 * units still missing with their focal points. Parsing, the period rule and the wording are pure
 * core (core/completeness); who may see what is in completeness-scope.ts. An ambiguous place leaves
 * a numbered list in the conversation state, answered here (tried before the coverage list).
 * Expected units are communes, so only the schedules communes report under choose the period.
 *
 * The question's own words are the text's evidence of its language here ("who has not reported" is
 * English though the general detector knows none of its words); the person's choice still comes first.
 */

import { composeAmbiguous, composeChoiceOutOfRange, composeUnknownPlace } from '../../core/answer/index.js';
import { familyOf, schedulesIn } from '../../core/calendar/index.js';
import {
  type CompletenessQuery,
  type CompletenessRefusal,
  composeCompleteness,
  composeCompletenessRefusal,
  parseCompletenessQuery,
  type ReportingPeriod,
  reportingPeriods,
  tallyCompleteness,
} from '../../core/completeness/index.js';
import { replyLanguage } from '../../core/query/reply-language.js';
import { composeUnreachable } from '../../core/reminders/reachability-replies.js';
import { visible } from '../../core/text/visible.js';
import type { Language, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { resolvePlace } from '../../core/units/resolve-place.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { PeopleStore } from '../../ports/people-store.js';
import type { RoleHolders } from '../../ports/role-holders.js';
import type { SubmissionStore } from '../../ports/submission-store.js';
import { daysOffOf } from '../calendar/calendar.js';
import { openChoiceList } from '../choices/choice-list.js';
import { CHOICE_TTL_MS } from '../coverage/coverage.js';
import type { Reply } from '../message.js';
import { unreachableOwing } from '../reminders/reachability.js';
import type { AppDeps, Feature, Turn } from '../turn.js';
import { type CompletenessScope, ownUnitsScope, scopeOfUnit, unitName, visibilityOf } from './completeness-scope.js';

/** The conversation state of a numbered list of places asked back for a completeness question. */
export const COMPLETENESS_CHOICE = 'completeness-place';

interface ChoicePayload {
  readonly unitIds: readonly number[];
  readonly query: CompletenessQuery;
}

/** Answers a completeness question, or the number chosen from its list of places. */
export const completeness: Feature<ConversationStore & PeopleStore & SubmissionStore & RoleHolders> = async (turn, deps) => {
  const chosen = await answerChoice(turn, deps);
  if (chosen) return chosen;
  const parsed = parseCompletenessQuery(turn.text);
  if (!parsed) return null;
  const language = replyLanguage({ chosen: turn.speaker.person?.language, evidence: parsed.language });
  const query: CompletenessQuery = { ...parsed, language };
  const index = deps.units();
  const place = query.placeText === '' ? ({ kind: 'none' } as const) : resolvePlace(query.placeText, index);
  const label = (u: Unit) => describeUnit(u, index, query.language);
  switch (place.kind) {
    case 'none':
      return answer(turn, deps, query, null);
    case 'unknown':
      return { text: composeUnknownPlace(query.language, query.placeText, place.suggestions.map(label)) };
    case 'ambiguous': {
      const payload: ChoicePayload = { unitIds: place.candidates.map((u) => u.id), query };
      const expiresAt = new Date(turn.now.getTime() + CHOICE_TTL_MS).toISOString();
      const labels = place.candidates.map(label);
      return openChoiceList(
        turn,
        deps,
        { kind: COMPLETENESS_CHOICE, payload, expiresAt },
        {
          text: composeAmbiguous(query.language, labels, place.more ?? 0, place.corrected ? query.placeText : undefined),
          choices: labels,
        },
      );
    }
    case 'found':
      return answer(turn, deps, query, place.unit);
  }
};

async function answerChoice(turn: Turn, deps: AppDeps<ConversationStore & PeopleStore & SubmissionStore & RoleHolders>): Promise<Reply | null> {
  if (!/^\s*\d{1,2}\s*$/.test(turn.text)) return null;
  const state = await deps.store.getConversation(turn.key, turn.now);
  if (!state || state.kind !== COMPLETENESS_CHOICE) return null;
  const payload = state.payload as ChoicePayload;
  const n = Number(turn.text.trim());
  if (n < 1 || n > payload.unitIds.length) return { text: composeChoiceOutOfRange(payload.query.language, payload.unitIds.length) };
  await deps.store.clearConversation(turn.key);
  return answer(turn, deps, payload.query, deps.units().get(payload.unitIds[n - 1] as number) ?? null);
}

/** Works out the scopes the speaker may see for the named unit (or their default), then answers each. */
async function answer(turn: Turn, deps: AppDeps<PeopleStore & SubmissionStore & RoleHolders>, query: CompletenessQuery, named: Unit | null): Promise<Reply> {
  const lang = query.language;
  const refuse = (refusal: CompletenessRefusal): Reply => ({ text: composeCompletenessRefusal(lang, refusal) });
  const index = deps.units();
  const seen = visibilityOf(turn.speaker, index);
  let scopes: CompletenessScope[];
  if (seen.kind === 'none') return refuse({ kind: 'unregistered' });
  if (seen.kind === 'own-units') {
    scopes = [ownUnitsScope(seen.units, index, lang)];
  } else if (named) {
    const scope = scopeOfUnit(named, index, lang, turn.today);
    const allowed = new Set(seen.own.map((p) => p.id));
    if (seen.kind === 'provinces' && !scope.provinceIds.every((id) => allowed.has(id))) {
      return refuse({ kind: 'not-yours', yours: seen.own.map((p) => describeUnit(p, index, lang)) });
    }
    scopes = [scope];
  } else {
    if (seen.own.length === 0) return refuse({ kind: 'which-province' });
    scopes = seen.own.map((p) => scopeOfUnit(p, index, lang, turn.today));
  }
  // Each scope reads its province's calendar (a province may have its own), and every open report.
  const asked = scopes.flatMap((scope) => {
    const provinceId = scope.provinceIds.length === 1 ? (scope.provinceIds[0] as number) : null;
    const calendar = schedulesIn(deps.schedules(), provinceId, 'commune');
    return reportingPeriods(calendar, query, turn.today, daysOffOf(deps)).map((reporting) => ({ scope, reporting }));
  });
  if (asked.length === 0) {
    const named = deps.schedules().find((s) => familyOf(s.key) === query.scheduleKey);
    return refuse(named ? { kind: 'not-scheduled', report: lang === 'vi' ? named.nameVi : named.nameEn } : { kind: 'which-period' });
  }
  // A scope's note (whose units these are) goes before its first report only.
  // Officials and administrators also see who owes a report and cannot be reached; a focal point's own status does not need it.
  const reach = seen.kind !== 'own-units';
  const texts = await Promise.all(
    asked.map(({ scope, reporting }, i) =>
      completenessOf(turn, deps, lang, scope, reporting, { withNote: asked.findIndex((a) => a.scope === scope) === i, reach }),
    ),
  );
  return { text: texts.join('\n\n') };
}

/** One scope's answer: submissions and focal points fetched, tallied and worded. */
async function completenessOf(
  turn: Turn,
  deps: AppDeps<PeopleStore & SubmissionStore & RoleHolders>,
  lang: Language,
  scope: CompletenessScope,
  reporting: ReportingPeriod,
  show: { readonly withNote: boolean; readonly reach: boolean },
): Promise<string> {
  const index = deps.units();
  const ids = scope.units.map((u) => u.id);
  const [submissions, assignments] = await Promise.all([deps.store.submissionsForPeriod(ids, reporting.period), deps.store.listAssignments({ unitIds: ids })]);
  const focalPoints = new Map<number, string[]>();
  for (const a of assignments) {
    if (a.role !== 'focal_point') continue;
    focalPoints.set(a.unitId, [...(focalPoints.get(a.unitId) ?? []), visible(a.displayName)]);
  }
  const tally = tallyCompleteness(
    scope.units.map((u) => ({ id: u.id, name: unitName(u, index, lang) })),
    submissions.map((s) => ({ unitId: s.unitId, onTime: s.onTime })),
    focalPoints,
  );
  const text = composeCompleteness({
    language: lang,
    schedule: reporting.schedule,
    period: reporting.period,
    scope: scope.label,
    unitNoun: scope.unitNoun,
    due: reporting.due,
    today: turn.today,
    tally,
  });
  // The list above already says which units have no focal point; this adds those whose focal point cannot be reached.
  const unreachable = (show.reach ? await unreachableOwing(deps, ids, reporting.period, 'focal_point') : []).filter((u) => u.reason !== 'no-holder');
  const reach = composeUnreachable(
    lang,
    unreachable.map((u) => ({ unit: unitName(index.get(u.unitId) as Unit, index, lang), reason: u.reason })),
  );
  const body = reach ? `${text}\n${reach}` : text;
  return scope.note && show.withNote ? `${scope.note}\n${body}` : body;
}
