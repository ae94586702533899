/**
 * The words of the charts and of the replies that carry them, Vietnamese first, English when the
 * reply is in English.
 */
import { formatDate } from '../format/dates.js';
import { periodParts } from '../periods/period-code.js';
import type { Language, PeriodCode, TargetKind } from '../types.js';

/** The label of the button under an answer that has a history or a ranking. */
export function chartButton(lang: Language): string {
  return lang === 'vi' ? '📊 Xem biểu đồ' : '📊 Show chart';
}

/** A period in a few letters, for a label beside a dot: "9T/2021", "6T/2025", "Q2/2025", "T6/2025", "2025". */
export function shortPeriod(code: PeriodCode, lang: Language): string {
  const p = periodParts(code);
  if (!p) return code;
  const vi = lang === 'vi';
  const short = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'six-months':
      return vi ? `6T/${p.year}` : `H1 ${p.year}`;
    case 'nine-months':
      return vi ? `9T/${p.year}` : `9M ${p.year}`;
    case 'quarter':
      return vi ? `Q${p.index}/${p.year}` : `Q${p.index} ${p.year}`;
    case 'month':
      return vi ? `T${p.index}/${p.year}` : `${short[p.index - 1]} ${p.year}`;
  }
}

/** The short name of a target's kind in a legend or beside its line. */
export function targetKindShort(kind: TargetKind, lang: Language): string {
  const vi = { plan: 'Kế hoạch', assigned: 'Chỉ tiêu giao', party_resolution: 'Nghị quyết Đảng bộ' } as const;
  const en = { plan: 'Plan', assigned: 'Assigned target', party_resolution: 'Party resolution' } as const;
  return (lang === 'vi' ? vi : en)[kind];
}

/** The chart's words that do not depend on the data. */
export const CHART_WORDS = {
  vi: {
    actual: 'Thực hiện',
    unitTargets: 'Chỉ tiêu của từng đơn vị',
    noActual: 'Chưa có số liệu thực hiện; biểu đồ chỉ có chỉ tiêu.',
    targetsOnly: 'Chỉ tiêu',
    sources: 'Nguồn',
    targetSources: 'Nguồn chỉ tiêu',
    moreSources: (n: number) => `và ${n} nguồn khác`,
    otherBasis: (what: string) => `Không vẽ chỉ tiêu tính trên cơ sở khác: ${what}.`,
    dates: (asOf: string | null, today: string) =>
      [asOf ? `Số liệu đến ${formatDate(asOf, 'vi')}` : null, `vẽ ngày ${formatDate(today, 'vi')}`].filter(Boolean).join(' · '),
    ranking: (name: string) => `Xếp hạng ${name}`,
    rankingTargets: (name: string, year: string) => `Xếp hạng chỉ tiêu ${name} năm ${year}`,
    topOf: (shown: number, all: number) => `${shown} đơn vị đứng đầu trong ${all} đơn vị có số liệu`,
    bottomOf: (shown: number, all: number) => `${shown} đơn vị thấp nhất trong ${all} đơn vị có số liệu`,
    periodsDiffer: 'Kỳ số liệu của các đơn vị khác nhau (ghi cạnh từng giá trị).',
    referenceOf: (who: string, year: number, value: string) => `Chỉ tiêu ${who} ${year}: ${value}`,
  },
  en: {
    actual: 'Actual',
    unitTargets: "Each unit's target",
    noActual: 'No actual figure yet; the chart shows the targets only.',
    targetsOnly: 'Targets',
    sources: 'Source',
    targetSources: 'Targets from',
    moreSources: (n: number) => `and ${n} more`,
    otherBasis: (what: string) => `Targets on another basis are not drawn: ${what}.`,
    dates: (asOf: string | null, today: string) =>
      [asOf ? `Figures as of ${formatDate(asOf, 'en')}` : null, `drawn ${formatDate(today, 'en')}`].filter(Boolean).join(' · '),
    ranking: (name: string) => `Ranking: ${name}`,
    rankingTargets: (name: string, year: string) => `Ranking of ${year} targets: ${name}`,
    topOf: (shown: number, all: number) => `top ${shown} of ${all} units with figures`,
    bottomOf: (shown: number, all: number) => `bottom ${shown} of ${all} units with figures`,
    periodsDiffer: "The units' figures are of different periods (written beside each value).",
    referenceOf: (who: string, year: number, value: string) => `${who} target ${year}: ${value}`,
  },
} as const;

/** Replies about charts that carry no chart. */
export function composeNoChartData(lang: Language, indicator: string, unitLabel: string): string {
  return lang === 'vi'
    ? `Chưa có số liệu hay chỉ tiêu ${indicator} nào của ${unitLabel} để vẽ biểu đồ. Khi có số liệu theo thời gian, hỏi lại "biểu đồ ${indicator} …".`
    : `There are no figures or targets for ${indicator} of ${unitLabel} to draw a chart from. Ask again once figures over time are held.`;
}

/** A chart asked for a ranking in which no unit has a value. */
export function composeNoRankingChart(lang: Language): string {
  return lang === 'vi'
    ? 'Chưa đơn vị nào trong phạm vi hỏi có số liệu để vẽ biểu đồ xếp hạng.'
    : 'No unit in the scope asked about has a value to draw a ranking chart from.';
}

/** "biểu đồ" with nothing to draw: what to ask. */
export function composeChartHelp(lang: Language): string {
  return lang === 'vi'
    ? 'Hãy nói biểu đồ của gì, ví dụ: "biểu đồ BHXH Nghệ An", "biểu đồ tỷ lệ bao phủ BHYT Gia Lai", "vẽ biểu đồ xếp hạng các tỉnh theo BHYT".'
    : 'Say what to chart, for example "chart coverage Gia Lai", "chart health insurance Bac Kan", "chart ranking of provinces by health insurance".';
}

/** The chart could not be drawn (the renderer failed): the answer in words stands. */
export function composeChartFailed(lang: Language): string {
  return lang === 'vi' ? 'Không vẽ được biểu đồ lúc này; số liệu ở trên vẫn đúng.' : 'The chart could not be drawn just now; the figures above stand.';
}

/** The text sent with a chart: its title, the latest figure, then its footer (sources, dates). */
export function composeChartCaption(
  lines: { readonly title: string; readonly latest: string | null; readonly footer: readonly string[] },
  lang: Language,
): string {
  const latest = lines.latest === null ? [] : [lang === 'vi' ? `Số liệu mới nhất: ${lines.latest}` : `Latest figure: ${lines.latest}`];
  return [`📊 ${lines.title}`, ...latest, ...lines.footer].join('\n');
}

/** Charts are not drawn by this process (no renderer configured). */
export function composeChartsOff(lang: Language): string {
  return lang === 'vi' ? 'Biểu đồ chưa được bật ở đây; hãy hỏi bằng lời để nhận số liệu.' : 'Charts are not available here; ask in words for the figures.';
}

/** The chart button was pressed but its number is not 1. */
export function composeOnlyOneChart(lang: Language): string {
  return lang === 'vi' ? 'Chỉ có một lựa chọn: gõ 1 để xem biểu đồ.' : 'There is one choice only: type 1 to see the chart.';
}
