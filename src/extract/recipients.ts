/** "Kính gửi:" recipients: on the label's line, or one per "- …;" line under it. */
import type { NamedSpan } from '../model/schema.js';
import { HEADER } from '../layout/header-patterns.js';
import type { Line } from '../layout/lines.js';
import type { ExtractContext, Extracted } from './support/context.js';
import { listItems } from './support/list-items.js';

export function extractRecipients({ layout }: ExtractContext): Extracted<NamedSpan[]> {
  const label = layout.recipientsLabel;
  if (!label) return { value: [], diagnostics: [] };
  return { value: listItems(layout.lines, label, HEADER.recipientsLabel, stopAtBody), diagnostics: [] };
}

function stopAtBody(line: Line): boolean {
  return !HEADER.listItem.test(line.canonical);
}
