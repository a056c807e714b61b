/** parseFile(): a path or a file URL read and parsed, the source named after the file. */
import { describe, expect, it } from 'vitest';

describe('parseFile', () => {
  it('should read a path or a file URL and name the source after the file', async () => {
    const { parseFile } = await import('../../src/parse-file.js');
    const url = new URL('../../corpus/seeds/004_cbddc2852ea7f879.txt', import.meta.url);
    const result = parseFile(url);
    expect(result.source.name).toBe('004_cbddc2852ea7f879.txt');
    expect(result.number).toMatchObject({ blank: true, text: null, typeCode: 'KH' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['number/blank', 'date/blank', 'issuer/inferred']),
    );
  });
});
