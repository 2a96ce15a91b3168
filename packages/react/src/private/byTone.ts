import { tones, type Tone } from '@errata/tokens';

/** A value per tone: the input `styleVariants` takes for tone-keyed classes. */
export function byTone<T>(make: (tone: Tone) => T): Record<Tone, T> {
  return Object.fromEntries(tones.map((tone) => [tone, make(tone)])) as Record<Tone, T>;
}
