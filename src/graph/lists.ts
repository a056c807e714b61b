/** Lists of a node (its sources, its aliases) that grow as an archive streams in. */

/** Sets that answer "already listed?" for long lists, so appending stays linear. */
const LIST_INDEX = new WeakMap<string[], Set<string>>();

/** Append the items `list` lacks, in order. */
export function addNew(list: string[], items: readonly string[]): void {
  if (items.length === 0) return;
  let index = LIST_INDEX.get(list);
  if (!index && list.length + items.length > 8) LIST_INDEX.set(list, (index = new Set(list)));
  for (const item of items) {
    if (index ? index.has(item) : list.includes(item)) continue;
    list.push(item);
    index?.add(item);
  }
}
