import { readFileSync } from "node:fs"

/**
 * The `curl` examples of a plugin's README, read as the plain-store test's
 * input (scripts/test-plugins.ts), so the documentation cannot drift from
 * the code. An example is a `curl` command in a ```bash block, followed by
 * the line saying what it answers:
 *
 *     curl -X POST localhost:9000/admin/delivery-zones -H "$AUTH" \
 *       -H 'content-type: application/json' -d '{ "name": "Centre" }'
 *     # → 400 { "code": "invalid_zone" }
 *
 * `# → STATUS` then, optionally, JSON the answer's body must contain (objects
 * are matched on the keys given, arrays on elements found anywhere in them).
 * A string `"$NAME"` in that JSON names the value found there: the next
 * examples use it as `$NAME`, and a name already known must match.
 */
export type Example = {
  /** README line of the `curl`, for the report. */
  line: number
  command: string
  status: number
  body?: unknown
}

export type Request = { method: string; path: string; headers: Record<string, string>; body?: string }

const ANSWER = /^#\s*→\s*(\d{3})\s*(.*)$/

export function readExamples(file: string): Example[] {
  const lines = readFileSync(file, "utf8").split("\n")
  const examples: Example[] = []
  let inBash = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (line.startsWith("```")) {
      inBash = !inBash && line.trim() === "```bash"
      continue
    }
    if (!inBash || !line.startsWith("curl ")) continue
    const start = index
    let command = line
    while (command.endsWith("\\") || openQuote(command)) {
      index++
      command = command.endsWith("\\") ? `${command.slice(0, -1)} ${lines[index].trim()}` : `${command}\n${lines[index]}`
    }
    const answer = ANSWER.exec(lines[index + 1] ?? "")
    if (!answer) throw new Error(`${file}:${start + 1}: a curl example must be followed by "# → STATUS [JSON]"`)
    index++
    let json = answer[2]
    // the expected JSON may go on over the next comment lines
    while ((lines[index + 1] ?? "").startsWith("#   ")) json += lines[++index].slice(1)
    examples.push({ line: start + 1, command, status: Number(answer[1]), body: json.trim() ? JSON.parse(json) : undefined })
  }
  return examples
}

/** Whether a shell line ends inside a single-quoted string (a JSON body over several lines). */
function openQuote(command: string): boolean {
  let single = false
  let double = false
  for (const char of command) {
    if (char === "'" && !double) single = !single
    else if (char === '"' && !single) double = !double
  }
  return single
}

/**
 * The request a curl command sends, with `$NAME` and `${NAME}` replaced from
 * `variables` the way the shell would: inside double quotes and bare words,
 * never inside single quotes. Understands -X, -H, -d and the URL.
 */
export function toRequest(command: string, variables: Record<string, string>): Request {
  const words = shellWords(command, variables)
  if (words[0] !== "curl") throw new Error(`not a curl command: ${command}`)
  let method: string | undefined
  let url: string | undefined
  let body: string | undefined
  const headers: Record<string, string> = {}
  for (let index = 1; index < words.length; index++) {
    const word = words[index]
    if (word === "-X") method = words[++index]
    else if (word === "-H") {
      const header = words[++index]
      const colon = header.indexOf(":")
      headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim()
    } else if (word === "-d" || word === "--data") body = words[++index]
    else if (word === "-s" || word === "-sS") continue
    else if (word.startsWith("-")) throw new Error(`curl option ${word} is not understood by the README examples' reader`)
    else url = word
  }
  if (!url) throw new Error(`no URL in: ${command}`)
  const path = url.replace(/^(https?:\/\/)?[^/]+/, "")
  return { method: method ?? (body === undefined ? "GET" : "POST"), path, headers, body }
}

function shellWords(command: string, variables: Record<string, string>): string[] {
  const words: string[] = []
  let word: string | undefined
  let quote: "'" | '"' | undefined
  const expand = (at: number): [string, number] => {
    const match = /^\$(?:\{(\w+)\}|(\w+))/.exec(command.slice(at))
    if (!match) return ["$", at + 1]
    const name = match[1] ?? match[2]
    if (!(name in variables)) throw new Error(`$${name} is not known at this point of the README`)
    return [variables[name], at + match[0].length]
  }
  for (let at = 0; at < command.length;) {
    const char = command[at]
    if (quote === "'") {
      if (char === "'") quote = undefined
      else word += char
      at++
    } else if (char === "'" || char === '"') {
      if (quote === char) quote = undefined
      else if (quote === undefined) {
        quote = char
        word ??= ""
      } else word += char
      at++
    } else if (char === "$") {
      const [value, next] = expand(at)
      word = (word ?? "") + value
      at = next
    } else if (quote === undefined && /\s/.test(char)) {
      if (word !== undefined) words.push(word)
      word = undefined
      at++
    } else {
      word = (word ?? "") + char
      at++
    }
  }
  if (quote) throw new Error(`unclosed ${quote} in: ${command}`)
  if (word !== undefined) words.push(word)
  return words
}

