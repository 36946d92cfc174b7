import { resolve } from "node:path"
import { prepareDemoCluster } from "./lib/demo-cluster"
import { loadRootEnv } from "./lib/env"

/**
 * `node --import tsx scripts/prepare-demo-cluster.ts <dir>`: a stopped
 * PostgreSQL cluster with the demo data, for the demo stacks of a CI run to
 * copy (they do when OCP_DEMO_CLUSTER names it: scripts/lib/demo-cluster.ts).
 */

loadRootEnv()
const dir = process.argv[2]
if (!dir) {
  console.error("usage: node --import tsx scripts/prepare-demo-cluster.ts <directory>")
  process.exit(2)
}
prepareDemoCluster(resolve(dir)).then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error.message)
    process.exit(1)
  }
)
