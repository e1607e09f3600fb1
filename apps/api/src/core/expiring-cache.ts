type Entry<V> = { value: V; until: number };

/**
 * A bounded in-memory map whose entries expire, for facts that are read on every request and change
 * rarely (sessions, memberships). Fills are guarded: a value loaded before an invalidation is not
 * stored after it, so a read racing a change cannot bring the old value back.
 */
export class ExpiringCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > performance.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** The cached value, or `load`'s; what `load` finds is kept only when `keep` says so. */
  async through(key: K, load: () => Promise<V | null>, keep: (value: V) => boolean = () => true): Promise<V | null> {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const generation = this.generation;
    const value = await load();
    if (value !== null && keep(value) && generation === this.generation) this.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: the oldest entry goes first.
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, until: performance.now() + this.ttlMs });
  }

  /** Forgets every entry that matches, and whatever is being loaded right now. */
  forget(matches: (value: V, key: K) => boolean): void {
    this.generation++;
    for (const [key, entry] of this.entries) if (matches(entry.value, key)) this.entries.delete(key);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
