import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError } from "../errors/domain-error"

/** C0 controls and DEL: never part of an id, a filter or a URL. */
// eslint-disable-next-line no-control-regex -- matching control characters is this file's job
const ANY_CONTROL = /[\u0000-\u001f\u007f]/
/** In body text, a note or an address may keep its tabs and line breaks. */
// eslint-disable-next-line no-control-regex -- matching control characters is this file's job
const CONTROL_BUT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
/** Deeper than any body or query our routes take; Medusa's own parsers stop before. */
export const MAX_DEPTH = 32

const refused = (where: string) =>
  new DomainError(400, "invalid_characters", `The request's ${where} contains a control character (such as a NUL byte): remove it and send the request again.`)

/** True when a string, key or nested value (up to MAX_DEPTH levels) matches `control`; deeper values count as bad. */
export function hasControlCharacter(value: unknown, control: RegExp, depth = 0): boolean {
  if (typeof value === "string") return control.test(value)
  if (typeof value !== "object" || value === null) return false
  if (depth >= MAX_DEPTH) return true
  if (Array.isArray(value)) return value.some((item) => hasControlCharacter(item, control, depth + 1))
  return Object.entries(value).some(([key, item]) => control.test(key) || hasControlCharacter(item, control, depth + 1))
}

/**
 * Refuses, on every route, a path, a query or a JSON body carrying control
 * characters: PostgreSQL cannot store or compare a NUL byte and answered a
 * 500; the others have no business in ids, filters or names. Tabs and line
 * breaks stay allowed in body text.
 */
export function refuseControlCharacters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  const rawPath = req.originalUrl.split("?")[0]
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    throw new DomainError(400, "invalid_characters", {
      fr: "L'adresse demandée contient des caractères mal encodés.",
      en: "The request's path is not valid percent-encoded UTF-8.",
    })
  }
  if (ANY_CONTROL.test(path)) throw refused("path")
  if (hasControlCharacter(req.query, ANY_CONTROL)) throw refused("query")
  if (hasControlCharacter(req.body, CONTROL_BUT_WHITESPACE)) throw refused("body")
  next()
}
