/** Charts: a spec built from the figures (trend, ranking), drawn as SVG; the PNG is an adapter's. */
export { buildRankingChart, MAX_BARS, type RankingChartInput } from './ranking-chart.js';
export { type ChartRequest, readChartRequest } from './read-chart.js';
export { type BarsChart, CHART_WIDTH, type ChartSpec, COLOURS, type TrendChart } from './spec.js';
export { type ChartSvg, chartSvg } from './svg.js';
export {
  CHART_WORDS,
  chartButton,
  composeChartCaption,
  composeChartFailed,
  composeChartHelp,
  composeChartsOff,
  composeNoChartData,
  composeNoRankingChart,
  composeOnlyOneChart,
  shortPeriod,
} from './texts.js';
export { buildTrendChart, type TrendInput, type TrendResult } from './trend-chart.js';
