/** The effective-date clause: tried only on lines holding "hiệu lực", it reads what a scan of every line reads. */
import { describe, expect, it } from 'vitest';
import { extractEffective } from '../../src/extract/effective.js';
import { EFFECTIVE } from '../../src/extract/effective-patterns.js';
import { inRanges, quotedRanges } from '../../src/extract/support/quotes.js';
import { layout } from '../../src/layout/index.js';

const read = (text: string) => extractEffective({ text, layout: layout(text) }, { iso: '2026-05-04' } as never).value;

/** The clause as a scan of the whole text finds it: the first match outside quotes. */
function scanned(text: string): [number, number] | null {
  const quoted = quotedRanges(text);
  const all = new RegExp(EFFECTIVE.clause.source, `${EFFECTIVE.clause.flags}g`);
  const match = [...layout(text).canonical.matchAll(all)].find((m) => !inRanges(quoted, m.index));
  return match ? [match.index + match[0].length - match.groups!.when!.length, match.index + match[0].length] : null;
}

describe('extractEffective', () => {
  it.each([
    ['Quyết định này có hiệu lực kể từ ngày ký.', { onSigning: true }],
    ['Điều 3.\nTHÔNG TƯ NÀY CÓ HIỆU LỰC THI HÀNH TỪ NGÀY 01 THÁNG 8 NĂM 2026.', { iso: '2026-08-01' }],
    ['a) Nghị quyết này có hiệu lực từ ngày thông qua', { iso: '2026-05-04' }],
    // a line naming "hiệu lực" before its clause, and a clause on a later line
    ['Về hiệu lực thi hành.\n  1. Luật này có hiệu lực thi hành từ ngày 01/7/2013', { iso: '2013-07-01' }],
    [
      '“Thông tư này có hiệu lực từ ngày 01/5/2020.”\nThông tư này có hiệu lực từ ngày 01/6/2026',
      { iso: '2026-06-01' },
    ],
    ['\nQuyết định này có  hiệu\tlực từ ngày ban hành', { onSigning: true }],
  ])('reads %j', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
    expect(read(text)?.span).toEqual(scanned(text));
  });

  it.each([
    'trước ngày Thông tư này có hiệu lực thi hành',
    'Điều 1 Thông tư này có hiệu lực từ ngày 01 tháng 7 năm 2026',
    'Hợp đồng có hiệu lực. Quyết định này có hiệu lực từ ngày ký',
    '“Quyết định này có hiệu lực từ ngày ký”',
    'Quyết định này có hiệu quả từ ngày ký',
  ])('reads nothing in %j', (text) => {
    expect(read(text)).toBeNull();
    expect(scanned(text)).toBeNull();
  });
});
