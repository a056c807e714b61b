/** The shape every grammar file in grammars/ shares: entries that carry their own examples. */
import { z } from 'zod';

export const GrammarEntryBase = z.object({
  id: z.string().min(1),
  examples: z.array(z.string()).min(1),
  counterExamples: z.array(z.string()),
  note: z.string().optional(),
});

export function grammarFileSchema<T extends z.ZodTypeAny>(entry: T) {
  return z.object({
    $schema: z.string().optional(),
    description: z.string(),
    entries: z.array(entry).min(1),
  });
}

/** Validate a grammar file at load time; a broken grammar is a programming error, so it throws. */
export function loadGrammar<T extends z.ZodTypeAny>(name: string, entry: T, data: unknown): Array<z.infer<T>> {
  const parsed = grammarFileSchema(entry).safeParse(data);
  if (!parsed.success) throw new Error(`grammars/${name}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.entries as Array<z.infer<T>>;
}
