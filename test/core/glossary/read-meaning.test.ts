import { describe, expect, it } from 'vitest';
import { readMeaningQuestion } from '../../../src/core/glossary/read-meaning.js';

describe('readMeaningQuestion', () => {
  it.each([
    ['BHYT là gì', { kind: 'indicator', code: 'bhyt' }],
    ['bhxh tu nguyen la gi vay a', { kind: 'indicator', code: 'bhxh_tn' }],
    ['tỷ lệ bao phủ BHXH tính thế nào?', { kind: 'indicator', code: 'bhxh' }],
    ['BHTN là viết tắt của gì', { kind: 'indicator', code: 'bhtn' }],
    ['what does BHTN stand for?', { kind: 'indicator', code: 'bhtn' }],
    ['how is the pension rate calculated', { kind: 'indicator', code: 'huu' }],
    ['What is voluntary social insurance', { kind: 'indicator', code: 'bhxh_tn' }],
    ['Đặc khu là gì?', { kind: 'word', word: 'special_zone' }],
    ['What is a special zone?', { kind: 'word', word: 'special_zone' }],
    ['ld là gì vậy ạ', { kind: 'word', word: 'labour_force' }],
    ['khái niệm lực lượng lao động', { kind: 'word', word: 'labour_force' }],
    ['cho em hỏi chỉ tiêu giao là gì ạ', { kind: 'word', word: 'target' }],
    ['What does coverage mean?', { kind: 'word', word: 'coverage' }],
    ['xã là gì', { kind: 'word', word: 'commune_level' }],
    ['sáp nhập là gì', { kind: 'word', word: 'reorganisation' }],
    ['đầu mối là gì', { kind: 'word', word: 'focal_point' }],
  ])('reads %j', (text, term) => {
    expect(readMeaningQuestion(text)).toEqual(term);
  });

  it.each([
    'tỷ lệ BHYT của Vinh là gì',
    'BHYT Hải Phòng là gì',
    'bhyt là bao nhiêu',
    'phường La Gi là gì',
    'Vinh là gì',
    'how are you',
    'how is Vinh doing on health insurance',
    'what is the BHYT target for Vinh',
    'BHYT',
  ])('leaves %j to the other features', (text) => {
    expect(readMeaningQuestion(text)).toBeNull();
  });
});
