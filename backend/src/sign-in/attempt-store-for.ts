import Redis from "ioredis"
import { MemoryAttemptStore, type AttemptStore } from "./attempt-store"
import { RedisAttemptStore } from "./redis-attempt-store"

let memory: MemoryAttemptStore | undefined
const shared = new Map<string, RedisAttemptStore>()

/**
 * Redis when the application has one (every server process then shares the
 * counters), this process's memory otherwise. One store per Redis address and
 * prefix for the life of the process.
 */
export function attemptStoreFor(redisUrl: string | undefined, redisPrefix = ""): AttemptStore {
  if (!redisUrl) return (memory ??= new MemoryAttemptStore())
  const id = `${redisPrefix}\n${redisUrl}`
  let store = shared.get(id)
  if (!store) {
    store = new RedisAttemptStore(new Redis(redisUrl, { lazyConnect: true }), `${redisPrefix}ocp:auth-attempts:`)
    shared.set(id, store)
  }
  return store
}
