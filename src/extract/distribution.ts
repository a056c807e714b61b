/** "Nơi nhận:" — the distribution list, one item per "- …;" (signature lines interleaved are skipped). */
import type { NamedSpan } from '../model/schema.js';
import { HEADER } from '../layout/header-patterns.js';
import type { Line } from '../layout/lines.js';
import type { ExtractContext, Extracted } from './support/context.js';
import { listItems } from './support/list-items.js';

export function extractDistribution({ layout }: ExtractContext): Extracted<NamedSpan[]> {
  const label = layout.distributionLabel;
  if (!label) return { value: [], diagnostics: [] };
  return { value: listItems(layout.lines, label, HEADER.distributionLabel, endsList), diagnostics: [] };
}

/** The list ends at a line that is neither an item nor a capitals line of the signature column. */
function endsList(line: Line): boolean {
  return !HEADER.listItem.test(line.canonical) && !line.caps;
}
