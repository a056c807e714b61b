/** The issuer-codes grammar: an issuer by its code (canonical case, terms, validity, successors). */
import { describe, expect, it } from 'vitest';
import { issuerByCode } from '../../src/grammar/issuer-codes.js';

describe('issuer codes', () => {
  it('issuers by code: canonical case, terms, validity, successors', () => {
    expect(issuerByCode('TTG')).toMatchObject({ code: 'TTg', family: 'central' });
    expect(issuerByCode('QH15')).toMatchObject({ code: 'QH15', name: 'Quốc hội', term: 15 });
    expect(issuerByCode('ubtvqh14')?.code).toBe('UBTVQH14');
    expect(issuerByCode('BLĐTBXH')).toMatchObject({ validTo: '2025-02-28', successor: 'BNV', family: 'ministry' });
    expect(issuerByCode('BTNMT', '2024-06-01')?.name).toBe('Bộ Tài nguyên và Môi trường');
    expect(issuerByCode('BTNMT', '2025-03-01')).toBeUndefined();
    expect(issuerByCode('BNNMT', '2025-03-01')?.validFrom).toBe('2025-03-01');
    expect(issuerByCode('BNNMT', '2024-01-01')).toBeUndefined();
    expect(issuerByCode('TƯ')?.code).toBe('TW');
    expect(issuerByCode('QH')).toBeUndefined();
    expect(issuerByCode('KGVX')).toBeUndefined();
  });
});
