import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { ROOT } from "./paths"

const SKIPPED = new Set(["node_modules", ".medusa", ".next", ".data", "static", "test-results", "coverage"])

/** Every file under the inputs (skipping build output), as path, size and mtime. */
function listFiles(path: string, into: string[]): void {
  if (!existsSync(path)) return
  const stat = statSync(path)
  if (stat.isFile()) {
    into.push(`${relative(ROOT, path)}:${stat.size}:${Math.floor(stat.mtimeMs)}`)
    return
  }
  for (const entry of readdirSync(path)) {
    if (!SKIPPED.has(entry)) listFiles(join(path, entry), into)
  }
}

/** A short hash of the inputs of a build and of the settings it bakes in. */
export function fingerprint(inputs: string[], settings: Record<string, string | undefined> = {}): string {
  const lines: string[] = []
  for (const input of inputs) listFiles(input, lines)
  lines.sort()
  lines.push(JSON.stringify(settings))
  return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16)
}

/** Whether `stampFile` records this fingerprint (the output is then up to date). */
export function isFresh(stampFile: string, print: string): boolean {
  return existsSync(stampFile) && readFileSync(stampFile, "utf8").trim() === print
}

export function stamp(stampFile: string, print: string): void {
  writeFileSync(stampFile, `${print}\n`)
}
