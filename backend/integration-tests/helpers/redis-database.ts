import { randomUUID } from "node:crypto"
import Redis from "ioredis"

/** The Redis server of the tests (README, "npm test"); the database number is chosen here. */
export const TEST_REDIS_SERVER = process.env.OCP_TEST_REDIS_URL ?? "redis://127.0.0.1:6379"

const CLAIM_KEY = "ocp-test:claimed-by"
/**
 * Database 0 is every Redis client's default (the README's REDIS_URL, a
 * developer's own data); 13 is the sign-in attempt store's unit test
 * (src/sign-in/__tests__/attempt-store.unit.spec.ts).
 */
const NEVER = new Set([0, 13])

export type ClaimedRedisDatabase = {
  /** REDIS_URL for the processes of this test: the claimed database. */
  url: string
  /** Empties the database (everything in it is this test's: it was empty when claimed) and gives it back. */
  release: () => Promise<void>
}

/**
 * A Redis database of this test's own: the first database that holds no key
 * at all, marked with a claim key. Jobs or locks left by another run or
 * another test cannot reach this test's worker, and emptying it afterwards
 * deletes nothing that was not this test's.
 */
export async function claimEmptyRedisDatabase(): Promise<ClaimedRedisDatabase> {
  const server = new URL(TEST_REDIS_SERVER)
  const owner = randomUUID()
  const client = new Redis(TEST_REDIS_SERVER, { lazyConnect: true, maxRetriesPerRequest: 1 })
  await client.connect()
  try {
    const databases = Number(((await client.config("GET", "databases")) as string[])[1] ?? 16)
    for (let db = 0; db < databases; db++) {
      if (NEVER.has(db)) continue
      await client.select(db)
      if ((await client.dbsize()) !== 0) continue
      // NX and a count of one: nobody else claimed or wrote it between the two checks
      if ((await client.set(CLAIM_KEY, owner, "NX")) !== "OK" || (await client.dbsize()) !== 1) continue
      server.pathname = `/${db}`
      const url = server.toString()
      return {
        url,
        release: async () => {
          const releasing = new Redis(url, { maxRetriesPerRequest: 1 })
          try {
            const holder = await releasing.get(CLAIM_KEY)
            if (holder !== owner) throw new Error(`Redis database ${db} is no longer this test's (claimed by ${holder}): left as it is`)
            await releasing.flushdb()
          } finally {
            releasing.disconnect()
          }
        },
      }
    }
    throw new Error(`no empty Redis database on ${TEST_REDIS_SERVER} (databases 1-${databases - 1} all hold keys): this test only uses a database nobody else does`)
  } finally {
    client.disconnect()
  }
}
