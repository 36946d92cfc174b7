import { prepareWorkspace } from "./lib/bootstrap"
import { loadRootEnv } from "./lib/env"
import { buildBackend, buildStorefront } from "./lib/medusa"
import { elapsed, phase } from "./lib/output"

/**
 * `npm run build`: the plugins, the backend with its admin (`medusa build`,
 * output in backend/.medusa/server) and the storefront (`next build`).
 * Each is rebuilt only when its sources changed; `--force` rebuilds all.
 */

loadRootEnv()
const force = process.argv.includes("--force")

async function main(): Promise<void> {
  await prepareWorkspace({ force })
  // side by side: neither reads the other's output, and neither keeps both cores busy throughout
  await Promise.all([phase("backend build", () => buildBackend({ force })), phase("storefront build", () => buildStorefront({ force }))])
  console.log(`\nBuilt in ${elapsed()}.`)
}

main().catch((error: unknown) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
