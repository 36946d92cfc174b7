import type Redis from "ioredis"
import type { AttemptBudget, AttemptStore, TakeResult } from "./attempt-store"

/**
 * One sorted set per key (member: attempt id, score: time in ms). The script
 * trims each window, refuses when one key is full (answering when its
 * blocking attempt expires), else counts the attempt under every key: one
 * atomic step, so concurrent guesses cannot slip past the ceiling together.
 */
const TAKE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local id = ARGV[3]
local retry_at = 0
for i, key in ipairs(KEYS) do
  local max = tonumber(ARGV[3 + i])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local count = redis.call('ZCARD', key)
  if count >= max then
    local blocking = redis.call('ZRANGE', key, count - max, count - max, 'WITHSCORES')
    retry_at = math.max(retry_at, tonumber(blocking[2]) + window)
  end
end
if retry_at > 0 then return retry_at end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, id)
  redis.call('PEXPIRE', key, window)
end
return 0
`

/** Counters shared by every server process through Redis (when `REDIS_URL` is set). */
export class RedisAttemptStore implements AttemptStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string
  ) {}

  async take(budgets: AttemptBudget[], attemptId: string, now: number, windowMs: number): Promise<TakeResult> {
    const keys = budgets.map((budget) => this.prefix + budget.key)
    const retryAt = Number(await this.redis.eval(TAKE, keys.length, ...keys, now, windowMs, attemptId, ...budgets.map((budget) => budget.max)))
    return retryAt > 0 ? { allowed: false, retryAt } : { allowed: true }
  }

  async giveBack(keys: string[], attemptId: string): Promise<void> {
    if (keys.length === 0) return
    const multi = this.redis.multi()
    for (const key of keys) multi.zrem(this.prefix + key, attemptId)
    await multi.exec()
  }
}
