/** The replies of the import and the spreadsheet features, in Vietnamese and English. */
import { formatCount, formatDecimal } from '../format/index.js';
import { composeSubmissionProblem } from '../submission/index.js';
import type { Language } from '../types.js';
import { FIGURES_SHEET, MAX_FILE_BYTES, MAX_LISTED_PROBLEMS, TARGETS_SHEET } from './layout.js';
import type { FileRefusal, RowProblem, RowProblemDetail } from './problems.js';

const q = (text: string) => `'${Array.from(text).slice(0, 40).join('')}'`;
const mb = (bytes: number, lang: Language) => `${formatDecimal(bytes / 1024 / 1024, lang, 1)} MB`;

/** Why a whole file is refused; nothing was stored. */
export function composeRefusal(refusal: FileRefusal, lang: Language): string {
  const vi = lang === 'vi';
  const nothing = vi ? ' Chưa nhập gì.' : ' Nothing was imported.';
  const sheets = `'${FIGURES_SHEET}'${vi ? ' và/hoặc ' : ' and/or '}'${TARGETS_SHEET}'`;
  switch (refusal.code) {
    case 'empty':
      return (vi ? 'Tệp rỗng (0 byte).' : 'The file is empty (0 bytes).') + nothing;
    case 'unsupported_type':
      return (
        (vi
          ? 'Chỉ nhận tệp Excel .xlsx hoặc .csv (gửi "mẫu nhập liệu" để lấy tệp mẫu).'
          : 'Only .xlsx or .csv files are read (send "template" for the template).') + nothing
      );
    case 'not_workbook':
      return (vi ? 'Tệp không phải bảng tính Excel (.xlsx) đọc được.' : 'The file is not a readable Excel workbook (.xlsx).') + nothing;
    case 'too_big':
      return (
        (vi
          ? `Tệp quá lớn (${mb(refusal.bytes, lang)}); tối đa ${mb(refusal.limit, lang)}.`
          : `The file is too large (${mb(refusal.bytes, lang)}); the most is ${mb(refusal.limit, lang)}.`) + nothing
      );
    case 'zip_bomb':
      return (
        (vi
          ? 'Tệp nén bên trong khai báo dung lượng bất thường (quá lớn hoặc sai lệch), không giống một bảng tính thật.'
          : 'The workbook declares abnormal unpacked sizes (too large or inconsistent), unlike a real spreadsheet.') + nothing
      );
    case 'no_data_sheet':
      return (
        (vi
          ? `Không thấy trang ${sheets}; tệp có: ${refusal.found.map(q).join(', ') || '(không có trang nào)'}. Dùng tệp mẫu.`
          : `No sheet ${sheets}; the file has: ${refusal.found.map(q).join(', ') || '(no sheet)'}. Use the template.`) + nothing
      );
    case 'missing_columns':
      return (
        (vi
          ? `Trang '${refusal.sheet}' thiếu cột: ${refusal.columns.map(q).join(', ')} (dòng 1 là dòng tiêu đề).`
          : `Sheet '${refusal.sheet}' lacks the column${refusal.columns.length > 1 ? 's' : ''}: ${refusal.columns.map(q).join(', ')} (row 1 holds the headers).`) +
        nothing
      );
    case 'merged_cells':
      return (
        (vi
          ? `Trang '${refusal.sheet}' có ô gộp (${refusal.range}); hãy bỏ gộp ô, mỗi ô một giá trị.`
          : `Sheet '${refusal.sheet}' has merged cells (${refusal.range}); unmerge them, one value per cell.`) + nothing
      );
    case 'too_many_rows':
      return (
        (vi
          ? `Tệp có ${formatCount(refusal.rows, lang)} dòng; mỗi lần nhập tối đa ${formatCount(refusal.limit, lang)} dòng, hãy chia thành nhiều tệp.`
          : `The file has ${formatCount(refusal.rows, lang)} rows; an import takes at most ${formatCount(refusal.limit, lang)}: split it into several files.`) +
        nothing
      );
    case 'facts_format':
      return (
        (vi
          ? 'Đây là tệp CSV theo định dạng số liệu văn bản (unit_structure, value_percent …): dùng lệnh import-facts.'
          : 'This CSV is in the document facts format (unit_structure, value_percent …): use import-facts.') + nothing
      );
    case 'no_rows':
      return (vi ? 'Tệp không có dòng số liệu nào dưới dòng tiêu đề.' : 'The file has no rows under the headers.') + nothing;
  }
}

