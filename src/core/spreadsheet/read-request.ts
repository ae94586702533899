/**
 * The chat's spreadsheet requests: the import template ("mẫu nhập liệu", "mẫu excel", "template")
 * and an export ("xuất excel Nghệ An", "xuat excel nghe an 2021-2025", "export excel Gia Lai"). Only
 * these phrases make a request, so no other question is read as one.
 */
import { fold } from '../text/fold.js';

/** `english`: asked with English words ("template", "export excel"), which say the reply's language. */
export type SpreadsheetRequest =
  | { readonly kind: 'template'; readonly english: boolean }
  /** `rest`: the words left for the place (raw, with their diacritics); years bound the export. */
  | { readonly kind: 'export'; readonly rest: string; readonly from: number | null; readonly to: number | null; readonly english: boolean };

/** The template, asked with or without a few courtesy words around it. */
const TEMPLATE =
  /^(?:\/template|\/mau|(?:(?:cho (?:toi |minh |em )?xin|gui|gui cho (?:toi|minh|em)|tai|lay|send(?: me)?|get|give me) )?(?:(?:the|file|tep) )?(?:mau nhap lieu|mau (?:file |tep )?excel|mau bang tinh|(?:excel |import |spreadsheet )?template)(?: (?:voi|nhe|a|di|please|excel|xlsx))*)$/;

/** The export phrases, folded, longest first. */
const EXPORT_PHRASES = [
  'xuat ra file excel',
  'xuat ra excel',
  'xuat file excel',
  'xuat tep excel',
  'xuat bang tinh',
  'xuat excel',
  'xuat xlsx',
  'export to excel',
  'export excel',
  'export spreadsheet',
  'export xlsx',
  '/export',
  '/xuat',
].map((p) => p.split(' '));

const YEAR = /^(?:19|20)\d\d$/;
const YEAR_WORDS = new Set(['tu', 'den', 'from', 'to', 'nam', 'years', 'year', 'giai', 'doan', 'period']);

/** Reads a spreadsheet request; null when the message is none. */
export function readSpreadsheetRequest(text: string): SpreadsheetRequest | null {
  const folded = fold(text.replace(/^\s*\//, 'slash '))
    .replace(/^slash /, '/')
    .trim();
  if (TEMPLATE.test(folded)) return { kind: 'template', english: /template/.test(folded) && !/\bmau\b/.test(folded) };
  const words = text.trim().split(/\s+/).filter(Boolean);
  const keys = words.map((w) => (w.startsWith('/') ? `/${fold(w)}` : fold(w)));
  for (const phrase of EXPORT_PHRASES) {
    const at = keys.findIndex((_, i) => phrase.every((p, j) => keys[i + j] === p));
    if (at < 0) continue;
    const rest = [...words.slice(0, at), ...words.slice(at + phrase.length)];
    const years = rest
      .map((w) => fold(w))
      .flatMap((w) =>
        w
          .split(/\s+/)
          .filter((x) => YEAR.test(x))
          .map(Number),
      );
    const place = rest.filter((w) => {
      const f = fold(w);
      return f !== '' && !f.split(' ').every((x) => YEAR.test(x) || YEAR_WORDS.has(x));
    });
    const from = years.length > 0 ? Math.min(...years) : null;
    const to = years.length > 0 ? Math.max(...years) : null;
    return { kind: 'export', rest: place.join(' '), from, to, english: phrase[0] === 'export' || phrase[0] === '/export' };
  }
  return null;
}
