/**
 * Domain types shared by the pure core, the ports and the adapters. Plain data only: no classes,
 * no I/O. Dates are ISO strings ("2025-07-01") so that values compare and serialise without surprises.
 */

/** Administrative structure: before 1 July 2025 (province → district → commune) or from it (province → commune). */
export type Structure = 'pre2025' | 'post2025';
export type UnitLevel = 'province' | 'district' | 'commune';
export type Channel = 'console' | 'telegram' | 'zalo';
export type Language = 'vi' | 'en';
/**
 * What a person does for a unit. `statistics` is the provincial statistics office (Cục Thống kê): it
 * supplies the population and labour-force figures (7337/UBND-VX), so it holds the role for a province only.
 */
export type Role = 'admin' | 'official' | 'focal_point' | 'statistics';

/** A unit is identified by structure, level and GSO code together: a code alone is ambiguous. */
export interface UnitRef {
  readonly structure: Structure;
  readonly level: UnitLevel;
  readonly code: string;
}

/** An administrative unit as stored. */
export interface Unit extends UnitRef {
  readonly id: number;
  /** Short name without the type word: "Vinh", "Nghệ An". */
  readonly name: string;
  /** Name with its type word, as GSO gives it: "Thành phố Vinh". */
  readonly fullName: string;
  /** Vietnamese type label: "Thành phố thuộc tỉnh", "Huyện", "Phường", "Tỉnh" ... */
  readonly type: string;
  /** English type code: "provincial_city", "district", "ward", "province" ... */
  readonly typeCode: string;
  /** ASCII name: "Vinh", "Nghe An". */
  readonly nameEn: string;
  readonly parentId: number | null;
  /** First day the unit exists in this structure (ISO date) or null when unknown. */
  readonly validFrom: string | null;
  /** Last day the unit exists in this structure (ISO date) or null while it still exists. */
  readonly validTo: string | null;
  /**
   * The unit's type changed within its structure (Đồng Nai became a centrally-run city on 30 April
   * 2026, ten of its xã became phường): `type`, `typeCode` and `fullName` above are the type since
   * `on`, these the one before. Absent when the type never changed.
   */
  readonly typeChange?: TypeChange;
}

/** The type a unit had before its current one, and the day the current one took effect. */
export interface TypeChange {
  /** First day of the current type (ISO date). */
  readonly on: string;
  readonly type: string;
  readonly typeCode: string;
  readonly fullName: string;
}

/** Lineage: the old unit (or part of it) went into the new unit. */
export interface Succession {
  readonly fromUnitId: number;
  readonly toUnitId: number;
  readonly part: 'full' | 'partial' | null;
  readonly confidence: 'high' | 'medium' | 'low';
}

export const INDICATORS = ['bhxh', 'bhxh_bb', 'bhxh_tn', 'bhtn', 'bhyt', 'huu', 'hai_long', 'gd_dien_tu'] as const;
export type IndicatorCode = (typeof INDICATORS)[number];

/**
 * What a percentage is a share of: the working-age labour force, employed workers, the population,
 * people past retirement age, a count plan (plan fulfilment), transactions with the social-insurance
 * agency, or nothing (an index such as satisfaction, or a source that names no basis). Two figures
 * on different bases cannot be compared: 15,54% of employed workers is not 15,54% of the labour force.
 * Where a figure's basis is unknown (a file that does not say), the field is null.
 */
export const BASES = ['labour_force', 'employed', 'population', 'past_retirement_age', 'plan_count', 'transactions', 'none'] as const;
export type Basis = (typeof BASES)[number];

/** Text in both reply languages. */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

export const COUNT_KEYS = ['ld', 'ds', 'bb', 'tn', 'bhtn', 'bhyt', 'huu', 'sth'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** Counts carried by a report; absent keys are unknown, not zero. */
export type Counts = Partial<Record<CountKey, number>>;

/** A published rate, with its counts when the source gives them. */
export interface PublishedRate {
  readonly indicator: IndicatorCode;
  /** Percent, e.g. 15.54 for 15,54 %. */
  readonly percent: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** What the denominator is when the source says ("employed workers"). */
  readonly denominatorNote: string | null;
  /** What the percent is a share of; null when the source does not say. */
  readonly basis: Basis | null;
}

/**
 * How far a count went towards its plan: "compulsory participants reached 95.6% of the assigned
 * plan". Not a coverage rate (its basis is the plan's count, not a population), so never compared
 * with a coverage target.
 */
export interface PlanFulfilment {
  readonly indicator: IndicatorCode;
  /** Percent of the plan reached; above 100 when the plan was exceeded. */
  readonly percent: number;
  /** What the plan counts, as the source says ("assigned plan for the number of compulsory participants"). */
  readonly note: string | null;
}

/** Where a report's figures came from. */
export interface ReportSource {
  readonly kind: 'document' | 'submission' | 'import';
  /** Document number ("156/KH-UBND") or a description of the source. */
  readonly document: string | null;
  /** Date of the document (ISO). */
  readonly date: string | null;
  /** The source described for a reader, in each reply language; null when the file gave none. */
  readonly label: BilingualText | null;
  readonly note: string | null;
  /** Who submitted it, for chat submissions. */
  readonly submittedBy: string | null;
  readonly channel: Channel | null;
}

/**
 * Canonical period codes: "2025" (year), "2025-6M" (first six months), "2025-9M" (first nine months),
 * "2025-Q2" (quarter), "2025-06" (month).
 */
export type PeriodCode = string;

/** One active version of a set of figures for a unit and a period or an as-of date. */
export interface Report {
  readonly id: number;
  readonly unitId: number;
  readonly period: PeriodCode | null;
  /** The as-of date of the figures (ISO) when known; for a period, usually its last day. */
  readonly asOf: string | null;
  readonly counts: Counts;
  readonly rates: readonly PublishedRate[];
  /** Plan fulfilment published with the figures (never a coverage rate). */
  readonly fulfilment: readonly PlanFulfilment[];
  readonly source: ReportSource;
  readonly version: number;
  /** When it was recorded (ISO timestamp). */
  readonly createdAt: string;
}

/** A target for a unit, indicator and year from one source. */
export interface Target {
  readonly id: number;
  readonly unitId: number;
  readonly indicator: IndicatorCode;
  readonly year: number;
  readonly percent: number;
  /** What the percent is a share of; null when the source does not say. */
  readonly basis: Basis | null;
  readonly kind: TargetKind;
  readonly sourceDocument: string;
  readonly sourceDate: string | null;
  /** The source described for a reader, in each reply language; null when the file gave none. */
  readonly label: BilingualText | null;
  readonly note: string | null;
}

/**
 * plan: a plan of the unit (or of its People's Committee); assigned: given by the government or a
 * superior body; party_resolution: a goal of a Party Congress resolution.
 */
export const TARGET_KINDS = ['plan', 'assigned', 'party_resolution'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
