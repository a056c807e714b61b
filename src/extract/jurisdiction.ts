/** The province a document belongs to: named in its issuer ("… tỉnh Bình Phước"), else its place line. */
import type { Issuer, Place } from '../model/schema.js';
import { canonicalTones } from '../grammar/tones.js';
import { LOCALITY_MENTION, localityByName } from './issuer-patterns.js';

export function jurisdictionOf(issuer: Issuer | null, place: Place | null): string | null {
  if (issuer) {
    LOCALITY_MENTION.lastIndex = 0;
    const named = LOCALITY_MENTION.exec(canonicalTones(issuer.name));
    if (named) return localityByName(named.groups!.name!)?.id ?? null;
  }
  return place ? (localityByName(place.name)?.id ?? null) : null;
}
