import { describe, expect, it } from 'vitest';
import {
  type Cell,
  type CheckContext,
  checkImport,
  composeRowProblems,
  FIGURE_COLUMNS,
  MAX_IMPORT_ROWS,
  type RowProblem,
  TARGET_COLUMNS,
  type WorkbookData,
} from '../../../src/core/spreadsheet/index.js';
import type { Unit } from '../../../src/core/types.js';

function unit(id: number, code: string, structure: Unit['structure'], level: Unit['level'], name: string): Unit {
  return {
    id,
    code,
    structure,
    level,
    name,
    fullName: `Tỉnh ${name}`,
    type: 'Tỉnh',
    typeCode: 'province',
    nameEn: name,
    parentId: null,
    validFrom: null,
    validTo: null,
  };
}

const NGHE_AN = unit(1, '40', 'post2025', 'province', 'Nghệ An');
const GIA_LAI = unit(2, '52', 'post2025', 'province', 'Gia Lai');
const BAC_KAN_OLD = unit(3, '06', 'pre2025', 'province', 'Bắc Kạn');
const UNITS = [NGHE_AN, GIA_LAI, BAC_KAN_OLD];

const context = (over: Partial<CheckContext> = {}): CheckContext => ({
  findUnit: (ref) => UNITS.find((u) => u.structure === ref.structure && u.level === ref.level && u.code === ref.code),
  inScope: () => true,
  today: '2026-11-25',
  textOnly: false,
  ...over,
});

const text = (t: string): Cell => ({ kind: 'text', text: t });
const num = (value: number, percent = false): Cell => ({ kind: 'number', value, percent });
const EMPTY: Cell = { kind: 'empty' };
const headers = (defs: typeof FIGURE_COLUMNS) => defs.map((d) => text(d.header));

/** A figures row: code, structure, name, period, then ld ds bb tn bhtn bhyt huu sth. */
function figures(code: Cell, period: Cell, counts: readonly Cell[], structure: Cell = text('Từ 1/7/2025'), name: Cell = EMPTY): Cell[] {
  const padded = [...counts, ...Array.from({ length: 8 - counts.length }, () => EMPTY)];
  return [code, structure, name, period, ...padded];
}

function book(figureRows: Cell[][], targetRows?: Cell[][], textOnly = false): WorkbookData {
  const sheets = [{ name: 'Số liệu', rows: [headers(FIGURE_COLUMNS), ...figureRows].map((cells, i) => ({ row: i + 1, cells })) }];
  if (targetRows) sheets.push({ name: 'Chỉ tiêu', rows: [headers(TARGET_COLUMNS), ...targetRows].map((cells, i) => ({ row: i + 1, cells })) });
  return { sheets, textOnly };
}

const problemsOf = (result: ReturnType<typeof checkImport>): readonly RowProblem[] => (result.kind === 'invalid' ? result.problems : []);

