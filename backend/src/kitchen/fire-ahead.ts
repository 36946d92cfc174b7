import { isProduction } from "../config/settings"
import { DomainError } from "../errors/domain-error"

/** How far ahead of the server's clock a fire time may be asked in production: none beyond a minute's skew. */
const SKEW_MS = 60_000

/** Where the clock may move: the demo and a developer's or a test's process, named as such; anything else is production's clock. */
const MOVABLE_CLOCK = new Set(["development", "test", "demo"])

/**
 * The instant "fire what is due" runs as of. In the demo and the tests
 * (NODE_ENV development, test or demo) any instant: a browser test moves the kitchen's clock to a
 * booked order's fire time through the API instead of waiting until
 * tomorrow evening. Anywhere else the clock is the server's: a later
 * instant would send tomorrow's orders to the kitchen tonight (403
 * `clock_is_real`; a pizzaiolo brings one order forward with its own button).
 */
export function fireInstant(asked: string | undefined, env: NodeJS.ProcessEnv = process.env, now = new Date()): Date {
  if (asked === undefined) return now
  const at = new Date(asked)
  const movable = MOVABLE_CLOCK.has(env.NODE_ENV ?? "") && !isProduction(env)
  if (!movable && at.getTime() > now.getTime() + SKEW_MS) {
    throw new DomainError(403, "clock_is_real", "In production the kitchen fires orders on the server's clock: a later time is only for the demo and the tests.", {
      at: at.toISOString(),
      now: now.toISOString(),
    })
  }
  return at
}
