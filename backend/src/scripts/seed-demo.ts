import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { isProduction } from "../config/settings"
import { SEED_MARKER } from "../demo/markers"
import { ensureDemoAccounts } from "../demo/load-people"
import { loadKitchen } from "../demo/load-kitchen"
import { loadMenu } from "../demo/load-menu"
import { loadPizzerias } from "../demo/load-pizzerias"
import { loadStore } from "../demo/load-store"
import { loadGazetteer } from "../demo/load-zoning"

/**
 * Loads OC Pizza's demo data once: `medusa exec ./src/scripts/seed-demo.ts`.
 * A store that already carries the seed marker is left untouched; to start
 * over, `npm run seed -- --reset` recreates the database first.
 */
export default async function seedDemo({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (isProduction(process.env)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The demo data is not for production: it creates accounts with published passwords.")
  }

  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  if (store?.metadata?.[SEED_MARKER]) {
    logger.info(`Demo data already loaded on ${store.metadata[SEED_MARKER]}; nothing to do.`)
    return
  }

  logger.info("Loading the demo data: store, France and VAT...")
  const { storeId, alcoholTypeId } = await loadStore(container)
  logger.info("Pizzerias, opened one by one: location, sales channel, delivery and pickup, hours, zones...")
  const { pizzerias, shippingProfileId } = await loadPizzerias(container)
  logger.info("The demo gazetteer (addresses placed without Google)...")
  await loadGazetteer(container)
  logger.info("Ingredients, stock and menu...")
  await loadMenu(container, { pizzerias, shippingProfileId, alcoholTypeId })
  logger.info("Ingredient records and recipes...")
  await loadKitchen(container, pizzerias)
  logger.info("Demo accounts...")
  await ensureDemoAccounts(container, new Map(pizzerias.map((pizzeria) => [pizzeria.handle, pizzeria.locationId])))

  await updateStoresWorkflow(container).run({
    input: { selector: { id: storeId }, update: { metadata: { [SEED_MARKER]: new Date().toISOString() } } },
  })
  logger.info(`Demo data loaded: ${pizzerias.length} pizzerias.`)
}
