import commonPasswords from "./common-passwords.json"

export const MIN_PASSWORD_LENGTH = 10

/** Why a password is refused, for clients that say more than "weak". */
export type PasswordWeakness = "too_short" | "common" | "same_as_email"

// origin and licence of the list: common-passwords.json and common-passwords.LICENSE.txt beside this file
const COMMON = new Set(commonPasswords.passwords)

/**
 * The server's password rule for customers and staff: at least 10
 * characters (counted as a person counts them), not one of the common
 * passwords attackers try first, not the account's own e-mail. Case does not
 * make a common password rarer.
 */
export function passwordWeakness(password: string, email?: string): PasswordWeakness | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return "too_short"
  const lowered = password.toLowerCase()
  if (COMMON.has(lowered)) return "common"
  if (email && (lowered === email.trim().toLowerCase() || lowered === email.trim().toLowerCase().split("@")[0])) return "same_as_email"
  return null
}

export const WEAKNESS_MESSAGES: Record<PasswordWeakness, string> = {
  too_short: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
  common: "This password is among the most common ones, which attackers try first: choose another.",
  same_as_email: "The password must not be your e-mail address: choose another.",
}
