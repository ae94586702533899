/**
 * Everyday phrases that are also the names of communes: "cứ yên tâm", "mọi việc thuận lợi", "rất hài
 * lòng", "chúc bình an, hạnh phúc", "Lao động - Thương binh và Xã hội", "theo chỉ đạo của". Typed in lower case (a name is
 * typed with its capitals), such a phrase yields to any other place in the message, and is not
 * corrected into a name it resembles ("thì phải" is no Trí Phải). With a type word ("xã Yên Tâm") or
 * its capitals ("Yên Tâm") it is a place as any other. Our choice of phrases: those officials write in
 * greetings, thanks and reassurance, and words of their letters and trade.
 */
import { fold } from '../text/fold.js';

const PHRASES: ReadonlySet<string> = new Set([
  'yen tam',
  'thuan loi',
  'hai long',
  'quyet tam',
  'hoa thuan',
  'dong tam',
  'hiep luc',
  'phuc loc',
  'tan loc',
  'thuong binh',
  'binh an',
  'hanh phuc',
  'doan ket',
  'thong nhat',
  'tien bo',
  'doc lap',
  'tu do',
  'thanh cong',
  'an khang',
  'thinh vuong',
  'hoa binh',
  'yen binh',
  'binh yen',
  'vinh quang',
  'dai thang',
  'chien thang',
  'quyet thang',
  'thang loi',
  'hung thinh',
  'phu quy',
  'truong tho',
  'an toan',
  'dong y',
  'tien loi',
  'hai hoa',
  'dan chu',
  'cong bang',
  'van minh',
  'an ninh',
  'toan thang',
  'tien phong',
  'dong thuan',
  'hop nhat',
  'cong hoa',
  'hoa hop',
  'thi phai',
  // Words of official letters and of the trade: "theo chỉ đạo của", "em đang làm báo cáo", "an sinh xã hội".
  'chi dao',
  'dang lam',
  'an sinh',
  'gia dinh',
]);

/**
 * Whether a run of words [start, end) cuts into an everyday phrase typed among `raw` without being that
 * phrase: "thắng" of "hoàn thành thắng lợi" is no Thị trấn Thắng.
 */
export function cutsEveryday(raw: readonly string[], start: number, end: number): boolean {
  for (let at = Math.max(0, start - 1); at < end && at + 1 < raw.length; at++) {
    if (at === start && at + 2 === end) continue;
    if (everydayTyped(raw.slice(at, at + 2))) return true;
  }
  return false;
}

/** Whether words typed as `raw` are an everyday phrase written as one (not every word capitalised). */
export function everydayTyped(raw: readonly string[]): boolean {
  return raw.length > 1 && PHRASES.has(raw.map(fold).join(' ')) && !raw.every((w) => /^\p{Lu}/u.test(w));
}
