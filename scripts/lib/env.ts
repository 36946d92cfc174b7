import { existsSync } from "node:fs"
import { join } from "node:path"
import { ROOT } from "./paths"

/** Loads the repository's .env (values already in the environment win) and quiets Medusa's telemetry. */
export function loadRootEnv(): void {
  const file = join(ROOT, ".env")
  if (existsSync(file)) process.loadEnvFile(file)
  process.env.MEDUSA_DISABLE_TELEMETRY ??= "true"
  process.env.NEXT_TELEMETRY_DISABLED ??= "1"
}

export const DEFAULT_DB_PORT = 54320
export const DB_NAME = "oc_pizza"

export function embeddedPort(): number {
  return Number(process.env.OCP_EMBEDDED_PG_PORT ?? DEFAULT_DB_PORT)
}
