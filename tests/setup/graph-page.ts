/** The graph page's script is generated (scripts/graph-page-bundle.ts): make it before any test imports toHTML. */
import { writeGraphPageBundle } from '../../scripts/graph-page-bundle.js';

export default async function setup(): Promise<void> {
  await writeGraphPageBundle();
}
