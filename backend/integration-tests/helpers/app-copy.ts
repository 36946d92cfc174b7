import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative, resolve } from "node:path"

const ROOT = resolve(__dirname, "..", "..", "..")

/** Never copied: installed packages (linked instead), builds, data, uploads and test output. */
const SKIPPED = new Set(["node_modules", ".medusa", ".next", ".data", ".git", "static", "backups", "test-results", "integration-tests"])

export type AppCopy = {
  /** The copy's root: run the repository's scripts from here and they act on the copy. */
  root: string
  /** A path inside the copy, from the repository's root ("backend/src/..."). */
  path: (...parts: string[]) => string
  remove: () => void
}

/**
 * A throw-away copy of the application (root scripts, backend, plugins,
 * packages), with each `node_modules` linked to the repository's: a test that
 * changes the application's code (a new version's migration) changes the
 * copy, never the source tree another test file is running from.
 */
export function copyApp(): AppCopy {
  const root = mkdtempSync(join(tmpdir(), "ocp-app-"))
  const included = ["package.json", "package-lock.json", "tsconfig.json", "scripts", "backend", "plugins", "packages"]
  for (const entry of included) {
    if (!existsSync(join(ROOT, entry))) continue
    cpSync(join(ROOT, entry), join(root, entry), {
      recursive: true,
      filter: (source) =>
        !relative(ROOT, source)
          .split("/")
          .some((part) => SKIPPED.has(part)),
    })
  }
  // the repository's installed packages, for the root and each workspace that has its own
  const workspaces = [".", "backend", "packages", "plugins"].flatMap((dir) =>
    dir === "." || dir === "backend" ? [dir] : existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).map((name) => join(dir, name)) : []
  )
  for (const workspace of workspaces) {
    const installed = join(ROOT, workspace, "node_modules")
    if (existsSync(installed) && existsSync(join(root, workspace))) symlinkSync(installed, join(root, workspace, "node_modules"), "dir")
  }
  return { root, path: (...parts) => join(root, ...parts), remove: () => rmSync(root, { recursive: true, force: true }) }
}
