import { describe, expect, it } from 'vitest';
import { parseQuestions, QuestionsFileError } from '../../src/eval/questions-file.js';

const HEADER = 'id\tlang\tcategory\tquestion\texpect_all\texpect_none\tnote';

describe('parseQuestions', () => {
  it('reads each row by the names of the header row', () => {
    const [question] = parseQuestions(`${HEADER}\nq1\tvi\tfact_actual\tBHXH Gia Lai 2025\t16,83 || 16.83 | gia lai\tkhong tim thay\tfrom the plan\n`, 'q.tsv');
    expect(question).toEqual({
      id: 'q1',
      lang: 'vi',
      category: 'fact_actual',
      question: 'BHXH Gia Lai 2025',
      expectAll: '16,83 || 16.83 | gia lai',
      expectNone: 'khong tim thay',
      note: 'from the plan',
      line: 2,
    });
  });

  it('takes the columns in the order the header gives them', () => {
    const [question] = parseQuestions('question\tid\texpect_none\tcategory\texpect_all\nthank you\tq9\tnot found\tnot_a_place\t\n', 'q.tsv');
    expect(question).toMatchObject({ id: 'q9', question: 'thank you', category: 'not_a_place', expectAll: '', expectNone: 'not found', lang: '', note: '' });
  });

  it('skips blank lines, reads CRLF and a byte-order mark, and counts lines as the file does', () => {
    const questions = parseQuestions(`\uFEFF${HEADER}\r\n\r\nq1\ten\tvinh\tVinh\ta\t\t\r\nq2\ten\tvinh\tVinh city\tb\t\t\r\n`, 'q.tsv');
    expect(questions.map((q) => [q.id, q.line, q.note])).toEqual([
      ['q1', 3, ''],
      ['q2', 4, ''],
    ]);
  });

  it('reads the missing cells of a short row as empty', () => {
    const [question] = parseQuestions(`${HEADER}\nq1\ten\ttypo\tBac Can`, 'q.tsv');
    expect(question).toMatchObject({ question: 'Bac Can', expectAll: '', expectNone: '', note: '' });
  });

  it('rejects a header without the columns it needs, naming them', () => {
    expect(() => parseQuestions('id\tquestion\n1\thello\n', 'q.tsv')).toThrow(/q\.tsv, line 1: .*category, expect_all, expect_none/);
  });

  it('rejects a row without a question, naming its line', () => {
    const error = (() => {
      try {
        parseQuestions(`${HEADER}\nq1\ten\tvinh\tVinh\t\t\t\nq2\ten\tvinh\t \tx\t\t\n`, 'q.tsv');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(QuestionsFileError);
    expect(error).toMatchObject({ code: 'QUESTIONS_FILE_INVALID', file: 'q.tsv', line: 3 });
  });

  it('rejects a file with no questions', () => {
    expect(() => parseQuestions(`${HEADER}\n\n`, 'empty.tsv')).toThrow('empty.tsv: no questions');
  });
});
