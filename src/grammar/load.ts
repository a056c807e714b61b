/**
 * The one way code reads a grammar: `load('deadlines')` is the data of grammars/deadlines.json.
 * Every file of grammars/ is listed here once; the grammar-format test checks that the list and
 * the folder agree and that each file is valid against its schema (grammar-schema.ts). Nothing is
 * validated here: the files ship with the package, and validating them on every import cost
 * more than the rest of the import (see grammar-schema.ts).
 */
import agencies from '../../grammars/agencies.json' with { type: 'json' };
import bodies from '../../grammars/bodies.json' with { type: 'json' };
import citations from '../../grammars/citations.json' with { type: 'json' };
import deadlines from '../../grammars/deadlines.json' with { type: 'json' };
import documentTypes from '../../grammars/document-types.json' with { type: 'json' };
import effective from '../../grammars/effective.json' with { type: 'json' };
import header from '../../grammars/header.json' with { type: 'json' };
import issuerCodes from '../../grammars/issuer-codes.json' with { type: 'json' };
import issuer from '../../grammars/issuer.json' with { type: 'json' };
import lawNames from '../../grammars/law-names.json' with { type: 'json' };
import laws from '../../grammars/laws.json' with { type: 'json' };
import legacyEncodings from '../../grammars/legacy-encodings.json' with { type: 'json' };
import localities from '../../grammars/localities.json' with { type: 'json' };
import misreadings from '../../grammars/misreadings.json' with { type: 'json' };
import names from '../../grammars/names.json' with { type: 'json' };
import noise from '../../grammars/noise.json' with { type: 'json' };
import outline from '../../grammars/outline.json' with { type: 'json' };
import publicBodies from '../../grammars/public-bodies.json' with { type: 'json' };
import relationVerbs from '../../grammars/relation-verbs.json' with { type: 'json' };
import relations from '../../grammars/relations.json' with { type: 'json' };
import signature from '../../grammars/signature.json' with { type: 'json' };
import tables from '../../grammars/tables.json' with { type: 'json' };
import targets from '../../grammars/targets.json' with { type: 'json' };
import type { GrammarData, GrammarName } from './grammar-schema.js';

export type { GrammarData, GrammarName } from './grammar-schema.js';

/** Every grammar file by name: a file of grammars/ missing here fails the grammar-format test. */
const GRAMMARS: Readonly<Record<GrammarName, unknown>> = {
  agencies,
  bodies,
  citations,
  deadlines,
  'document-types': documentTypes,
  effective,
  header,
  'issuer-codes': issuerCodes,
  issuer,
  'law-names': lawNames,
  laws,
  'legacy-encodings': legacyEncodings,
  localities,
  misreadings,
  names,
  noise,
  outline,
  'public-bodies': publicBodies,
  'relation-verbs': relationVerbs,
  relations,
  signature,
  tables,
  targets,
};

/** The data of grammars/<name>.json (validated by the grammar-format test, not here). */
export function load<N extends GrammarName>(name: N): GrammarData[N] {
  return GRAMMARS[name] as GrammarData[N];
}

/** The names of the grammar files the loader knows. */
export function grammarNames(): GrammarName[] {
  return Object.keys(GRAMMARS) as GrammarName[];
}

/** An entry of a grammar by id; a missing one is a programming error, so it throws. */
export function entryById<E extends { id: string }>(name: GrammarName, entries: readonly E[], id: string): E {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`grammars/${name}.json: missing entry "${id}"`);
  return entry;
}
