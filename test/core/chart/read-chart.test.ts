import { describe, expect, it } from 'vitest';
import { readChartRequest } from '../../../src/core/chart/read-chart.js';

describe('reading a request for a chart', () => {
  it.each([
    ['biểu đồ bhxh Nghệ An', 'bhxh Nghệ An'],
    ['Biểu đồ tỷ lệ bao phủ Gia Lai', 'tỷ lệ bao phủ Gia Lai'],
    ['bieu do bhxh nghe an', 'bhxh nghe an'],
    ['bieu do ty le bao phu Gia Lai', 'ty le bao phu Gia Lai'],
    ['vẽ biểu đồ xếp hạng các tỉnh theo BHYT', 'xếp hạng các tỉnh theo BHYT'],
    ['Vẽ cho tôi biểu đồ BHYT Hải Phòng', 'BHYT Hải Phòng'],
    ['đồ thị BHTN Bắc Kạn', 'BHTN Bắc Kạn'],
    ['do thi bhtn bac kan', 'bhtn bac kan'],
    ['chart coverage Gia Lai', 'coverage Gia Lai'],
    ['Draw a chart of health insurance coverage for Bac Kan', 'health insurance coverage for Bac Kan'],
    ['graph ranking of provinces by health insurance', 'ranking of provinces by health insurance'],
    ['show me the chart: top 5 provinces by BHYT', 'top 5 provinces by BHYT'],
    ['biểu đồ', ''],
    ['vẽ bhxh Nghệ An', 'bhxh Nghệ An'],
    ['Vẽ xếp hạng các tỉnh theo BHYT', 'xếp hạng các tỉnh theo BHYT'],
  ])('%s → %s', (text, rest) => {
    expect(readChartRequest(text)).toEqual({ rest });
  });

  it.each([
    'tỷ lệ bao phủ BHXH Nghệ An',
    'BHYT khu vực đô thị Hải Phòng',
    'Tỉnh nào có tỷ lệ BHYT cao nhất?',
    'bhxh bac kan ve muc tieu 2025',
    'coverage for Vinh city',
    'charter',
  ])('no chart in "%s"', (text) => {
    expect(readChartRequest(text)).toBeNull();
  });
});
