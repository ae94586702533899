/**
 * The reporting schedules a fresh database starts with (issue 5, DESIGN 2.3): the three reports of
 * the provincial documents, plus the quarterly population and labour statistics. Admins change them
 * in the database afterwards; nothing reads these once they are stored.
 */
import { DEFAULT_SCHEDULES, STATISTICS_SOURCE } from '../calendar/index.js';
import type { ReportingSchedule } from './types.js';

/** Who is reminded and when, for the reports districts and communes send to the province. */
const COMMUNE_REPORT = {
  sendHour: 8,
  timezone: 'Asia/Ho_Chi_Minh',
  audienceLevel: 'commune',
  provinceId: null,
  escalateTo: 'official',
  // The units' focal points owe these reports and get their nudges.
  reporterRole: 'focal_point',
  active: true,
} as const;

/** Defaults for a fresh database: six-month (5 July), annual (20 December), monthly (day 20), quarterly statistics. */
export const DEFAULT_REPORTING_SCHEDULES: readonly Omit<ReportingSchedule, 'id'>[] = [
  ...DEFAULT_SCHEDULES.map((schedule) => ({ ...schedule, ...COMMUNE_REPORT })),
  {
    key: 'quarterly_stats',
    nameVi: 'Số liệu dân số, lao động quý',
    nameEn: 'Quarterly population and labour statistics',
    periodKind: 'quarter',
    // Our choice: the documents say "định kỳ hàng quý" without a day; the 15th of the month after the
    // quarter leaves the statistics office two weeks to close the quarter. A province changes it in the database.
    due: { kind: 'in-next-month', day: 15 },
    offsetsDays: [7, 3, 1, 0],
    sendHour: 8,
    timezone: 'Asia/Ho_Chi_Minh',
    // The statistics office reports at province level, to the provincial BHXH and Sở LĐTBXH.
    audienceLevel: 'province',
    provinceId: null,
    escalateTo: 'official',
    // The statistics office owes these figures (7337/UBND-VX): its nudges go to it, not to focal points.
    reporterRole: 'statistics',
    active: true,
    source: STATISTICS_SOURCE,
  },
];
