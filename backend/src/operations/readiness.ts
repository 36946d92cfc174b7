import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"

export type Check = { ok: boolean; ms: number; error?: string }
export type Readiness = { ready: boolean; checks: { database: Check; redis: Check | null } }

const TIMEOUT_MS = 2_000

/** Runs `probe` within the time a load balancer waits, as a check. */
async function check(probe: () => Promise<unknown>): Promise<Check> {
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([probe(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)))])
    return { ok: true, ms: Date.now() - started }
  } catch (error) {
    return { ok: false, ms: Date.now() - started, error: error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimeout(timer)
  }
}

const redisClients = new Map<string, Redis>()

/** One connection kept for the checks, never queuing commands while Redis is away. */
function redisFor(url: string): Redis {
  let client = redisClients.get(url)
  if (!client) {
    client = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: TIMEOUT_MS })
    // a refused connection is the check's answer, not a crash
    client.on("error", () => undefined)
    redisClients.set(url, client)
  }
  return client
}

/**
 * Whether this process can serve: the database answers, and Redis does when
 * the configuration uses it (events, workflows, locks and cache go through it).
 */
export async function readiness(container: MedusaContainer, redisUrl: string | undefined): Promise<Readiness> {
  const database = await check(() => container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("select 1"))
  const redis = redisUrl
    ? await check(async () => {
        const client = redisFor(redisUrl)
        if (client.status === "wait" || client.status === "end") await client.connect()
        await client.ping()
      })
    : null
  return { ready: database.ok && (redis?.ok ?? true), checks: { database, redis } }
}
