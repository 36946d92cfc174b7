import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ConfigModule } from "@medusajs/framework/types"
import { copyTemplate } from "../template-databases"

/**
 * The module of Medusa's runner that migrates the file's database and syncs
 * its links. The runner reads these functions from it at each call (its
 * index re-exports them through getters), and each test file has a module
 * registry of its own: replacing them here affects this file only.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const runnerDatabase = require("@medusajs/test-utils/dist/medusa-test-runner-utils/use-db") as Record<"migrateDatabase" | "syncLinks", (...args: unknown[]) => Promise<void>>

type RunnerOptions = Parameters<typeof medusaRunner>[0] & {
  /** The file starts from a migrated store without the demo data (the demo data's own tests, accounts made by the test). */
  emptyStore?: boolean
}

/**
 * Medusa's integration test runner, with the file's database copied from one
 * of the run's templates when `npm test` made them (integration-tests/template-databases.ts):
 * migrated, and with the demo data unless `emptyStore`.
 */
export function medusaIntegrationTestRunner({ emptyStore = false, ...options }: RunnerOptions): ReturnType<typeof medusaRunner> {
  return medusaRunner({
    ...options,
    hooks: {
      ...options.hooks,
      // runs before the runner creates (an existing database is kept) and migrates the file's database
      beforeServerStart: async (container) => {
        const { projectConfig } = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
        if (await copyTemplate(projectConfig.databaseUrl!, { emptyStore })) {
          // migrated and linked by this run with these modules: checking it all again finds nothing to do, in 7 s
          runnerDatabase.migrateDatabase = async () => undefined
          runnerDatabase.syncLinks = async () => undefined
        }
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
