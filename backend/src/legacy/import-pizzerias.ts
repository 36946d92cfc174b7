import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ownPublishableKeyId } from "../pizzerias/own-publishable-key"
import { locatePlace } from "@oc-pizza/medusa-plugin-delivery-zoning/geocoding/locate-place"
import { DELIVERY_ZONING_MODULE, type DeliveryZoningModuleService, type WeeklyHours } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { openPizzeriaWorkflow } from "../workflows/pizzerias/open-pizzeria"
import { padPostcode, slugOf, tidyText } from "./clean-values"
import { refusal } from "./refusal"
import { legacyKeyOf, type ImportContext, type ImportedPizzeria } from "./import-context"
import { AdresseLivraison, Pizzeria, type LegacyAddress } from "./source/entities"

/** Until the manager sets them: lunch and evening, Tuesday to Sunday (the old system kept no hours). */
const HOURS_TO_CONFIRM: WeeklyHours = Object.fromEntries(
  (["tue", "wed", "thu", "fri", "sat", "sun"] as const).map((day) => [
    day,
    [
      ["11:30", "14:00"],
      ["18:00", "22:30"],
    ],
  ])
)

/** The pizzerias already imported, by legacy id. */
export async function readImportedPizzerias(context: Pick<ImportContext, "container">): Promise<Map<number, ImportedPizzeria>> {
  const { data: locations } = await context.container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "stock_location", fields: ["id", "name", "metadata", "sales_channels.id"] })
  const imported = new Map<number, ImportedPizzeria>()
  for (const location of locations) {
    const key = legacyKeyOf(location.metadata)
    if (key?.table === "pizzeria") imported.set(Number(key.id), { locationId: location.id, salesChannelId: location.sales_channels?.[0]?.id ?? "", name: location.name })
  }
  return imported
}

/** The chain's storefront keys: every publishable key in use that is not one pizzeria's own. */
async function chainPublishableKeys(context: Pick<ImportContext, "container">): Promise<string[]> {
  const { data: locations } = await context.container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "stock_location", fields: ["metadata"] })
  const own = new Set(locations.map((location) => ownPublishableKeyId(location.metadata)))
  const keys = await context.container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" }, { select: ["id", "revoked_at"] })
  return keys.filter((key) => !key.revoked_at && !own.has(key.id)).map((key) => key.id)
}

/** "12 rue des Trois Cailloux": the house number and the street, as a delivery address line. */
export function addressLine(address: Pick<LegacyAddress, "numero_habitation" | "rue">): string | null {
  const street = tidyText(address.rue)
  if (!street) return null
  return address.numero_habitation ? `${address.numero_habitation} ${street}` : street
}

/**
 * Each pizzeria through the open-pizzeria workflow, as a manager opens one:
 * location and channel, delivery and pickup, the menu and stock lines, a
 * delivery zone (its own postcode) and hours to confirm. Its legacy key is
 * written with its location, so a re-run finds it; an existing one keeps
 * what its manager has set since.
 */
export async function importPizzerias(context: ImportContext): Promise<Map<number, ImportedPizzeria>> {
  const { source, report, options, container } = context
  const imported = await readImportedPizzerias(context)
  const pizzerias = await source.all(Pizzeria)
  const addresses = new Map((await source.all(AdresseLivraison)).map((address) => [address.id, address]))
  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const shopKeys = options.dryRun ? [] : await chainPublishableKeys(context)

  for (const pizzeria of pizzerias) {
    report.read("pizzerias")
    const key = String(pizzeria.id)
    if (imported.has(pizzeria.id)) {
      report.outcome("pizzerias", "unchanged")
      continue
    }
    const name = tidyText(pizzeria.nom) ?? `Pizzeria ${pizzeria.id}`
    const address = pizzeria.adresse_id ? addresses.get(pizzeria.adresse_id) : undefined
    const line = address && addressLine(address)
    const postcode = address && padPostcode(address.code_postal)
    if (!address || !line || !postcode) {
      report.setAsideRow("pizzerias", { table: "pizzeria", key, reason: "address_missing", detail: `${name}: no street and postcode to deliver from` })
      continue
    }
    const city = tidyText(address.ville) ?? ""
    const given = options.positions[key]
    const located = given ? undefined : await locatePlace(zoning, { address: `${line}, ${postcode} ${city}`, postal_code: postcode })
    const point = given ?? located?.point
    if (!point) {
      report.setAsideRow("pizzerias", {
        table: "pizzeria",
        key,
        reason: "position_unknown",
        detail: `${name}, ${line} ${postcode} ${city}: no geocoder placed it; give its position with --positions (its orders wait for it)`,
      })
      continue
    }
    report.warn({
      table: "pizzeria",
      key,
      reason: "hours_to_confirm",
      detail: `${name}: opened with lunch and evening hours, Tuesday to Sunday, and a delivery zone of its postcode; its manager confirms both`,
    })
    if (options.dryRun) {
      report.outcome("pizzerias", "created")
      imported.set(pizzeria.id, { locationId: `dry-run:pizzeria:${key}`, salesChannelId: `dry-run:channel:${key}`, name })
      continue
    }
    const { result, errors } = await openPizzeriaWorkflow(container).run({
      throwOnError: false,
      input: {
        name,
        handle: slugOf(name.replace(/^OC Pizza\s+/i, "")) || `pizzeria-${key}`,
        address: { address_1: line, postal_code: postcode, city, country_code: "fr" },
        location: point,
        opening_hours: HOURS_TO_CONFIRM,
        delivery_zones: [{ name: `${name} — ${postcode}`, kind: "postcodes", postal_codes: [postcode], fee: 2.5, min_order: 15, eta_base_minutes: 30 }],
        metadata: { legacy: { table: "pizzeria", id: pizzeria.id } },
        // the shop's keys show it (on a store with no pizzeria yet, the workflow would find none to copy)
        publishable_key_ids: shopKeys,
      },
    })
    if (errors.length) {
      report.setAsideRow("pizzerias", refusal("pizzeria", key, errors[0].error))
      continue
    }
    report.outcome("pizzerias", "created")
    imported.set(pizzeria.id, { locationId: result.stock_location_id, salesChannelId: result.sales_channel_id, name })
  }
  return imported
}
