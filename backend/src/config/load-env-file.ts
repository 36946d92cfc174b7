import { existsSync } from "node:fs"
import { dirname, join } from "node:path"

/**
 * Loads the nearest `.env` above `from` (the repository root's, when the CLI
 * runs in backend/ or backend/.medusa/server). Variables already set win.
 */
export function loadEnvFile(from: string = process.cwd()): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, ".env")
    if (existsSync(candidate)) {
      process.loadEnvFile(candidate)
      return candidate
    }
    if (dirname(dir) === dir) return undefined
  }
}
