/** The document-types grammar: a type by its code (case, legacy codes by date, family) and by its word. */
import { describe, expect, it } from 'vitest';
import {
  documentTypeByCode,
  documentTypeByWord,
  lookupTypeCode,
  TYPE_WORD_SOURCE,
} from '../../src/grammar/document-types.js';

describe('document types', () => {
  it('document types by code: case, legacy codes by date, family', () => {
    expect(documentTypeByCode('QĐ')?.name).toBe('Quyết định');
    expect(lookupTypeCode('Ctr')?.code).toBe('CTr');
    expect(documentTypeByCode('GT', '2019-12-31')?.name).toBe('Giấy giới thiệu');
    expect(documentTypeByCode('GT', '2020-03-05')).toBeUndefined();
    expect(documentTypeByCode('GGT', '2021-01-01')?.name).toBe('Giấy giới thiệu');
    expect(documentTypeByCode('TT')?.name).toBe('Thông tư');
    expect(documentTypeByCode('TT', undefined, 'party')?.name).toBe('Thông tri');
    expect(documentTypeByCode('XYZ')).toBeUndefined();
  });

  it('document types by word: case, tone placement, lost diacritics', () => {
    expect(documentTypeByWord('KẾ HOẠCH')?.codes).toEqual(['KH']);
    expect(documentTypeByWord('Giấy uỷ quyền')?.name).toBe('Giấy ủy quyền');
    expect(documentTypeByWord('  Thông tư   liên tịch ')?.codes).toEqual(['TTLT']);
    expect(documentTypeByWord('Nghi dinh')?.name).toBe('Nghị định');
    expect(documentTypeByWord('Quyết định của UBND')).toBeUndefined();
    expect(TYPE_WORD_SOURCE.indexOf('Thông[ \\t]+tư[ \\t]+liên')).toBeLessThan(
      TYPE_WORD_SOURCE.indexOf('Thông[ \\t]+tư|'),
    );
  });
});