function detailText(d: RowProblemDetail, lang: Language): string {
  const vi = lang === 'vi';
  switch (d.code) {
    case 'missing':
      return vi ? 'cần ghi giá trị' : 'a value is required';
    case 'formula':
      return vi ? 'ô chứa công thức; hãy dán giá trị (Paste Special → Values)' : 'the cell holds a formula; paste its value instead';
    case 'text_in_number':
      return vi ? `${q(d.text)} là chữ trong ô số; nhập số (ô kiểu số, không phải văn bản)` : `${q(d.text)} is text in a number cell; enter a number, not text`;
    case 'not_a_number':
      return vi ? `không đọc được số ${q(d.text)}` : `cannot read the number ${q(d.text)}`;
    case 'bad_date':
      return vi ? `không đọc được ngày ${q(d.text)} (ghi 18/01/2023)` : `cannot read the date ${q(d.text)} (write 18/01/2023)`;
    case 'bad_code':
      return vi ? `mã ${q(d.text)} không phải mã đơn vị (2, 3 hoặc 5 chữ số)` : `${q(d.text)} is not a unit code (2, 3 or 5 digits)`;
    case 'bad_structure':
      return vi ? `${q(d.text)}: ghi "Từ 1/7/2025" hoặc "Trước 1/7/2025"` : `${q(d.text)}: write "Từ 1/7/2025" (from 1 July 2025) or "Trước 1/7/2025" (before)`;
    case 'district_after_2025':
      return vi
        ? `mã ${q(d.text)} là mã huyện, nhưng từ 1/7/2025 không còn cấp huyện`
        : `${q(d.text)} is a district code, but there are no districts from 1 July 2025`;
    case 'unknown_unit':
      return vi ? `không có đơn vị mã ${q(d.text)} trong thời kỳ này` : `no unit has the code ${q(d.text)} in that structure`;
    case 'name_mismatch':
      return vi ? `tên ${q(d.text)} không khớp mã (mã này là ${d.unit})` : `the name ${q(d.text)} does not match the code (which is ${d.unit})`;
    case 'out_of_scope':
      return vi ? `${d.unit} ngoài phạm vi quản trị của bạn` : `${d.unit} is outside what you administer`;
    case 'bad_period':
      return vi
        ? `không rõ kỳ ${q(d.text)} (ghi 2025, 6T/2025, 9T/2025, Q2/2025, T6/2025)`
        : `cannot read the period ${q(d.text)} (write 2025, 6T/2025, 9T/2025, Q2/2025, T6/2025)`;
    case 'future_period':
      return vi ? `kỳ ${q(d.text)} chưa bắt đầu` : `the period ${q(d.text)} has not begun`;
    case 'old_period':
      return vi ? `kỳ ${q(d.text)} trước năm ${d.first}` : `the period ${q(d.text)} is before ${d.first}`;
    case 'duplicate_row':
      return vi ? `trùng với dòng ${d.otherRow} (cùng đơn vị và kỳ/chỉ tiêu)` : `repeats row ${d.otherRow} (same unit and period or target)`;
    case 'count':
      return composeSubmissionProblem(d.problem, lang).replace(/\.$/, '');
    case 'bad_indicator':
      return vi ? `không rõ chỉ số ${q(d.text)}` : `unknown indicator ${q(d.text)}`;
    case 'bad_year':
      return vi ? `năm ${q(d.text)} không hợp lệ` : `${q(d.text)} is not a valid year`;
    case 'bad_percent':
      return vi ? `${formatDecimal(d.value, lang)} không nằm trong 0–100%` : `${formatDecimal(d.value, lang)} is not between 0 and 100%`;
    case 'bad_basis':
      return vi ? `không rõ cơ sở tính ${q(d.text)}` : `unknown basis ${q(d.text)}`;
    case 'bad_kind':
      return vi
        ? `${q(d.text)}: ghi Kế hoạch, Được giao hoặc Nghị quyết`
        : `${q(d.text)}: write Kế hoạch (plan), Được giao (assigned) or Nghị quyết (Party resolution)`;
    case 'label_pair':
      return vi ? 'mô tả nguồn phải có cả tiếng Việt và tiếng Anh, hoặc bỏ trống cả hai' : 'the source description needs both languages, or neither';
  }
}

