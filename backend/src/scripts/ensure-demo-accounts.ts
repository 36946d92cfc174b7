import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { isProduction } from "../config/settings"
import { ensureDemoAccounts } from "../demo/load-people"

/** Recreates any demo account that was deleted: `medusa exec ./src/scripts/ensure-demo-accounts.ts`. */
export default async function ensureAccounts({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (isProduction(process.env)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Demo accounts are not for production: their passwords are published.")
  }
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { select: ["id", "metadata"] })
  const idByHandle = new Map(locations.flatMap((location) => (typeof location.metadata?.handle === "string" ? [[location.metadata.handle, location.id] as const] : [])))
  const created = await ensureDemoAccounts(container, idByHandle)
  logger.info(created.length ? `Demo accounts created: ${created.join(", ")}` : "Demo accounts present.")
}