describe('checkImport', () => {
  it('reads good rows of figures and targets', () => {
    const result = checkImport(
      book(
        [figures(text('40'), text('6T/2025'), [num(180_000), EMPTY, num(41_200), num(3_150)])],
        [
          [
            text('52'),
            text('Từ 1/7/2025'),
            EMPTY,
            text('BHXH'),
            num(2026),
            num(0.1683, true),
            text('Lực lượng lao động trong độ tuổi'),
            text('Được giao'),
            text('01/NQ-CP'),
            { kind: 'date', iso: '2026-01-08' },
          ],
        ],
      ),
      context(),
    );
    expect(result).toEqual({
      kind: 'ok',
      figures: [{ unitId: 1, period: '2025-6M', periodStart: '2025-01-01', periodEnd: '2025-06-30', counts: { ld: 180_000, bb: 41_200, tn: 3_150 }, row: 2 }],
      targets: [
        {
          unitId: 2,
          indicator: 'bhxh',
          year: 2026,
          percent: expect.closeTo(16.83, 6),
          basis: 'labour_force',
          kind: 'assigned',
          sourceDocument: '01/NQ-CP',
          sourceDate: '2026-01-08',
          label: null,
          note: null,
          row: 2,
        },
      ],
    });
  });

  it('checks counts with the chat submission rules and names the sheet, row and column', () => {
    const result = checkImport(
      book([figures(text('40'), text('2025'), [num(1_000), EMPTY, num(900), num(200)]), figures(text('40'), text('2024'), [num(-5)])]),
      context(),
    );
    expect(problemsOf(result)).toEqual([
      {
        sheet: 'Số liệu',
        row: 2,
        column: 'BHXH bắt buộc (bb)',
        detail: { code: 'count', problem: expect.objectContaining({ code: 'numerator_exceeds_denominator' }) },
      },
      {
        sheet: 'Số liệu',
        row: 3,
        column: 'Lực lượng lao động trong độ tuổi (ld)',
        detail: { code: 'count', problem: expect.objectContaining({ code: 'negative' }) },
      },
    ]);
    expect(composeRowProblems(problemsOf(result), 'vi')).toContain("Trang 'Số liệu', dòng 2, cột 'BHXH bắt buộc (bb)': bb + tn (1.100) lớn hơn ld (1.000)");
    expect(composeRowProblems(problemsOf(result), 'en')).toContain(
      "Sheet 'Số liệu', row 3, column 'Lực lượng lao động trong độ tuổi (ld)': 'ld' cannot be negative (-5)",
    );
  });

  it('refuses text in a number cell and a formula, and reads numbers from a CSV', () => {
    const bad = checkImport(book([figures(text('40'), text('2025'), [text('41.200'), { kind: 'formula' }])]), context());
    expect(problemsOf(bad).map((p) => [p.column, p.detail.code])).toEqual([
      ['Lực lượng lao động trong độ tuổi (ld)', 'text_in_number'],
      ['Dân số (ds)', 'formula'],
    ]);
    const csv = checkImport(book([figures(text('40'), text('2025'), [text('180.000'), EMPTY, text('41 200')])], undefined, true), context({ textOnly: true }));
    expect(csv).toMatchObject({ kind: 'ok', figures: [{ counts: { ld: 180_000, bb: 41_200 } }] });
  });

  it('refuses an unknown unit, a name that is not the code, a unit outside the scope, a bad or future period and a repeated row', () => {
    const result = checkImport(
      book([
        figures(text('99'), text('2025'), [num(1)]),
        figures(text('40'), text('2025'), [num(1)], text('Từ 1/7/2025'), text('Hà Nội')),
        figures(text('52'), text('2025'), [num(1)]),
        figures(text('40'), text('T13/2025'), [num(1)]),
        figures(text('40'), text('2027'), [num(1)]),
        figures(num(6), text('2024'), [num(1)], text('Trước 1/7/2025'), text('Bắc Kạn')),
        figures(text('06'), text('2024'), [num(2)], text('trước 1/7/2025')),
      ]),
      context({ inScope: (u) => u.id !== GIA_LAI.id }),
    );
    expect(problemsOf(result).map((p) => [p.row, p.detail.code])).toEqual([
      [2, 'unknown_unit'],
      [3, 'name_mismatch'],
      [4, 'out_of_scope'],
      [5, 'bad_period'],
      [6, 'future_period'],
      [8, 'duplicate_row'],
    ]);
    expect(composeRowProblems(problemsOf(result), 'vi')).toContain('Tỉnh Gia Lai ngoài phạm vi quản trị của bạn');
  });

  it('refuses a workbook without the data sheets, with a missing column, or with too many rows', () => {
    expect(checkImport({ sheets: [{ name: 'Sheet1', rows: [] }], textOnly: false }, context())).toEqual({
      kind: 'refused',
      refusal: { code: 'no_data_sheet', found: ['Sheet1'] },
    });
    const withoutBb: WorkbookData = {
      sheets: [{ name: 'Số liệu', rows: [{ row: 1, cells: headers(FIGURE_COLUMNS.filter((c) => c.id !== 'bb')) }] }],
      textOnly: false,
    };
    expect(checkImport(withoutBb, context())).toEqual({
      kind: 'refused',
      refusal: { code: 'missing_columns', sheet: 'Số liệu', columns: ['BHXH bắt buộc (bb)'] },
    });
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => figures(text('40'), text('2025'), [num(1)]));
    expect(checkImport(book(many), context())).toEqual({
      kind: 'refused',
      refusal: { code: 'too_many_rows', rows: MAX_IMPORT_ROWS + 1, limit: MAX_IMPORT_ROWS },
    });
  });

  it('finds columns by their key in brackets or their id, in any order', () => {
    const cells = [
      text('ld'),
      text('Kỳ báo cáo'),
      text('unit_code'),
      text('Thời kỳ đơn vị'),
      ...['ds', 'bb', 'tn', 'bhtn', 'bhyt', 'huu', 'sth'].map((k) => text(`(${k})`)),
    ];
    const data: WorkbookData = {
      sheets: [
        {
          name: 'so lieu',
          rows: [
            { row: 1, cells: [...cells.slice(0, 4), ...['ds', 'bb', 'tn', 'bhtn', 'bhyt', 'huu', 'sth'].map(text)] },
            { row: 2, cells: [num(500), text('2025'), text('40'), text('mới')] },
          ],
        },
      ],
      textOnly: false,
    };
    expect(checkImport(data, context())).toMatchObject({ kind: 'ok', figures: [{ unitId: 1, counts: { ld: 500 } }] });
  });

  it('lists at most twenty problems and counts the rest', () => {
    const rows = Array.from({ length: 25 }, (_, i) => figures(text('99'), text(String(2000 + i)), [num(1)]));
    const reply = composeRowProblems(problemsOf(checkImport(book(rows), context())), 'en');
    expect(reply.split('\n')).toHaveLength(22);
    expect(reply).toMatch(/^Nothing was imported: 25 rows with errors/);
    expect(reply).toMatch(/… and 5 more\.$/);
  });

  it('checks targets: indicator, year, percent, basis, kind, source and the label pair', () => {
    const result = checkImport(
      book(
        [],
        [
          [
            text('40'),
            text('Từ 1/7/2025'),
            EMPTY,
            text('bhxh_xyz'),
            num(1800),
            num(120),
            text('người'),
            text('tự đặt'),
            EMPTY,
            text('18/13/2023'),
            text('chỉ tiếng Việt'),
          ],
        ],
      ),
      context(),
    );
    expect(problemsOf(result).map((p) => p.detail.code)).toEqual([
      'bad_indicator',
      'bad_year',
      'bad_percent',
      'bad_basis',
      'bad_kind',
      'missing',
      'bad_date',
      'label_pair',
    ]);
  });
});
