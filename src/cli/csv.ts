/** CSV as RFC 4180 writes it, for the sheets the commands print (`targets --csv`, `tasks --csv`). */

/** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvCell(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** One record, cells in order, ended by CRLF as RFC 4180 has it. */
export function csvRecord(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** The byte order mark that makes a spreadsheet read the file as UTF-8, not the system's code page. */
export const UTF8_BOM = '\uFEFF';
