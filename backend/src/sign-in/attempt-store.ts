/** One budget an attempt draws on: a client address or an account, with its ceiling. */
export type AttemptBudget = { key: string; max: number }

export type TakeResult = { allowed: true } | { allowed: false; retryAt: number }

/**
 * Sliding-window counters of sign-in attempts. `take` is all-or-nothing: the
 * attempt is counted under every key, or, when one key already holds its
 * `max` attempts within the window, under none, and the answer says when the
 * oldest attempt that blocks it leaves the window. Attempts that succeeded
 * are handed back, so the budgets count failures and attempts still running.
 */
export interface AttemptStore {
  take(budgets: AttemptBudget[], attemptId: string, now: number, windowMs: number): Promise<TakeResult>
  giveBack(keys: string[], attemptId: string): Promise<void>
}

type Attempt = { id: string; at: number }

/** A process's own counters: right for a single server process (`npm start`, tests). */
export class MemoryAttemptStore implements AttemptStore {
  private readonly attempts = new Map<string, Attempt[]>()
  private takesSinceSweep = 0

  async take(budgets: AttemptBudget[], attemptId: string, now: number, windowMs: number): Promise<TakeResult> {
    if (++this.takesSinceSweep >= 1000) this.sweep(now, windowMs)
    let retryAt = 0
    for (const { key, max } of budgets) {
      const recent = this.recent(key, now, windowMs)
      // the attempt that has to leave the window for one more to fit
      if (recent.length >= max) retryAt = Math.max(retryAt, recent[recent.length - max].at + windowMs)
    }
    if (retryAt > 0) return { allowed: false, retryAt }
    for (const { key } of budgets) this.recent(key, now, windowMs).push({ id: attemptId, at: now })
    return { allowed: true }
  }

  async giveBack(keys: string[], attemptId: string): Promise<void> {
    for (const key of keys) {
      const list = this.attempts.get(key)
      const index = list?.findIndex((attempt) => attempt.id === attemptId) ?? -1
      if (list && index >= 0) list.splice(index, 1)
    }
  }

  private recent(key: string, now: number, windowMs: number): Attempt[] {
    const list = (this.attempts.get(key) ?? []).filter((attempt) => attempt.at > now - windowMs)
    this.attempts.set(key, list)
    return list
  }

  /** Forgets keys with nothing left in the window, so a spray of made-up addresses does not pile up. */
  private sweep(now: number, windowMs: number): void {
    this.takesSinceSweep = 0
    for (const [key, list] of this.attempts) if (!list.some((attempt) => attempt.at > now - windowMs)) this.attempts.delete(key)
  }
}
