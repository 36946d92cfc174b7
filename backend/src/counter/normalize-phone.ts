/**
 * A French phone number as customers say it ("06 12 34 56 78",
 * "+33 6 12 34 56 78", "0033612345678") in one form, +33612345678, so the
 * counter finds a customer however the number was typed. Other countries'
 * numbers keep their + and digits. Undefined when it is not a phone number.
 */
export function normalizePhone(raw: string): string | undefined {
  const digits = raw.replace(/[\s.\-()]/g, "")
  if (!/^\+?\d{6,15}$/.test(digits)) return undefined
  if (digits.startsWith("+")) return digits
  if (digits.startsWith("00")) return `+${digits.slice(2)}`
  if (digits.startsWith("0") && digits.length === 10) return `+33${digits.slice(1)}`
  return undefined
}
