/**
 * Route tables keyed by Medusa's route syntax (`:param` segments, a trailing
 * `*` for the rest of the path), as the admin guard (staff/access-policy.ts)
 * and the store guard (store-access/store-access-policy.ts) keep them: the
 * rule a request falls under, and the path parameters it names.
 */
export type PathRule = { path: string; methods?: readonly string[] }

export type MatchedPathRule<R> = { rule: R; params: Record<string, string> }

type Compiled<R> = { rule: R; pattern: RegExp; params: string[]; rank: number[] }

/** `/admin/orders/:id/*` → a regular expression, its parameter names, and its specificity. */
function compile<R extends PathRule>(rule: R): Compiled<R> {
  const params: string[] = []
  const rank: number[] = []
  const source = rule.path
    .split("/")
    .slice(1)
    .map((segment) => {
      if (segment.startsWith(":")) {
        const star = segment.endsWith("*")
        params.push(segment.slice(1).replace(/\*$/, ""))
        rank.push(1)
        return star ? "([^/]+)(?:/.*)?" : "([^/]+)"
      }
      if (segment === "*") {
        rank.push(0)
        return ".+"
      }
      if (segment.endsWith("*")) {
        rank.push(2)
        return `${escape(segment.slice(0, -1))}(?:/.*)?`
      }
      rank.push(3)
      return escape(segment)
    })
    .join("/")
  // Express matches paths case-insensitively: so must we, or /admin/orders/Export would pass as an order id
  return { rule, pattern: new RegExp(`^/${source}/?$`, "i"), params, rank }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")

/** Segment by segment, the more literal pattern wins: `/orders/export` over `/orders/:id`, `:id` over `*`. */
function moreSpecific<R extends PathRule>(a: Compiled<R>, b: Compiled<R>): boolean {
  for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
    const left = a.rank[i] ?? -1
    const right = b.rank[i] ?? -1
    if (left !== right) return left > right
  }
  return Boolean(a.rule.methods) && !b.rule.methods
}

/** A finder over `rules`: the most specific rule for a method and path (or a registered route's matcher), or undefined when none classifies it. */
export function pathRuleFinder<R extends PathRule>(rules: R[]): (method: string, path: string) => MatchedPathRule<R> | undefined {
  const compiled = rules.map(compile)
  return (method, path) => {
    let best: Compiled<R> | undefined
    let bestMatch: RegExpExecArray | null = null
    for (const candidate of compiled) {
      if (candidate.rule.methods && !candidate.rule.methods.includes(method.toUpperCase())) continue
      const match = candidate.pattern.exec(path)
      if (match && (!best || moreSpecific(candidate, best))) {
        best = candidate
        bestMatch = match
      }
    }
    if (!best || !bestMatch) return undefined
    return { rule: best.rule, params: Object.fromEntries(best.params.map((name, index) => [name, safeDecode(bestMatch![index + 1])])) }
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    // a malformed escape names nothing that exists
    return segment
  }
}