/** One problem: "Trang 'Số liệu', dòng 5, cột 'BHXH bắt buộc (bb)': …". */
export function composeRowProblem(p: RowProblem, lang: Language): string {
  const vi = lang === 'vi';
  const where = vi ? `Trang '${p.sheet}', dòng ${p.row}` : `Sheet '${p.sheet}', row ${p.row}`;
  const column = p.column === null ? '' : vi ? `, cột '${p.column}'` : `, column '${p.column}'`;
  return `${where}${column}: ${detailText(p.detail, lang)}.`;
}

/** The reply to a file with bad rows: nothing stored, each problem listed up to MAX_LISTED_PROBLEMS. */
export function composeRowProblems(problems: readonly RowProblem[], lang: Language): string {
  const vi = lang === 'vi';
  const rows = new Set(problems.map((p) => `${p.sheet}|${p.row}`)).size;
  const head = vi
    ? `Chưa nhập gì: ${formatCount(rows, lang)} dòng có lỗi (cả tệp chỉ được nhập khi mọi dòng đúng).`
    : `Nothing was imported: ${formatCount(rows, lang)} row${rows === 1 ? '' : 's'} with errors (a file is imported only when every row is right).`;
  const lines = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => composeRowProblem(p, lang));
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  if (rest > 0) lines.push(vi ? `… và ${formatCount(rest, lang)} lỗi khác.` : `… and ${formatCount(rest, lang)} more.`);
  return [head, ...lines].join('\n');
}

/** What an import stored. */
export interface ImportCounts {
  readonly figures: { readonly created: number; readonly changed: number; readonly unchanged: number };
  readonly targets: { readonly created: number; readonly changed: number; readonly unchanged: number };
}

/** The reply to an imported file: counts of new, changed and unchanged rows. */
export function composeImported(fileName: string, counts: ImportCounts, lang: Language): string {
  const vi = lang === 'vi';
  const n = (x: number) => formatCount(x, lang);
  const line = (label: string, t: ImportCounts['figures']) =>
    vi
      ? `${label}: ${n(t.created)} mới, ${n(t.changed)} thay đổi, ${n(t.unchanged)} không đổi.`
      : `${label}: ${n(t.created)} new, ${n(t.changed)} changed, ${n(t.unchanged)} unchanged.`;
  const written = counts.figures.created + counts.figures.changed + counts.targets.created + counts.targets.changed;
  const head = vi ? `Đã nhập tệp ${q(fileName)}.` : `Imported ${q(fileName)}.`;
  const tail =
    written === 0
      ? vi
        ? 'Không có gì thay đổi: mọi dòng đã có sẵn như trong tệp.'
        : 'Nothing changed: every row was already stored as the file has it.'
      : vi
        ? 'Số liệu mới được lưu thành phiên bản mới, nguồn là tệp này.'
        : 'New figures are stored as new versions, with this file as their source.';
  return [head, line(vi ? 'Số liệu' : 'Figures', counts.figures), line(vi ? 'Chỉ tiêu' : 'Targets', counts.targets), tail].join('\n');
}

/** A file too large to fetch from the chat. */
export function composeFileTooLarge(bytes: number, lang: Language): string {
  return composeRefusal({ code: 'too_big', bytes, limit: MAX_FILE_BYTES }, lang);
}

