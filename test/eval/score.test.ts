import { describe, expect, it } from 'vitest';
import type { AnswerStatus } from '../../src/eval/conversation.js';
import type { EvalQuestion } from '../../src/eval/questions-file.js';
import { resultOf } from '../../src/eval/run-eval.js';
import { type EvalResult, formatMiss, formatResults, formatScore, meetsMinimum, oneLine, score } from '../../src/eval/score.js';

function makeQuestion(overrides: Partial<EvalQuestion> = {}): EvalQuestion {
  return {
    id: 'q1',
    lang: 'vi',
    category: 'fact_actual',
    question: 'bhxh Bắc Kạn',
    expectAll: '15,54',
    expectNone: 'không tìm thấy',
    note: '',
    line: 2,
    ...overrides,
  };
}

function makeResult(right: boolean, category: string, status: AnswerStatus = 'answered'): EvalResult {
  return resultOf(makeQuestion({ category }), { text: right ? '15,54%' : 'Không tìm thấy địa danh', status });
}

describe('resultOf', () => {
  it('counts a reply that came in time and holds every expectation as right', () => {
    expect(resultOf(makeQuestion(), { text: 'BHXH: 15,54%', status: 'answered' }).right).toBe(true);
  });

  it('counts a question without a complete reply in time as wrong, whatever arrived', () => {
    expect(resultOf(makeQuestion(), { text: 'BHXH: 15,54%', status: 'timed-out' }).right).toBe(false);
  });
});

describe('score', () => {
  it('counts right answers overall and by category, in the order categories first appear', () => {
    const result = score([makeResult(true, 'typo'), makeResult(false, 'vinh'), makeResult(true, 'typo'), makeResult(false, 'typo')]);
    expect(result).toEqual({
      right: 2,
      total: 4,
      categories: [
        { category: 'typo', right: 2, total: 3 },
        { category: 'vinh', right: 0, total: 1 },
      ],
    });
    expect(formatScore('questions (q.tsv)', result)).toBe('questions (q.tsv): 2/4 right (50%); by category: typo=2/3, vinh=0/1');
  });

  it('rounds the shown percentage down, and compares the minimum exactly', () => {
    const result = score([...Array.from({ length: 18 }, () => makeResult(true, 'a')), makeResult(false, 'a')]);
    expect(formatScore('q', result)).toContain('18/19 right (94%)');
    expect(meetsMinimum(result, 95)).toBe(false);
    expect(meetsMinimum(result, 94.7)).toBe(true);
  });

  it('never lets an empty run pass', () => {
    expect(meetsMinimum(score([]), 0)).toBe(false);
  });
});

describe('formatMiss', () => {
  it('shows the question, what was missing and unwanted, and the reply on one line', () => {
    const miss = resultOf(makeQuestion(), { text: 'Không tìm thấy địa danh "x".\nCó phải bạn muốn hỏi:\n- Xã Y', status: 'answered' });
    expect(formatMiss(miss)).toBe(
      [
        '  miss q1 fact_actual: bhxh Bắc Kạn',
        '      missing: 15,54; unwanted: khong tim thay',
        '      reply: Không tìm thấy địa danh "x". / Có phải bạn muốn hỏi: / - Xã Y',
      ].join('\n'),
    );
  });

  it('says when no reply came in time', () => {
    expect(formatMiss(resultOf(makeQuestion(), { text: '', status: 'timed-out' }))).toContain('(no complete reply in time)');
    expect(formatMiss(resultOf(makeQuestion(), { text: '', status: 'timed-out' }))).toContain('reply: (none)');
  });
});

describe('formatResults', () => {
  it('writes one TSV row per question with pass or FAIL', () => {
    const text = formatResults([makeResult(true, 'typo'), makeResult(false, 'vinh')]);
    expect(text.split('\n')).toEqual([
      'id\tcategory\tresult\tquestion\treply',
      'q1\ttypo\tpass\tbhxh Bắc Kạn\t15,54%',
      'q1\tvinh\tFAIL\tbhxh Bắc Kạn\tKhông tìm thấy địa danh',
      '',
    ]);
  });
});

describe('oneLine', () => {
  it('joins the lines with " / " and squeezes the spaces', () => {
    expect(oneLine('a  b\n\n  c\t\n')).toBe('a b / c');
  });
});
