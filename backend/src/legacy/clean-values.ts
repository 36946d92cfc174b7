/**
 * How the previous system's values become ours: pure functions, one rule
 * each (their unit test is ./__tests__/clean-values.unit.spec.ts).
 */

/** Windows-1252's characters for the bytes 0x80–0x9F (where it differs from latin1). */
const CP1252_HIGH: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
}
/** A character that stands for a UTF-8 continuation byte (0x80–0xBF) once read as Windows-1252. */
const CONTINUATION = "[\\u00a0-\\u00bf\\u0081\\u008d\\u008f\\u0090\\u009d€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
/** A UTF-8 sequence of two, three or four bytes read as Windows-1252 ("Ã©" for "é", "Å“" for "œ", "â€™" for "’"). */
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`, "g")
const utf8 = new TextDecoder("utf-8", { fatal: true })

/**
 * Text written as UTF-8 by one program and stored as latin1 by the database
 * ("LÃ©a" for "Léa", "CÅ“ur" for "Cœur") read back as what was meant, one
 * sequence at a time, so that the rest of the text (a real "’", a real "Ã")
 * is left exactly as it is.
 */
export function repairMojibake(text: string): string {
  return text.replace(MOJIBAKE, (sequence) => {
    const bytes = [...sequence].map((char) => {
      const code = char.codePointAt(0)!
      return code <= 0xff ? code : CP1252_HIGH[char]
    })
    try {
      return utf8.decode(new Uint8Array(bytes))
    } catch {
      // not a UTF-8 sequence after all: the characters as written
      return sequence
    }
  })
}

/** One space between words, none around; encoding repaired. Empty is null. */
export function tidyText(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null
  const tidy = repairMojibake(text).replace(/\s+/g, " ").trim()
  return tidy || null
}

/** A person's name as people write it: "  dUPONT " → "Dupont", "jean-marie" → "Jean-Marie", "le goff" → "Le Goff". */
export function tidyName(name: string | null | undefined): string | null {
  const tidy = tidyText(name)
  if (!tidy) return null
  return tidy.toLocaleLowerCase("fr-FR").replace(/(^|[\s\-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase("fr-FR"))
}

/** The address a customer signs in with: trimmed, lower-cased. */
export function normalizeLegacyEmail(mail: string | null | undefined): string {
  return (mail ?? "").trim().toLowerCase()
}

/** A deliverable-looking address: one @, a local part and a dotted domain, no spaces, no "..". */
export function isValidEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email) && !email.includes("..") && email.length <= 254
}

/** A postcode stored as an integer (1000) back to its five digits ("01000"); null when it cannot be one. */
export function padPostcode(code: number | string | null | undefined): string | null {
  if (code === null || code === undefined || code === "") return null
  const digits = String(code).trim()
  if (!/^\d{1,5}$/.test(digits) || Number(digits) < 1000) return null
  return digits.padStart(5, "0")
}

/** Kilograms as written in the old system (NUMERIC, read as text) to whole grams, rounding the thousandth's float error away. */
export function gramsOfKilograms(kilograms: string | number): number {
  return Math.round(Number(kilograms) * 1000)
}

/** Euros as written (NUMERIC text) to a number of euros with cents. */
export function euros(amount: string | number): number {
  return Math.round(Number(amount) * 100) / 100
}

/** A URL-safe name: "OC Pizza Saint-Leu" → "oc-pizza-saint-leu", "Chèvre-Miel" → "chevre-miel". */
export function slugOf(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}
