/**
 * A bounded memo for lookups asked with the same short text again and again (type words, names,
 * keys). Texts are usually slices of a document: a slice kept as a key would keep the whole
 * document alive, so the key (and an answer that is a string) is stored as a copy of its own.
 * Cleared when full.
 */
export function memoizeText<V>(
  compute: (text: string) => V,
  { size = 50_000, maxLength = 256 } = {},
): (text: string) => V {
  const known = new Map<string, V>();
  return (text) => {
    if (text.length > maxLength) return compute(text);
    const hit = known.get(text);
    // one lookup for a hit; an answer that is undefined is told from a miss by a second one
    if (hit !== undefined || known.has(text)) return hit as V;
    if (known.size >= size) known.clear();
    const computed = compute(text);
    // an answer may be the text itself or a slice of it ("quyết định" folds to itself)
    const value = (typeof computed === 'string' ? ownCopy(computed) : computed) as V;
    known.set(ownCopy(text), value);
    return value;
  };
}

/**
 * A string that shares no storage with the one it was sliced from: slicing a concatenation
 * flattens it into a new string first, so the result holds that copy, not the document.
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
