/**
 * Reads a request for a chart: "biểu đồ bhxh Nghệ An", "vẽ biểu đồ xếp hạng các tỉnh theo BHYT",
 * "bieu do ty le bao phu Gia Lai", "đồ thị BHYT Hải Phòng", "chart coverage Gia Lai", "graph of
 * health insurance Bac Kan". A chart word and whatever question the bot already answers with a
 * history or a ranking; the words that ask for the picture are taken out and the rest is read as
 * that question. "vẽ" alone asks too ("vẽ bhxh Nghệ An"), but "ve" never (it is also "về"); "do thi"
 * without diacritics counts only in a message typed without any (with them, "đô thị" is a town).
 */
import { hasVietnameseMarks } from '../text/fold.js';

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
const word = (body: string): RegExp => new RegExp(`${EDGE_BEFORE}(?:${body})${EDGE_AFTER}`, 'giu');

/** The words that ask for a picture, in any message. */
const CHART = word('vẽ|biểu\\s+đồ|bieu\\s+do|đồ\\s+thị|(?:(?:a|an|the)\\s+)?(?:charts?|graphs?)(?:\\s*:|\\s+(?:of|for))?');
/** "do thi", only in a message with no diacritic at all. */
const CHART_ASCII = word('do\\s+thi');
/** The verbs and fillers around them ("vẽ cho tôi biểu đồ …", "draw a chart of …"). */
const AROUND = word(
  'vẽ|hãy|cho\\s+tôi\\s+xem|cho\\s+xem|cho\\s+tôi|xem|dạng|draw|plot|show(?:\\s+me)?|give\\s+me|please|ve\\s+bieu|cho\\s+toi\\s+xem|cho\\s+toi|hay',
);

/** A chart request: the question it is about, without the chart's words. */
export interface ChartRequest {
  readonly rest: string;
}

/** The request, or null when the message does not ask for a chart. */
export function readChartRequest(text: string): ChartRequest | null {
  const nfc = text.normalize('NFC');
  const plain = !hasVietnameseMarks(nfc);
  const found = CHART.test(nfc) || (plain && CHART_ASCII.test(nfc));
  CHART.lastIndex = 0;
  CHART_ASCII.lastIndex = 0;
  if (!found) return null;
  let rest = nfc.replace(CHART, ' ');
  if (plain) rest = rest.replace(CHART_ASCII, ' ');
  rest = rest.replace(AROUND, ' ').replace(/\s+/g, ' ').trim();
  return { rest: rest.replace(/^[\s,.:;!?-]+|[\s,.:;!?]+$/gu, '') };
}
