/**
 * What a request asks through `fields=`, read the way Medusa reads it
 * (framework `http/utils/field-filtering/field-parser.js`), and which of it a
 * route's allow-list refuses. Pure: the guard supplies the relation names.
 */

/** Query keys through which Medusa or a route could widen what is returned. */
const SELECTING_KEYS = new Set(["fields", "expand"])

/** Plain fields that still reach stock (computed from every pizzeria's levels): never granted by a wildcard. */
const STOCK_FIELD = /inventory|location_level|reservation/i

// Medusa's fields are snake_case: anything else is refused rather than guessed at
const PATH = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/

export type RequestedFields = {
  /** each selection as sent, modifiers included (`+items.*`, `-variants`) */
  fields: string[]
  /** query keys that name a selection in a shape Medusa does not read as a list (`fields[a]=`, `fields.a=`) */
  malformed: string[]
}

/** The selections in a query string, from `fields=a,b`, `fields[]=a`, repeated `fields=`, and `expand=`. */
export function requestedFields(query: Record<string, unknown>): RequestedFields {
  const fields: string[] = []
  const malformed: string[] = []
  for (const [key, value] of Object.entries(query)) {
    const base = key.split(/[.[]/)[0].toLowerCase()
    if (!SELECTING_KEYS.has(base)) continue
    const values = [value].flat()
    if (key !== base || values.some((item) => typeof item !== "string")) {
      malformed.push(key)
      continue
    }
    for (const item of values as string[]) fields.push(...item.split(","))
  }
  // as Medusa splits them: a blank entry is kept (and refused), it could change how the rest reads
  return { fields: fields.filter(Boolean), malformed }
}

/**
 * The requested fields an allow-list does not cover. Entries are paths:
 * `email` (that field), `items.*` (that relation with its plain fields, also
 * written `*items` or `items`), `*` (the route's entity's plain fields). A wildcard never
 * grants a relation (`customer.*` does not open `customer.orders`) nor a
 * stock field: those must be listed one by one.
 *
 * A `-field` only removes from the defaults when every field carries a
 * modifier; otherwise Medusa strips the `-` and adds it, so it is checked.
 */
export function refusedFields(requested: string[], allowed: string[], relationNames: Set<string>): string[] {
  const allow = new Set(allowed.map((entry) => canonical(entry) ?? entry))
  // exactly Medusa's test (FieldParser.shouldReplaceDefaults): a tab is no modifier there
  const replacesDefaults = requested.some((field) => !/^[-+ *]/.test(field) && !field.endsWith(".*"))
  const refused: string[] = []
  for (const raw of requested) {
    if (!replacesDefaults && raw.startsWith("-")) continue
    const field = canonical(raw.replace(/^[+ \t-]+/, "").trim())
    if (!field || !isAllowed(field, allow, relationNames)) refused.push(raw.trim())
  }
  return [...new Set(refused)]
}

/** `*items`, `items.*`, `*items.*` → `items.*`; `items.id` stays; anything else than dotted names → undefined. */
function canonical(field: string): string | undefined {
  if (field === "*") return "*"
  let path = field
  let star = false
  if (path.startsWith("*")) {
    path = path.slice(1)
    star = true
  }
  if (path.endsWith(".*")) {
    path = path.slice(0, -2)
    star = true
  }
  if (!PATH.test(path)) return undefined
  return star ? `${path}.*` : path
}

function isAllowed(field: string, allow: Set<string>, relationNames: Set<string>): boolean {
  // a bare `*` is spelled out field by field instead: what Medusa's parser makes of it is not this list's to grant
  if (field === "*") return false
  if (allow.has(field)) return true
  if (field.endsWith(".*")) return false
  // a relation named alone (`-variants` read as an addition) selects no more than `variants.*`
  if (allow.has(`${field}.*`)) return true
  const dot = field.lastIndexOf(".")
  const parent = dot === -1 ? "*" : `${field.slice(0, dot)}.*`
  const leaf = field.slice(dot + 1)
  return allow.has(parent) && !relationNames.has(leaf) && !STOCK_FIELD.test(leaf)
}
