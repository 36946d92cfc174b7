import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import { ensureDefaultShippingProfile } from "../demo/load-pizzerias"
import { loadStore } from "../demo/load-store"
import { STOREFRONT_KEY_TITLE } from "../demo/markers"
import { ImportReport, type ImportEntity } from "./import-report"
import { isDryRunId, type ImportContext, type ImportOptions } from "./import-context"
import { importCustomers, type CustomerIndex } from "./import-customers"
import { holdImportLock } from "./import-lock"
import { importMenu, readImportedIngredients, readImportedPizzas } from "./import-menu"
import { importOrders } from "./import-orders"
import { importPizzerias, readImportedPizzerias } from "./import-pizzerias"
import { importStaff } from "./import-staff"
import { importStock } from "./import-stock"
import { progressPrinter } from "./progress"
import { LegacySource } from "./source/legacy-source"

/** The parts in the order they depend on each other, and the entities each writes. */
export const IMPORT_PARTS = ["pizzerias", "menu", "stock", "customers", "staff", "orders"] as const
export type ImportPart = (typeof IMPORT_PARTS)[number]
const ENTITIES_OF: Record<ImportPart, ImportEntity[]> = {
  pizzerias: ["pizzerias"],
  menu: ["ingredients", "pizzas", "recipes"],
  stock: ["stock"],
  customers: ["customers", "addresses"],
  staff: ["staff"],
  orders: ["orders"],
}

export type LegacyImportRun = Omit<ImportOptions, "only"> & {
  only: ImportPart[]
  log: (line: string) => void
  /** where progress goes (printed through `log` by default) */
  progress?: ImportContext["progress"]
}

/**
 * The whole import, part by part in dependency order, in one consistent
 * read of the old database. A part left out (`--only`) is read from what an
 * earlier run imported. Fills `report` as it goes, so that a caller holding
 * it can write what was done even when a part fails.
 */
export async function runLegacyImport(container: MedusaContainer, run: LegacyImportRun, report = new ImportReport(run.dryRun)): Promise<ImportReport> {
  // a share of the orders runs under the lock of the run that started it; a dry run writes nothing
  const release = run.dryRun || run.share ? null : await holdImportLock(container)
  try {
    return await importParts(container, run, report)
  } finally {
    await release?.()
  }
}

async function importParts(container: MedusaContainer, run: LegacyImportRun, report: ImportReport): Promise<ImportReport> {
  const source = await LegacySource.open(run.from)
  const context: ImportContext = {
    container,
    source,
    report,
    options: { ...run, only: run.only.flatMap((part) => ENTITIES_OF[part]) },
    progress: run.progress ?? progressPrinter(run.log),
    log: run.log,
  }
  const timed = async <T>(part: ImportPart, work: () => Promise<T>): Promise<T> => {
    const started = Date.now()
    run.log(`${part}...`)
    try {
      return await work()
    } finally {
      // the part's time for each entity it writes (customers and their addresses are written together)
      for (const entity of ENTITIES_OF[part]) report.seconds[entity] = (Date.now() - started) / 1000
    }
  }
  const wanted = (part: ImportPart) => run.only.includes(part)
  try {
    if (!run.dryRun) await prepareStore(container)
    const pizzerias = wanted("pizzerias") ? await timed("pizzerias", () => importPizzerias(context)) : await readImportedPizzerias(context)
    const menu = wanted("menu")
      ? await timed("menu", () => importMenu(context, pizzerias))
      : { ingredients: await readImportedIngredients(context), pizzas: await readImportedPizzas(context) }
    if (wanted("stock")) await timed("stock", () => importStock(context, pizzerias, menu.ingredients))
    let customers: CustomerIndex | undefined
    if (wanted("customers") || wanted("orders")) {
      // the orders need to know who each client became: without --only customers, read (nothing is written)
      customers = wanted("customers") ? await timed("customers", () => importCustomers(context)) : await readImportedCustomers(context)
    }
    if (wanted("staff")) await timed("staff", () => importStaff(context, pizzerias))
    if (wanted("orders")) await timed("orders", () => importOrders(context, { pizzerias, pizzas: menu.pizzas, customers: customers! }))
  } finally {
    report.sourceStatements.push(...source.statements)
    await source.close()
  }
  return report
}

/** What any pizzeria needs before it opens, on a store that has nothing yet: France in euros with VAT, a shipping profile, the shop's publishable key. */
async function prepareStore(container: MedusaContainer): Promise<void> {
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "eur" }, { take: 1 })
  if (!region) await loadStore(container)
  await ensureDefaultShippingProfile(container)
  const keys = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" }, { take: 1 })
  if (!keys.length) await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }] } })
}

/** Who each client became in an earlier run, without writing: a client not imported then has no account here. */
async function readImportedCustomers(context: ImportContext): Promise<CustomerIndex> {
  const index = await importCustomers({ ...context, options: { ...context.options, dryRun: true }, report: new ImportReport(true), progress: () => undefined })
  for (const [clientId, customer] of index.byClient) if (isDryRunId(customer.customerId)) index.byClient.set(clientId, { customerId: null, email: customer.email })
  return index
}
