/** The indicator catalogue (DESIGN 2.2): names in both languages and which counts make each rate. */
import { type Basis, type CountKey, INDICATORS, type IndicatorCode, type Language } from '../types.js';

/** One indicator: its names, the counts its rate is computed from and what that rate is a share of. */
export interface IndicatorDef {
  readonly code: IndicatorCode;
  /** Full name: "tỷ lệ bao phủ BHXH" / "social insurance coverage". */
  readonly nameVi: string;
  readonly nameEn: string;
  /** Short name for one-line summaries: "BHXH bắt buộc" / "Compulsory SI". */
  readonly shortVi: string;
  readonly shortEn: string;
  /** Counts summed into the numerator; empty when the indicator has no counts (an index). */
  readonly numerator: readonly CountKey[];
  /** Count used as denominator; null when the indicator has no counts. */
  readonly denominator: CountKey | null;
  /** What the denominator counts, when the source does not say. */
  readonly denominatorVi: string | null;
  readonly denominatorEn: string | null;
  /** What a rate computed from the counts is a share of ('none' for an index). */
  readonly basis: Basis;
  /** What a plan for this indicator counts, for plan fulfilment: "Số người tham gia BHTN". */
  readonly planCountVi: string;
  readonly planCountEn: string;
}

const LABOUR_VI = 'lực lượng lao động trong độ tuổi';
const LABOUR_EN = 'working-age labour force';

const DEFS: Readonly<Record<IndicatorCode, IndicatorDef>> = {
  bhxh: {
    code: 'bhxh',
    nameVi: 'tỷ lệ bao phủ BHXH',
    nameEn: 'social insurance coverage',
    shortVi: 'BHXH',
    shortEn: 'Social insurance',
    numerator: ['bb', 'tn'],
    denominator: 'ld',
    denominatorVi: LABOUR_VI,
    denominatorEn: LABOUR_EN,
    basis: 'labour_force',
    planCountVi: 'Số người tham gia BHXH',
    planCountEn: 'Social insurance participants',
  },
  bhxh_bb: {
    code: 'bhxh_bb',
    nameVi: 'tỷ lệ tham gia BHXH bắt buộc',
    nameEn: 'compulsory social insurance coverage',
    shortVi: 'BHXH bắt buộc',
    shortEn: 'Compulsory SI',
    numerator: ['bb'],
    denominator: 'ld',
    denominatorVi: LABOUR_VI,
    denominatorEn: LABOUR_EN,
    basis: 'labour_force',
    planCountVi: 'Số người tham gia BHXH bắt buộc',
    planCountEn: 'Compulsory participants',
  },
  bhxh_tn: {
    code: 'bhxh_tn',
    nameVi: 'tỷ lệ tham gia BHXH tự nguyện',
    nameEn: 'voluntary social insurance coverage',
    shortVi: 'BHXH tự nguyện',
    shortEn: 'Voluntary SI',
    numerator: ['tn'],
    denominator: 'ld',
    denominatorVi: LABOUR_VI,
    denominatorEn: LABOUR_EN,
    basis: 'labour_force',
    planCountVi: 'Số người tham gia BHXH tự nguyện',
    planCountEn: 'Voluntary participants',
  },
  bhtn: {
    code: 'bhtn',
    nameVi: 'tỷ lệ tham gia bảo hiểm thất nghiệp',
    nameEn: 'unemployment insurance coverage',
    shortVi: 'BHTN',
    shortEn: 'Unemployment insurance',
    numerator: ['bhtn'],
    denominator: 'ld',
    denominatorVi: LABOUR_VI,
    denominatorEn: LABOUR_EN,
    basis: 'labour_force',
    planCountVi: 'Số người tham gia BHTN',
    planCountEn: 'Unemployment insurance participants',
  },
  bhyt: {
    code: 'bhyt',
    nameVi: 'tỷ lệ bao phủ bảo hiểm y tế',
    nameEn: 'health insurance coverage',
    shortVi: 'BHYT',
    shortEn: 'Health insurance',
    numerator: ['bhyt'],
    denominator: 'ds',
    denominatorVi: 'dân số',
    denominatorEn: 'population',
    basis: 'population',
    planCountVi: 'Số người tham gia BHYT',
    planCountEn: 'Health insurance participants',
  },
  huu: {
    // The full name, as the plans write it (1736/QĐ-UBND): who counts is the point of the indicator.
    code: 'huu',
    nameVi: 'tỷ lệ người sau độ tuổi nghỉ hưu được hưởng lương hưu, BHXH hằng tháng và trợ cấp hưu trí xã hội',
    nameEn: 'share of people past retirement age receiving a pension, monthly social insurance or social pension',
    shortVi: 'Hưởng lương hưu/trợ cấp',
    shortEn: 'Pension or allowance',
    numerator: ['huu'],
    denominator: 'sth',
    denominatorVi: 'người sau tuổi nghỉ hưu',
    denominatorEn: 'people past retirement age',
    basis: 'past_retirement_age',
    planCountVi: 'Số người hưởng lương hưu, trợ cấp',
    planCountEn: 'Pension or allowance recipients',
  },
  hai_long: {
    code: 'hai_long',
    nameVi: 'mức độ hài lòng',
    nameEn: 'satisfaction index',
    shortVi: 'Mức độ hài lòng',
    shortEn: 'Satisfaction',
    numerator: [],
    denominator: null,
    denominatorVi: null,
    denominatorEn: null,
    basis: 'none',
    planCountVi: 'Mức độ hài lòng',
    planCountEn: 'Satisfaction',
  },
  // Transactions done electronically among all transactions with the social-insurance agency; no
  // count key carries them, so the rate only ever comes published.
  gd_dien_tu: {
    code: 'gd_dien_tu',
    nameVi: 'tỷ lệ giao dịch điện tử',
    nameEn: 'electronic transactions',
    shortVi: 'Giao dịch điện tử',
    shortEn: 'Electronic transactions',
    numerator: [],
    denominator: null,
    denominatorVi: 'giao dịch với cơ quan BHXH',
    denominatorEn: 'transactions with the social-insurance agency',
    basis: 'transactions',
    planCountVi: 'Số giao dịch điện tử',
    planCountEn: 'Electronic transactions',
  },
};

/**
 * Indicators whose figure measures what happened over its period (a satisfaction survey, the share of
 * transactions done electronically). Every other one is a level on the figure's last day (people
 * covered, a coverage rate): a figure to 30 Sep is then September's, the third quarter's and the nine
 * months' alike.
 */
const OVER_A_PERIOD: ReadonlySet<IndicatorCode> = new Set(['hai_long', 'gd_dien_tu']);

/** Whether the indicator's figure is a level on its last day (see OVER_A_PERIOD). */
export function isLevel(code: IndicatorCode): boolean {
  return !OVER_A_PERIOD.has(code);
}

/** The definition of an indicator. */
export function indicatorDef(code: IndicatorCode): IndicatorDef {
  return DEFS[code];
}

/** Every indicator, in the catalogue's order (bhxh first). */
export function allIndicators(): readonly IndicatorDef[] {
  return INDICATORS.map((code) => DEFS[code]);
}

/** Full name in the reply language. */
export function indicatorName(code: IndicatorCode, lang: Language): string {
  return lang === 'vi' ? DEFS[code].nameVi : DEFS[code].nameEn;
}

/** Short name in the reply language. */
export function indicatorShortName(code: IndicatorCode, lang: Language): string {
  return lang === 'vi' ? DEFS[code].shortVi : DEFS[code].shortEn;
}
