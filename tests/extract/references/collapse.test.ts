import { describe, expect, it } from 'vitest';
import { collapse } from '../../../src/extract/references/named.js';

describe('collapse', () => {
  it.each([
    ['Luật Đất đai', 'Luật Đất đai'],
    ['Luật \nĐường sắt', 'Luật Đường sắt'],
    ['Luật  Trẻ em ', 'Luật Trẻ em'],
    [' Luật\tBHXH', 'Luật BHXH'],
    ['Luật\u00a0Đầu tư', 'Luật Đầu tư'],
    ['', ''],
    [' ', ''],
  ])('should make %j one line with single spaces', (printed, name) => {
    expect(collapse(printed)).toBe(name);
  });
});
