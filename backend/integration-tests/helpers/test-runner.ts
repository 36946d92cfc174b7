import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ConfigModule } from "@medusajs/framework/types"
import { copyMigratedTemplate } from "../migrated-template"

type RunnerOptions = Parameters<typeof medusaRunner>[0]

/**
 * Medusa's integration test runner, with the file's database copied from the
 * run's migrated template when `npm test` made one (integration-tests/migrated-template.ts).
 */
export function medusaIntegrationTestRunner(options: RunnerOptions): ReturnType<typeof medusaRunner> {
  return medusaRunner({
    ...options,
    hooks: {
      ...options.hooks,
      // runs before the runner creates (an existing database is kept) and migrates the file's database
      beforeServerStart: async (container) => {
        const { projectConfig } = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
        await copyMigratedTemplate(projectConfig.databaseUrl!)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
