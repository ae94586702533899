/**
 * The spreadsheet layout shared by the template, the export and the import (README, "Spreadsheets").
 * Two sheets carry data an import reads: "Số liệu" (one row per unit and period, the counts a chat
 * submission carries) and "Chỉ tiêu" (one row per target). The export adds one sheet per indicator
 * (figures, rates, targets, gaps, sources) for reading, and "Hướng dẫn", which an import ignores.
 * Headers are Vietnamese; the key in brackets (ld, bb …) or the column's id is accepted as well.
 */
import { indicatorShortName } from '../indicators/index.js';
import { type Basis, COUNT_KEYS, type CountKey, type IndicatorCode, type Structure, type TargetKind } from '../types.js';

export const FIGURES_SHEET = 'Số liệu';
export const TARGETS_SHEET = 'Chỉ tiêu';
export const GUIDE_SHEET = 'Hướng dẫn';

/** Rows an import reads at most (both sheets together); a longer file is refused before any row is read. */
export const MAX_IMPORT_ROWS = 20_000;
/** Bytes of a file an import takes at most, before anything is unpacked. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Bytes a workbook may unpack to, all its parts together (a zip bomb declares far more). */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Parts a workbook may hold (a real one has a few dozen). */
export const MAX_ZIP_ENTRIES = 1000;
/** Bad rows listed in a reply; the rest are counted ("… and 12 more"). */
export const MAX_LISTED_PROBLEMS = 20;

/** How a column's cells are read and shown. */
export type ColumnFormat = 'text' | 'count' | 'percent' | 'points' | 'date' | 'year';

export interface ColumnDef {
  /** Stable id, also accepted as a header ("unit_code"). */
  readonly id: string;
  /** The Vietnamese header the template and the export write. */
  readonly header: string;
  readonly format: ColumnFormat;
  /** An import refuses a sheet without this column. */
  readonly required: boolean;
  readonly width: number;
  /** What goes in it, for the guide sheet (Vietnamese). */
  readonly guide: string;
}

const UNIT_COLUMNS: readonly ColumnDef[] = [
  {
    id: 'unit_code',
    header: 'Mã đơn vị',
    format: 'text',
    required: true,
    width: 11,
    guide: 'Mã đơn vị hành chính (GSO): tỉnh 2 chữ số, huyện 3, xã/phường 5. Ghi dạng văn bản để giữ số 0 đầu (01, 00004).',
  },
  {
    id: 'unit_structure',
    header: 'Thời kỳ đơn vị',
    format: 'text',
    required: true,
    width: 15,
    guide: '"Từ 1/7/2025" (đơn vị sau sắp xếp, không còn cấp huyện) hoặc "Trước 1/7/2025" (đơn vị cũ). Cùng một mã có thể dùng ở cả hai thời kỳ.',
  },
  {
    id: 'unit_name',
    header: 'Tên đơn vị',
    format: 'text',
    required: false,
    width: 26,
    guide: 'Không bắt buộc; nếu ghi thì phải đúng tên của mã (để tránh nhầm mã).',
  },
];

/** The count columns, in the order of the submission keys. */
export const COUNT_HEADERS: Readonly<Record<CountKey, string>> = {
  ld: 'Lực lượng lao động trong độ tuổi (ld)',
  ds: 'Dân số (ds)',
  bb: 'BHXH bắt buộc (bb)',
  tn: 'BHXH tự nguyện (tn)',
  bhtn: 'Bảo hiểm thất nghiệp (bhtn)',
  bhyt: 'Bảo hiểm y tế (bhyt)',
  huu: 'Hưởng lương hưu, trợ cấp (huu)',
  sth: 'Người sau tuổi nghỉ hưu (sth)',
};

/** The "Số liệu" sheet: one row per unit and period. */
export const FIGURE_COLUMNS: readonly ColumnDef[] = [
  ...UNIT_COLUMNS,
  {
    id: 'period',
    header: 'Kỳ báo cáo',
    format: 'text',
    required: true,
    width: 12,
    guide: 'Như khi nộp qua chat: 2025 (năm), 6T/2025 (6 tháng), 9T/2025 (9 tháng), Q2/2025 (quý), T6/2025 (tháng). Không nhận kỳ chưa bắt đầu.',
  },
  ...COUNT_KEYS.map(
    (key): ColumnDef => ({
      id: key,
      header: COUNT_HEADERS[key],
      format: 'count',
      required: true,
      width: 16,
      guide: 'Số người, số nguyên không âm (ô kiểu số). Để trống nếu không có. Kiểm tra như khi nộp qua chat: bb + tn ≤ ld, bhtn ≤ ld, bhyt ≤ ds, huu ≤ sth.',
    }),
  ),
  {
    id: 'source',
    header: 'Nguồn',
    format: 'text',
    required: false,
    width: 34,
    guide: 'Chỉ để đọc (tệp xuất ghi ai đã nộp, khi nào). Khi nhập, nguồn của số liệu là chính tệp này (tên và mã SHA-256).',
  },
];

