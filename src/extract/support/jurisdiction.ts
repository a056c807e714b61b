/** The province a document belongs to: named in its issuer ("… tỉnh Bình Phước"), else its place line. */
import type { Issuer, Place } from '../../model/schema.js';
import { canonicalTones } from '../../grammar/tones.js';
import { LOCALITY_MENTION, localityByName } from '../../grammar/localities.js';

export function jurisdictionOf(issuer: Issuer | null, place: Place | null): string | null {
  if (issuer) {
    LOCALITY_MENTION.lastIndex = 0;
    const named = LOCALITY_MENTION.exec(canonicalTones(issuer.name));
    // the pattern is global and shared: a matchAll over it (issuer.ts) starts at its lastIndex,
    // so leaving it past this match made the next document's parse skip part of its text
    LOCALITY_MENTION.lastIndex = 0;
    if (named) return localityByName(named.groups!.name!)?.id ?? null;
  }
  return place ? (localityByName(place.name)?.id ?? null) : null;
}
