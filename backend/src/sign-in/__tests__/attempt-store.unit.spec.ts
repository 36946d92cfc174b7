import { randomUUID } from "node:crypto"
import Redis from "ioredis"
import { MemoryAttemptStore, type AttemptStore } from "../attempt-store"
import { RedisAttemptStore } from "../redis-attempt-store"

// a database of its own and a prefix per run: the test deletes only its own keys, never the database
const REDIS_URL = process.env.OCP_TEST_REDIS_URL_AUTH ?? "redis://127.0.0.1:6379/13"
const WINDOW = 60_000

function contract(name: string, makeStore: () => AttemptStore) {
  describe(name, () => {
    let store: AttemptStore
    beforeEach(() => {
      store = makeStore()
    })

    it("lets `max` attempts through in a window, refuses the next until the oldest leaves it", async () => {
      const budgets = [{ key: "account:lea@example.test", max: 3 }]
      for (const at of [1_000, 2_000, 3_000]) expect(await store.take(budgets, randomUUID(), at, WINDOW)).toEqual({ allowed: true })
      expect(await store.take(budgets, randomUUID(), 4_000, WINDOW)).toEqual({ allowed: false, retryAt: 1_000 + WINDOW })
      // refused attempts are not counted: the first one leaving the window frees one place
      expect(await store.take(budgets, randomUUID(), 1_000 + WINDOW - 1, WINDOW)).toEqual({ allowed: false, retryAt: 1_000 + WINDOW })
      expect(await store.take(budgets, randomUUID(), 1_000 + WINDOW + 1, WINDOW)).toEqual({ allowed: true })
      expect(await store.take(budgets, randomUUID(), 1_000 + WINDOW + 2, WINDOW)).toEqual({ allowed: false, retryAt: 2_000 + WINDOW })
    })

    it("counts under every key or none: a full account does not use up the address's budget", async () => {
      const ip = { key: "ip:203.0.113.9", max: 3 }
      const full = { key: "account:full@example.test", max: 1 }
      expect(await store.take([ip, full], randomUUID(), 1_000, WINDOW)).toEqual({ allowed: true })
      for (let i = 0; i < 5; i++) expect((await store.take([ip, full], randomUUID(), 2_000 + i, WINDOW)).allowed).toBe(false)
      // the address has used one attempt of three, whatever the refusals
      expect(await store.take([ip, { key: "account:b@example.test", max: 5 }], randomUUID(), 3_000, WINDOW)).toEqual({ allowed: true })
      expect(await store.take([ip, { key: "account:c@example.test", max: 5 }], randomUUID(), 3_001, WINDOW)).toEqual({ allowed: true })
      expect(await store.take([ip, { key: "account:d@example.test", max: 5 }], randomUUID(), 3_002, WINDOW)).toEqual({ allowed: false, retryAt: 1_000 + WINDOW })
    })

    it("takes back an attempt that succeeded, from every key", async () => {
      const budgets = [
        { key: "ip:198.51.100.1", max: 2 },
        { key: "account:ok@example.test", max: 2 },
      ]
      const first = randomUUID()
      expect((await store.take(budgets, first, 1_000, WINDOW)).allowed).toBe(true)
      expect((await store.take(budgets, randomUUID(), 1_001, WINDOW)).allowed).toBe(true)
      expect((await store.take(budgets, randomUUID(), 1_002, WINDOW)).allowed).toBe(false)
      await store.giveBack(
        budgets.map((budget) => budget.key),
        first
      )
      expect((await store.take(budgets, randomUUID(), 1_003, WINDOW)).allowed).toBe(true)
    })

    it("holds the ceiling when attempts arrive together", async () => {
      const budgets = [{ key: "account:rush@example.test", max: 4 }]
      const results = await Promise.all(Array.from({ length: 20 }, () => store.take(budgets, randomUUID(), 5_000, WINDOW)))
      expect(results.filter((result) => result.allowed)).toHaveLength(4)
    })
  })
}

contract("memory attempt store", () => new MemoryAttemptStore())

describe("redis attempt store", () => {
  const redis = new Redis(REDIS_URL)
  const prefix = `ocp-test:${randomUUID()}:`
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length) await redis.del(...keys)
    await redis.quit()
  })

  let run = 0
  // a prefix per test, as each memory test gets a new store
  contract("shared through Redis", () => new RedisAttemptStore(redis, `${prefix}${++run}:`))

  it("keeps nothing longer than the window", async () => {
    const store = new RedisAttemptStore(redis, `${prefix}ttl:`)
    await store.take([{ key: "account:ttl@example.test", max: 3 }], randomUUID(), Date.now(), WINDOW)
    const ttl = await redis.pttl(`${prefix}ttl:account:ttl@example.test`)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(WINDOW)
  })
})
