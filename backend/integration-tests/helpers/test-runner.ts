import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ConfigModule } from "@medusajs/framework/types"
import { copyTemplate } from "../template-databases"

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
        await copyTemplate(projectConfig.databaseUrl!, { emptyStore })
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