/**
 * Why `actual` does not contain `expected` (undefined when it does), binding
 * each `"$NAME"` string met to the value found there.
 */
export function mismatch(expected: unknown, actual: unknown, variables: Record<string, string>, at = "body"): string | undefined {
  if (typeof expected === "string" && /^\$\w+$/.test(expected)) {
    const name = expected.slice(1)
    if (typeof actual !== "string" && typeof actual !== "number") return `${at}: expected a value for $${name}, got ${JSON.stringify(actual)}`
    if (name in variables) return variables[name] === String(actual) ? undefined : `${at}: expected $${name} (${variables[name]}), got ${JSON.stringify(actual)}`
    variables[name] = String(actual)
    return undefined
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: expected a list, got ${JSON.stringify(actual)}`
    for (const [index, element] of expected.entries()) {
      if (!actual.some((candidate) => mismatch(element, candidate, { ...variables }, at) === undefined)) {
        return `${at}[${index}]: ${JSON.stringify(element)} is not in ${JSON.stringify(actual).slice(0, 300)}`
      }
      mismatch(
        element,
        actual.find((candidate) => mismatch(element, candidate, { ...variables }, at) === undefined),
        variables,
        at
      )
    }
    return undefined
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return `${at}: expected an object, got ${JSON.stringify(actual)}`
    for (const [key, value] of Object.entries(expected)) {
      const why = mismatch(value, (actual as Record<string, unknown>)[key], variables, `${at}.${key}`)
      if (why) return why
    }
    return undefined
  }
  return expected === actual ? undefined : `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`
}

/** A file a README tells the store to write: a ```ts block whose first line is `// src/…` (its path). */
export type StoreFile = {
  path: string
  /** "(with the ingredient-stock plugin)" after the path: the block replaces the others for that path when that plugin is there too. */
  withPlugin?: string
  content: string
}

const FILE_BLOCK = /^\/\/ (src\/[\w/.[\]-]+\.ts)(?: \(with the ([\w-]+) plugin\))?$/

export function readStoreFiles(file: string): StoreFile[] {
  const blocks = readFileSync(file, "utf8")
    .split(/^```ts\n/m)
    .slice(1)
  return blocks.flatMap((block) => {
    const content = block.slice(0, block.indexOf("```"))
    const match = FILE_BLOCK.exec(content.split("\n")[0])
    return match ? [{ path: match[1], withPlugin: match[2], content }] : []
  })
}

/**
 * The files a store with these plugins writes, by path: a block "with the X
 * plugin" wins when X is there (and is dropped otherwise); blocks the same
 * but for the plugin they import from are one file (each plugin exports the
 * same error handler); two different blocks for one path are an error, for
 * a developer could not follow both READMEs.
 */
export function storeFilesFor(plugins: readonly string[], filesOf: (plugin: string) => StoreFile[]): Map<string, string> {
  const byPath = new Map<string, StoreFile[]>()
  for (const file of plugins.flatMap(filesOf)) {
    if (file.withPlugin && !plugins.includes(file.withPlugin)) continue
    byPath.set(file.path, [...(byPath.get(file.path) ?? []), file])
  }
  const withoutPlugin = (content: string) => content.replace(/@oc-pizza\/medusa-plugin-[\w-]+/g, "")
  const chosen = new Map<string, string>()
  for (const [path, candidates] of byPath) {
    const combined = candidates.filter((file) => file.withPlugin)
    const pool = combined.length ? combined : candidates
    if (pool.some((file) => withoutPlugin(file.content) !== withoutPlugin(pool[0].content))) {
      throw new Error(`two READMEs write ${path} differently, and none gives the file for both plugins`)
    }
    chosen.set(path, pool[0].content)
  }
  return chosen
}
