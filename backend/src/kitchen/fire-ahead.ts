import { isProduction } from "../config/settings"
import { DomainError } from "../errors/domain-error"

/** How far ahead of the server's clock a fire time may be asked in production: none beyond a minute's skew. */
const SKEW_MS = 60_000

/**
 * The instant "fire what is due" runs as of. Outside production (the demo,
 * the tests) any instant: a browser test moves the kitchen's clock to a
 * booked order's fire time through the API instead of waiting until
 * tomorrow evening. In production the clock is the server's: a later
 * instant would send tomorrow's orders to the kitchen tonight (403
 * `clock_is_real`; a pizzaiolo brings one order forward with its own button).
 */
export function fireInstant(asked: string | undefined, env: NodeJS.ProcessEnv = process.env, now = new Date()): Date {
  if (asked === undefined) return now
  const at = new Date(asked)
  if (isProduction(env) && at.getTime() > now.getTime() + SKEW_MS) {
    throw new DomainError(403, "clock_is_real", "In production the kitchen fires orders on the server's clock: a later time is only for the demo and the tests.", {
      at: at.toISOString(),
      now: now.toISOString(),
    })
  }
  return at
}