/** Someone who administers nothing sent a file. */
export function composeImportNotAllowed(lang: Language): string {
  return lang === 'vi'
    ? 'Chỉ quản trị viên mới nhập được tệp số liệu. Nếu muốn nộp số liệu, hãy gửi tin nhắn dạng: nop 6T/2025 bb 41.200 tn 3.150 ld 180.000'
    : 'Only an administrator can import a spreadsheet. To submit figures, send a message such as: nop 6T/2025 bb 41.200 tn 3.150 ld 180.000';
}

/** The caption of the template sent in chat. */
export function composeTemplateCaption(lang: Language): string {
  return lang === 'vi'
    ? `Mẫu nhập liệu: trang '${FIGURES_SHEET}' (số người theo đơn vị và kỳ, như khi nộp qua chat) và '${TARGETS_SHEET}' (chỉ tiêu); trang 'Hướng dẫn' giải thích từng cột. Quản trị viên gửi lại tệp đã điền để nhập.`
    : `The import template: sheet '${FIGURES_SHEET}' (counts per unit and period, as a chat submission) and '${TARGETS_SHEET}' (targets); the sheet 'Hướng dẫn' explains each column. An administrator sends the filled file back to import it.`;
}

/** What an export holds, beside the file. */
export interface ExportSummary {
  readonly unitLabel: string;
  readonly subUnits: number;
  readonly from: number | null;
  readonly to: number | null;
  readonly indicatorSheets: number;
  readonly targetRows: number;
}

/** The caption of an export sent in chat. */
export function composeExportCaption(s: ExportSummary, lang: Language): string {
  const vi = lang === 'vi';
  const years = s.from === null && s.to === null ? '' : s.from === s.to ? ` ${vi ? 'năm' : 'for'} ${s.from}` : ` ${s.from ?? '…'}–${s.to ?? '…'}`;
  const sub =
    s.subUnits > 0
      ? vi
        ? ` cùng ${formatCount(s.subUnits, lang)} đơn vị trực thuộc và đơn vị cũ hợp thành`
        : ` with ${formatCount(s.subUnits, lang)} units under it or merged into it`
      : '';
  if (s.indicatorSheets === 0 && s.targetRows === 0) {
    return vi
      ? `Chưa có số liệu hay chỉ tiêu nào của ${s.unitLabel}${sub}${years}; tệp chỉ có các trang để nhập.`
      : `No figures or targets for ${s.unitLabel}${sub}${years} yet; the file holds only the sheets for an import.`;
  }
  return vi
    ? `Số liệu ${s.unitLabel}${sub}${years}: ${formatCount(s.indicatorSheets, lang)} trang theo chỉ số (số liệu, chỉ tiêu, chênh lệch, nguồn), cùng các trang '${FIGURES_SHEET}' và '${TARGETS_SHEET}' để sửa và nhập lại.`
    : `Figures for ${s.unitLabel}${sub}${years}: ${formatCount(s.indicatorSheets, lang)} indicator sheet(s) (figures, targets, gaps, sources), with the sheets '${FIGURES_SHEET}' and '${TARGETS_SHEET}' to edit and import back.`;
}

/** "xuất excel" with no place. */
export function composeExportHelp(lang: Language): string {
  return lang === 'vi'
    ? 'Xuất Excel cho đơn vị nào? Ví dụ: xuất excel Nghệ An, xuất excel Gia Lai 2021-2025.'
    : 'Export which place? For example: export excel Gia Lai, export excel Nghe An 2021-2025.';
}

/** An export of a place outside what the asker follows. */
export function composeExportNotAllowed(unitLabel: string, lang: Language): string {
  return lang === 'vi'
    ? `Bạn không được xuất số liệu của ${unitLabel}: chỉ xuất được các đơn vị thuộc tỉnh bạn theo dõi hoặc quản trị.`
    : `You cannot export ${unitLabel}: only places in the provinces you follow or administer.`;
}

/** A file the chat could not fetch from the platform. */
export function composeFileNotFetched(lang: Language): string {
  return lang === 'vi'
    ? 'Không tải được tệp từ máy chủ tin nhắn; hãy gửi lại sau ít phút. Chưa nhập gì.'
    : 'The file could not be fetched from the messaging platform; send it again in a few minutes. Nothing was imported.';
}