/** The "Chỉ tiêu" sheet: one row per unit, indicator, year and source document. */
export const TARGET_COLUMNS: readonly ColumnDef[] = [
  ...UNIT_COLUMNS,
  {
    id: 'indicator',
    header: 'Chỉ số',
    format: 'text',
    required: true,
    width: 22,
    guide: 'Tên chỉ số như tên các trang (BHXH, BHXH bắt buộc, BHYT …) hoặc mã (bhxh, bhxh_bb, bhxh_tn, bhtn, bhyt, huu, hai_long, gd_dien_tu).',
  },
  { id: 'year', header: 'Năm', format: 'year', required: true, width: 8, guide: 'Năm của chỉ tiêu (2025, 2030 …).' },
  {
    id: 'percent',
    header: 'Chỉ tiêu (%)',
    format: 'percent',
    required: true,
    width: 13,
    guide: 'Tỷ lệ phần trăm từ 0 đến 100. Ô định dạng % (16,83%) hoặc số phần trăm (16,83).',
  },
  {
    id: 'basis',
    header: 'Cơ sở tính',
    format: 'text',
    required: false,
    width: 30,
    guide:
      'Tỷ lệ tính trên: Lực lượng lao động trong độ tuổi, Lao động có việc làm, Dân số, Người sau tuổi nghỉ hưu, Giao dịch, Không áp dụng. Để trống nếu văn bản không nói rõ.',
  },
  {
    id: 'target_kind',
    header: 'Loại chỉ tiêu',
    format: 'text',
    required: true,
    width: 14,
    guide: 'Kế hoạch (của tỉnh/đơn vị), Được giao (Chính phủ, cấp trên giao) hoặc Nghị quyết (Nghị quyết Đại hội Đảng).',
  },
  { id: 'source_document', header: 'Văn bản', format: 'text', required: true, width: 20, guide: 'Số hiệu văn bản giao chỉ tiêu (156/KH-UBND). Bắt buộc.' },
  { id: 'source_date', header: 'Ngày văn bản', format: 'date', required: false, width: 13, guide: 'Ngày ban hành (ô ngày, hoặc 18/01/2023).' },
  {
    id: 'label_vi',
    header: 'Mô tả nguồn',
    format: 'text',
    required: false,
    width: 40,
    guide: 'Mô tả văn bản bằng tiếng Việt; ghi cùng cột tiếng Anh hoặc bỏ trống cả hai.',
  },
  { id: 'label_en', header: 'Mô tả nguồn (tiếng Anh)', format: 'text', required: false, width: 40, guide: 'Mô tả văn bản bằng tiếng Anh.' },
  { id: 'note', header: 'Ghi chú', format: 'text', required: false, width: 24, guide: 'Ghi chú tùy ý.' },
];

/** How the two structures are written in a cell (the first of each is what the export writes). */
export const STRUCTURE_WORDS: Readonly<Record<Structure, readonly string[]>> = {
  post2025: ['Từ 1/7/2025', 'sau 1/7/2025', 'mới', 'post2025'],
  pre2025: ['Trước 1/7/2025', 'cũ', 'pre2025'],
};

export const BASIS_WORDS: Readonly<Record<Basis, string>> = {
  labour_force: 'Lực lượng lao động trong độ tuổi',
  employed: 'Lao động có việc làm',
  population: 'Dân số',
  past_retirement_age: 'Người sau tuổi nghỉ hưu',
  plan_count: 'Kế hoạch được giao',
  transactions: 'Giao dịch',
  none: 'Không áp dụng',
};

export const TARGET_KIND_WORDS: Readonly<Record<TargetKind, string>> = {
  plan: 'Kế hoạch',
  assigned: 'Được giao',
  party_resolution: 'Nghị quyết',
};

/** The indicator's sheet in an export: its short Vietnamese name, without characters a sheet name may not hold. */
export function indicatorSheetName(code: IndicatorCode): string {
  return indicatorShortName(code, 'vi')
    .replace(/[/\\?*[\]:]/g, ', ')
    .slice(0, 31);
}

/** "6T/2025", "9T/2025", "Q2/2025", "T6/2025", "2025": a period as a chat submission writes it. */
export function periodCell(code: string): string {
  const m = /^(\d{4})(?:-(6M|9M|Q([1-4])|(\d\d)))?$/.exec(code);
  if (!m) return code;
  if (m[2] === undefined) return m[1] as string;
  if (m[2] === '6M' || m[2] === '9M') return `${m[2][0]}T/${m[1]}`;
  if (m[3] !== undefined) return `Q${m[3]}/${m[1]}`;
  return `T${Number(m[4])}/${m[1]}`;
}
