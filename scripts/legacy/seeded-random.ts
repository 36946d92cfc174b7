/**
 * A seeded pseudo-random sequence (mulberry32): the same seed gives the same
 * numbers on every machine and every run, so generated data can be rebuilt
 * byte for byte.
 */
export class SeededRandom {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /**
   * An independent sequence for one part of the data, so that the number of
   * rows of one part does not shift the values drawn for another.
   */
  static forPart(seed: number, part: string): SeededRandom {
    // FNV-1a over the part's name, mixed with the seed
    let hash = 0x811c9dc5 ^ (seed >>> 0)
    for (let index = 0; index < part.length; index++) {
      hash = Math.imul(hash ^ part.charCodeAt(index), 0x01000193)
    }
    return new SeededRandom(hash)
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let value = this.state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Cannot pick from an empty list")
    return items[Math.floor(this.next() * items.length)]
  }

  /** One of the items, each drawn in proportion to its weight. */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weightOf(item), 0)
    let drawn = this.next() * total
    for (const item of items) {
      drawn -= weightOf(item)
      if (drawn < 0) return item
    }
    return items[items.length - 1]
  }

  /** `count` distinct items, each drawn in proportion to its weight among those left. */
  weightedDistinct<T>(items: readonly T[], count: number, weightOf: (item: T) => number): T[] {
    const left = [...items]
    const drawn: T[] = []
    while (drawn.length < count && left.length > 0) {
      const item = this.weighted(left, weightOf)
      drawn.push(item)
      left.splice(left.indexOf(item), 1)
    }
    return drawn
  }
}
