import { MedusaError } from "@medusajs/framework/utils"

export type AttemptLimits = {
  /** Attempts per account (the e-mail, lowercased) and client address not known to have succeeded, per window; reset requests per account. `OCP_AUTH_RATE_ACCOUNT`, default 10. */
  account: number
  /** Attempts per account from every address together, per window: guesses spread over many addresses. `OCP_AUTH_RATE_ACCOUNT_ALL`, default 100. */
  accountEverywhere: number
  /** Attempts per client address not known to have succeeded, per window. `OCP_AUTH_RATE_IP`, default 50. */
  ip: number
  /** The sliding window, in seconds. `OCP_AUTH_RATE_WINDOW_SECONDS`, default 900 (15 minutes). */
  windowSeconds: number
}

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = { account: 10, accountEverywhere: 100, ip: 50, windowSeconds: 900 }

/** The limits in force, read on each attempt so that an operator's change needs only a restart and tests can lower them. */
export function readAttemptLimits(env: NodeJS.ProcessEnv = process.env): AttemptLimits {
  return {
    account: positive(env.OCP_AUTH_RATE_ACCOUNT, "OCP_AUTH_RATE_ACCOUNT", DEFAULT_ATTEMPT_LIMITS.account),
    accountEverywhere: positive(env.OCP_AUTH_RATE_ACCOUNT_ALL, "OCP_AUTH_RATE_ACCOUNT_ALL", DEFAULT_ATTEMPT_LIMITS.accountEverywhere),
    ip: positive(env.OCP_AUTH_RATE_IP, "OCP_AUTH_RATE_IP", DEFAULT_ATTEMPT_LIMITS.ip),
    windowSeconds: positive(env.OCP_AUTH_RATE_WINDOW_SECONDS, "OCP_AUTH_RATE_WINDOW_SECONDS", DEFAULT_ATTEMPT_LIMITS.windowSeconds),
  }
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 1) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${name} must be a whole number above 0, not "${value}".`)
  return parsed
}
