/** Short lines of a ranking. */
import type { Language } from '../types.js';

/** To a focal point: the ranking is over their own units only (the completeness rule). */
export function composeOwnUnitsOnly(lang: Language): string {
  return lang === 'vi'
    ? 'Đầu mối chỉ xem được số liệu các đơn vị của mình; xếp hạng giữa các đơn vị do cán bộ theo dõi xem.'
    : 'Focal points see their own units only; rankings across units are for officials.';
}
