/** The import template: the two data sheets with their headers only, and the guide to their columns. */
import { formatCount } from '../format/index.js';
import { type ColumnDef, FIGURE_COLUMNS, FIGURES_SHEET, GUIDE_SHEET, MAX_FILE_BYTES, MAX_IMPORT_ROWS, TARGET_COLUMNS, TARGETS_SHEET } from './layout.js';
import type { SheetSpec, SpecValue } from './sheet-spec.js';

const specColumns = (defs: readonly ColumnDef[]) => defs.map((d) => ({ header: d.header, width: d.width, format: d.format }));

/** A data sheet with the given rows under its headers. */
export function dataSheet(name: string, defs: readonly ColumnDef[], rows: readonly (readonly SpecValue[])[]): SheetSpec {
  return { name, columns: specColumns(defs), rows };
}

/** The guide: general rules, then one line per column of each data sheet. */
export function guideSheet(): SheetSpec {
  const general: SpecValue[][] = [
    [
      'Chung',
      '',
      `Trang '${FIGURES_SHEET}': mỗi dòng là số liệu của một đơn vị trong một kỳ (như một lần nộp qua chat). Trang '${TARGETS_SHEET}': mỗi dòng là một chỉ tiêu.`,
    ],
    ['Chung', '', 'Dòng 1 là tiêu đề (giữ nguyên tên cột; thứ tự cột tùy ý). Không gộp ô, không dùng công thức: dán giá trị.'],
    [
      'Chung',
      '',
      `Tối đa ${formatCount(MAX_IMPORT_ROWS, 'vi')} dòng và ${MAX_FILE_BYTES / 1024 / 1024} MB mỗi tệp. Có một dòng sai thì cả tệp không được nhập; phản hồi liệt kê từng dòng sai.`,
    ],
    ['Chung', '', 'Mỗi dòng khác số liệu đang có được lưu thành phiên bản mới, nguồn là tệp; nhập lại cùng tệp không thay đổi gì.'],
    ['Chung', '', 'Các trang khác (trang theo chỉ số trong tệp xuất, trang này) chỉ để đọc, khi nhập sẽ bỏ qua.'],
  ];
  const columns = (sheet: string, defs: readonly ColumnDef[]) =>
    defs.map((d): SpecValue[] => [sheet, d.header, `${d.required ? '(Bắt buộc có cột) ' : ''}${d.guide}`]);
  return {
    name: GUIDE_SHEET,
    columns: [
      { header: 'Trang', width: 12, format: 'text' },
      { header: 'Cột', width: 38, format: 'text' },
      { header: 'Cách ghi', width: 110, format: 'text' },
    ],
    rows: [...general, ...columns(FIGURES_SHEET, FIGURE_COLUMNS), ...columns(TARGETS_SHEET, TARGET_COLUMNS)],
  };
}

/** The empty template. */
export function templateSheets(): SheetSpec[] {
  return [dataSheet(FIGURES_SHEET, FIGURE_COLUMNS, []), dataSheet(TARGETS_SHEET, TARGET_COLUMNS, []), guideSheet()];
}
