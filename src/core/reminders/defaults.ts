/**
 * The reporting schedules a fresh database starts with (DESIGN 2.3): the reports
 * of the provincial documents, plus the quarterly population and labour statistics. Only the two dated
 * by 1736/QĐ-UBND are on; the others wait for a province to set a day. Admins change them
 * in the database afterwards; nothing reads these once they are stored.
 */
import { DEFAULT_SCHEDULES, STATISTICS_SOURCE } from '../calendar/index.js';
import { VIETNAM_TIME_ZONE } from '../civil-time/index.js';
import type { ReportingSchedule } from './types.js';

/** Who is reminded and when, for the reports districts and communes send to the province. */
const COMMUNE_REPORT = {
  sendHour: 8,
  timezone: VIETNAM_TIME_ZONE,
  audienceLevel: 'commune',
  provinceId: null,
  escalateTo: 'official',
  // The units' focal points owe these reports and get their nudges.
  reporterRole: 'focal_point',
  active: true,
} as const;

/**
 * Defaults for a fresh database: the six-month and annual reports on (last days on time 4 July and 19
 * December); the monthly figures and the quarterly statistics stored without a day and off.
 */
export const DEFAULT_REPORTING_SCHEDULES: readonly Omit<ReportingSchedule, 'id'>[] = [
  ...DEFAULT_SCHEDULES.map((schedule) => ({ ...schedule, ...COMMUNE_REPORT, active: schedule.active !== false })),
  {
    key: 'quarterly_stats',
    nameVi: 'Số liệu dân số, lao động quý',
    nameEn: 'Quarterly population and labour statistics',
    periodKind: 'quarter',
    // The documents say "định kỳ hàng quý" and name no day: no day and off until a province sets one.
    due: { kind: 'none' },
    offsetsDays: [7, 3, 1, 0],
    sendHour: 8,
    timezone: VIETNAM_TIME_ZONE,
    // The statistics office reports at province level, to the provincial BHXH and Sở LĐTBXH.
    audienceLevel: 'province',
    provinceId: null,
    escalateTo: 'official',
    // The statistics office owes these figures (7337/UBND-VX): its nudges go to it, not to focal points.
    reporterRole: 'statistics',
    active: false,
    source: STATISTICS_SOURCE,
  },
];
