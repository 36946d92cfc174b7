/**
 * The ways the previous system's text went wrong: mis-decoded accents, names
 * typed carelessly, e-mail addresses that are not addresses.
 */

/** The characters Windows-1252 puts at bytes 0x80 to 0x9F; the five bytes it leaves undefined keep their own code point, as MySQL's latin1 does. */
const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: "\u20ac",
  0x82: "\u201a",
  0x83: "\u0192",
  0x84: "\u201e",
  0x85: "\u2026",
  0x86: "\u2020",
  0x87: "\u2021",
  0x88: "\u02c6",
  0x89: "\u2030",
  0x8a: "\u0160",
  0x8b: "\u2039",
  0x8c: "\u0152",
  0x8e: "\u017d",
  0x91: "\u2018",
  0x92: "\u2019",
  0x93: "\u201c",
  0x94: "\u201d",
  0x95: "\u2022",
  0x96: "\u2013",
  0x97: "\u2014",
  0x98: "\u02dc",
  0x99: "\u2122",
  0x9a: "\u0161",
  0x9b: "\u203a",
  0x9c: "\u0153",
  0x9e: "\u017e",
  0x9f: "\u0178",
}

/**
 * UTF-8 text read back as Windows-1252, the way a latin1 column shows text an
 * application wrote in UTF-8: "Léa" becomes "LÃ©a", "Cœur" becomes "CÅ“ur".
 */
export function windows1252Mojibake(text: string): string {
  return Array.from(Buffer.from(text, "utf8"), (byte) => WINDOWS_1252_HIGH[byte] ?? String.fromCharCode(byte)).join("")
}

function swapCase(text: string): string {
  return Array.from(text, (letter) => (letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase())).join("")
}

/** The number of ways `untidyName` spoils a name. */
export const UNTIDY_NAME_VARIANTS = 4

/** A name with stray spaces and the wrong case: "  dUPONT ", "jean  ", " MARIE", "mARIE ". */
export function untidyName(name: string, variant: number): string {
  switch (variant % UNTIDY_NAME_VARIANTS) {
    case 0:
      return `  ${swapCase(name)} `
    case 1:
      return `${name.toLowerCase()}  `
    case 2:
      return ` ${name.toUpperCase()}`
    default:
      return `${name.slice(0, 1).toLowerCase()}${name.slice(1).toUpperCase()} `
  }
}

/** The number of ways `malformedEmail` spoils an address. */
export const MALFORMED_EMAIL_VARIANTS = 6

/** Something typed in the e-mail field that is not an address, from the client's local part ("jean.dupont"). */
export function malformedEmail(localPart: string, variant: number): string {
  const [first, ...rest] = localPart.split(".")
  const last = rest.join(".") || first
  switch (variant % MALFORMED_EMAIL_VARIANTS) {
    case 0:
      return `${localPart}@`
    case 1:
      return `${localPart} at example.fr`
    case 2:
      return `${first}..${last}@example`
    case 3:
      return `${localPart}@example,fr`
    case 4:
      return `${localPart}example.fr`
    default:
      return `${localPart}@@example.fr`
  }
}

/** The same address typed again with capitals and stray spaces: " Marie.Durand@Example.fr ". */
export function untidyEmail(mail: string): string {
  const [localPart, domain] = mail.split("@")
  const capitalized = localPart
    .split(".")
    .map((part) => part.slice(0, 1).toUpperCase() + part.slice(1))
    .join(".")
  return ` ${capitalized}@${domain.slice(0, 1).toUpperCase()}${domain.slice(1)} `
}
