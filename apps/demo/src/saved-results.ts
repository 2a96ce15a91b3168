/** A small least-recently-used map of the last good answers, with when each was saved. */
export class SavedResults<T> {
  readonly #entries = new Map<string, { value: T; savedAt: number }>();

  constructor(
    private readonly capacity: number,
    private readonly now: () => number = Date.now,
  ) {}

  set(key: string, value: T): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, savedAt: this.now() });
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }

  get(key: string): { value: T; savedAt: number } | undefined {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
    }
    return hit;
  }
}
