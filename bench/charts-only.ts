/** `npx tsx bench/charts-only.ts`: the chart line of `npm run bench` alone (no database needed). */
import { cpus } from 'node:os';
import { benchCharts, chartLine } from './chart-render.js';

process.stdout.write(`${cpus().length} cores, Node ${process.version}\n${chartLine(await benchCharts())}\n`);
