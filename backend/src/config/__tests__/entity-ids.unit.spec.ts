import { generateEntityId } from "@medusajs/framework/utils"
import crypto from "node:crypto"
import { useFastEntityIds } from "../entity-ids"

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{26}$/

describe("entity ids", () => {
  beforeAll(() => useFastEntityIds())

  it("are Medusa's prefixed ULIDs, made without a call to the random source per character", () => {
    const randomBytes = jest.spyOn(crypto, "randomBytes")
    const randomFillSync = jest.spyOn(crypto, "randomFillSync")
    const before = Date.now()
    const ids = Array.from({ length: 1_000 }, () => generateEntityId(undefined, "order"))
    // the package's own source calls randomBytes(1) 16 times an id: 16,000 here
    expect(randomBytes).not.toHaveBeenCalled()
    expect(randomFillSync.mock.calls.length).toBeLessThanOrEqual(Math.ceil((1_000 * 16) / 4096) + 1)
    randomBytes.mockRestore()
    randomFillSync.mockRestore()

    for (const id of ids) {
      expect(id.startsWith("order_")).toBe(true)
      expect(id.slice("order_".length)).toMatch(CROCKFORD)
    }
    // the first ten characters are the time, as in any ULID: ids sort by when they were made
    const decodeTime = (id: string) => [...id.slice(6, 16)].reduce((time, char) => time * 32 + "0123456789ABCDEFGHJKMNPQRSTVWXYZ".indexOf(char), 0)
    expect(decodeTime(ids[0])).toBeGreaterThanOrEqual(before)
    expect(decodeTime(ids[0])).toBeLessThanOrEqual(Date.now())
  })

  it("never repeat, and use every character of the alphabet evenly", () => {
    const ids = Array.from({ length: 50_000 }, () => generateEntityId(undefined, "x").slice(2 + 10))
    expect(new Set(ids).size).toBe(ids.length)
    const seen = new Map<string, number>()
    for (const id of ids) for (const char of id) seen.set(char, (seen.get(char) ?? 0) + 1)
    expect(seen.size).toBe(32)
    const expected = (ids.length * 16) / 32
    for (const count of seen.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.1)
  })
})
