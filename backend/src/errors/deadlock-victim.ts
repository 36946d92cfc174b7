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

/**
 * Runs `attempt` again (up to `attempts` times in all) while PostgreSQL picks
 * it as a deadlock's victim, after a short random pause that grows with each
 * try: victims that ran again at once met each other again (seen in the
 * Friday-rush bench, bench/rush.ts, with three pizzerias' kitchens and
 * checkouts sharing ingredients).
 */
export async function runAgainIfDeadlockVictim<T>(attempt: () => Promise<T>, failed: (outcome: T) => unknown = () => undefined, attempts = 4): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      const outcome = await attempt()
      if (!isDeadlockVictim(failed(outcome)) || tried >= attempts) return outcome
    } catch (error) {
      if (!isDeadlockVictim(error) || tried >= attempts) throw error
    }
    await new Promise((resolve) => setTimeout(resolve, tried * (20 + Math.random() * 80)))
  }
}
