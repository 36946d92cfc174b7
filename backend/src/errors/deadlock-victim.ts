/**
 * PostgreSQL broke a deadlock by failing this transaction (SQLSTATE 40P01).
 * Medusa's inventory steps take one advisory lock per inventory item, in the
 * order of the cart's lines: two checkouts (or a checkout and the kitchen's
 * "ready") at different pizzerias sharing ingredients can wait on each other,
 * and one of them is chosen to fail. Its workflow has been compensated, so
 * running it again is safe, and the other one has gone through by then.
 */
export function isDeadlockVictim(error: unknown): boolean {
  const { code, message, name } = (error ?? {}) as { code?: unknown; message?: unknown; name?: unknown }
  return code === "40P01" || name === "DeadlockException" || (typeof message === "string" && message.includes("deadlock detected"))
}

/** Runs `attempt` again (up to `attempts` times in all) while PostgreSQL picks it as a deadlock's victim. */
export async function runAgainIfDeadlockVictim<T>(attempt: () => Promise<T>, failed: (outcome: T) => unknown = () => undefined, attempts = 3): Promise<T> {
  for (let left = attempts; ; left--) {
    try {
      const outcome = await attempt()
      if (left > 1 && isDeadlockVictim(failed(outcome))) continue
      return outcome
    } catch (error) {
      if (left > 1 && isDeadlockVictim(error)) continue
      throw error
    }
  }
}
