import type { CreateOrderDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { importHistoricOrdersWorkflow, type HistoricOrderInput } from "../workflows/legacy/import-historic-orders"
import { collectionOfPayment } from "../workflows/legacy/steps/create-historic-payment-collections"
import { euros, tidyText } from "./clean-values"
import { groupBy } from "./group-by"
import { importOrdersInProcesses } from "./order-processes"
import type { ImportContext, ImportedPizza, ImportedPizzeria } from "./import-context"
import type { CustomerIndex } from "./import-customers"
import { refusal } from "./refusal"
import { writeAllOrEach } from "./write-all-or-each"
import { Commande, Facture, Livraison, Panier, StatutCommande, type LegacyBasketLine, type LegacyDelivery, type LegacyInvoice, type LegacyOrder } from "./source/entities"

/** The database, for the reads over every imported order (a module's list would load each one whole). */
type Sql = { raw: <Row>(sql: string, bindings?: unknown[]) => Promise<{ rows: Row[] }> }

/** The old status that means done; every other (waiting, preparing, on its way) is an order that never finished. */
const DONE = "terminée"

/**
 * An order this import wrote: its legacy key, completed or cancelled from the
 * start, and no cart. A customer writes their cart's metadata, which Medusa
 * copies onto the order it makes, so a key alone could be forged; an order a
 * customer places comes from a cart and is pending when made (linked to its
 * cart a moment later, or by the repair job if the server died between).
 */
const IMPORTED = `o.metadata->'legacy'->>'table' = 'commande' and o.deleted_at is null and o.status in ('completed', 'canceled')
  and not exists (select 1 from order_cart c where c.order_id = o.id and c.deleted_at is null)`

/** The historic orders already imported: legacy number → order id, read in one query (there may be hundreds of thousands). */
async function readImportedOrders(sql: Sql): Promise<Map<number, string>> {
  const { rows } = await sql.raw<{ id: string; legacy_id: string }>(`select o.id, o.metadata->'legacy'->>'id' as legacy_id from "order" o where ${IMPORTED}`)
  return new Map(rows.map((row) => [Number(row.legacy_id), row.id]))
}

/**
 * Imported orders a run killed mid-batch left without their payment (the
 * order is written before its payment collection and the link between
 * them): each gets the collection written for it, if it was, else a new
 * one, and the link. A re-run thus ends where one whole run would.
 */
async function repairPayments(context: ImportContext, sql: Sql): Promise<number> {
  const unpaid = (
    await sql.raw<{ id: string; legacy_id: string; total: string | null; created_at: Date }>(`
      select o.id, o.metadata->'legacy'->>'id' as legacy_id, o.created_at,
             (select s.totals->>'current_order_total' from order_summary s where s.order_id = o.id and s.deleted_at is null order by s.version desc limit 1) as total
      from "order" o
      where ${IMPORTED}
        and not exists (select 1 from order_payment_collection l where l.order_id = o.id and l.deleted_at is null)`)
  ).rows
  if (!unpaid.length) return 0
  // whether it was paid: the old invoice says, not the order's metadata
  const { deliveryOf, invoiceOf } = await readDeliveries(
    context,
    unpaid.map((order) => Number(order.legacy_id))
  )
  const payment = context.container.resolve(Modules.PAYMENT)
  const link = context.container.resolve(ContainerRegistrationKeys.LINK)
  const { rows: orphans } = await sql.raw<{ id: string; legacy_id: string }>(`
    select c.id, c.metadata->'legacy'->>'id' as legacy_id from payment_collection c
    where c.metadata->'legacy'->>'table' = 'commande' and c.deleted_at is null
      and not exists (select 1 from order_payment_collection l where l.payment_collection_id = c.id and l.deleted_at is null)`)
  const orphanOf = new Map(orphans.map((row) => [Number(row.legacy_id), row.id]))
  for (const order of unpaid) {
    let collectionId = orphanOf.get(Number(order.legacy_id))
    if (!collectionId) {
      const [created] = await payment.createPaymentCollections([
        collectionOfPayment({
          amount: Number(order.total),
          paid: invoicePaid(deliveryOf.get(Number(order.legacy_id)), invoiceOf),
          paid_at: order.created_at,
          legacy: { table: "commande", id: Number(order.legacy_id) },
        }),
      ])
      collectionId = created.id
    }
    await link.create({ [Modules.ORDER]: { order_id: order.id }, [Modules.PAYMENT]: { payment_collection_id: collectionId } })
  }
  return unpaid.length
}

/** The deliveries of some old orders, by order number, and their invoices, by invoice number. */
async function readDeliveries(context: ImportContext, numbers: number[]): Promise<{ deliveryOf: Map<number, LegacyDelivery>; invoiceOf: Map<number, LegacyInvoice> }> {
  const deliveries = await context.source.whereIn(Livraison, "commande_numero", numbers)
  const invoices = await context.source.whereIn(
    Facture,
    "numero",
    deliveries.flatMap((delivery) => (delivery.facture_numero ? [delivery.facture_numero] : []))
  )
  return { deliveryOf: new Map(deliveries.map((delivery) => [delivery.commande_numero, delivery])), invoiceOf: new Map(invoices.map((invoice) => [invoice.numero, invoice])) }
}

/** Whether the old invoice of an order says it was paid. */
const invoicePaid = (delivery: LegacyDelivery | undefined, invoiceOf: Map<number, LegacyInvoice>) =>
  Boolean(delivery?.facture_numero && invoiceOf.get(delivery.facture_numero)?.payee)

/** A delivery day as the order's date: midday in France, so that no time zone moves it to another day. */
const dateOfDay = (day: string) => new Date(`${day}T12:00:00+01:00`)

/**
 * The order history: each old order at its pizzeria, for its customer
 * (without one when the client was set aside), dated by its delivery,
 * completed when it was done ("Terminée") and cancelled otherwise, paid as
 * its invoice says. Read a page at a time in key order; each page written in
 * one workflow run; the orders already imported are skipped, so a run killed
 * half-way is finished by the next. With several workers, each writes a
 * share of the orders in a process of its own (order-processes.ts).
 */
export async function importOrders(
  context: ImportContext,
  refs: { pizzerias: Map<number, ImportedPizzeria>; pizzas: Map<number, ImportedPizza>; customers: CustomerIndex }
): Promise<void> {
  const { container, source, report, options } = context
  const sql = container.resolve<Sql>(ContainerRegistrationKeys.PG_CONNECTION)
  if (!options.dryRun && !options.share) {
    // once, before any share starts writing
    const repaired = await repairPayments(context, sql)
    if (repaired) context.log(`orders: ${repaired} order(s) of an interrupted run given their payment`)
    if (options.workers > 1) return importOrdersInProcesses(context, options.workers)
  }
  const imported = await readImportedOrders(sql)
  const statuses = new Map((await source.all(StatutCommande)).map((status) => [status.id, tidyText(status.statut) ?? ""]))
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "eur" }, { select: ["id"], take: 1 })
  const share = options.share ?? {}
  const total = await source.count(Commande, "numero", share)
  let done = 0

  for await (const page of source.pages(Commande, "numero", options.batchSize, share)) {
    const numbers = page.map((order) => order.numero)
    const linesOf = groupBy(await source.whereIn(Panier, "numero_commande", numbers), (line) => line.numero_commande)
    const { deliveryOf, invoiceOf } = await readDeliveries(context, numbers)

    const batch: HistoricOrderInput[] = []
    for (const order of page) {
      report.read("orders")
      if (imported.has(order.numero)) {
        report.outcome("orders", "unchanged")
        continue
      }
      const delivery = deliveryOf.get(order.numero)
      const built = historicOrder(
        context,
        refs,
        region?.id,
        order,
        linesOf.get(order.numero) ?? [],
        delivery,
        delivery?.facture_numero ? invoiceOf.get(delivery.facture_numero) : undefined,
        statuses
      )
      if (built) batch.push(built)
    }
    if (batch.length && !options.dryRun) await writeBatch(context, batch)
    else report.outcome("orders", "created", batch.length)
    done += page.length
    context.progress("orders", done, total)
  }
}

/** One page in one run; a refused page is written again an order at a time, so one bad order sets aside only itself. */
async function writeBatch(context: ImportContext, batch: HistoricOrderInput[]): Promise<void> {
  const written = await writeAllOrEach(
    batch,
    async (orders) => (await importHistoricOrdersWorkflow(context.container).run({ input: { orders } })).result,
    (row, error) => context.report.setAsideRow("orders", refusal("commande", String(row.payment.legacy.id), error))
  )
  context.report.outcome("orders", "created", written.filter((id) => id !== null).length)
}

function historicOrder(
  context: ImportContext,
  refs: { pizzerias: Map<number, ImportedPizzeria>; pizzas: Map<number, ImportedPizza>; customers: CustomerIndex },
  regionId: string | undefined,
  order: LegacyOrder,
  lines: LegacyBasketLine[],
  delivery: LegacyDelivery | undefined,
  invoice: LegacyInvoice | undefined,
  statuses: Map<number, string>
): HistoricOrderInput | null {
  const { report } = context
  const key = String(order.numero)
  const aside = (reason: string, detail: string) => {
    report.setAsideRow("orders", { table: "commande", key, reason, detail })
    return null
  }
  const pizzeria = order.pizzeria_id ? refs.pizzerias.get(order.pizzeria_id) : undefined
  if (!pizzeria) return aside("pizzeria_set_aside", `pizzeria ${order.pizzeria_id} was not imported`)
  if (!lines.length) return aside("no_lines", "an order without any pizza")
  const day = delivery?.date ?? invoice?.date
  if (!delivery || !day) return aside("never_delivered", `status "${statuses.get(order.statut_id ?? 0) ?? "?"}", no delivery: no date, never handed over`)
  const items: NonNullable<CreateOrderDTO["items"]> = []
  for (const line of lines) {
    const pizza = refs.pizzas.get(line.type_pizza)
    if (!pizza) return aside("pizza_set_aside", `pizza ${line.type_pizza} was not imported`)
    const variant = pizza.variants.find((candidate) => candidate.factor === 1) ?? pizza.variants[0]
    if (!(line.quantite >= 1)) return aside("quantity_invalid", `${pizza.title}: quantity ${line.quantite}`)
    const quantity = line.quantite
    items.push({
      title: pizza.title,
      product_id: pizza.productId,
      product_title: pizza.title,
      variant_id: variant.id,
      variant_title: variant.title,
      variant_sku: variant.sku,
      quantity,
      // the line's total as the old system kept it, to the cent: 25.00 for 3 stays 25.00, not 3 × 8.33
      unit_price: euros(line.prix) / quantity,
      is_tax_inclusive: true,
      tax_lines: [{ rate: 10, code: "FR-TVA-10", description: "TVA 10 % (à emporter ou livré)" }],
    } as NonNullable<CreateOrderDTO["items"]>[number])
  }
  const status = statuses.get(order.statut_id ?? 0) ?? ""
  const completed = status.toLowerCase() === DONE
  const customer = order.client_id ? refs.customers.byClient.get(order.client_id) : undefined
  const address = order.adresse_livraison_id ? refs.customers.addresses.get(order.adresse_livraison_id) : undefined
  const date = dateOfDay(day)
  const amount = Math.round(lines.reduce((sum, line) => sum + euros(line.prix), 0) * 100) / 100
  const paid = Boolean(invoice?.payee)
  return {
    order: {
      region_id: regionId,
      currency_code: "eur",
      sales_channel_id: pizzeria.salesChannelId,
      customer_id: customer?.customerId ?? undefined,
      email: customer?.email ?? undefined,
      status: completed ? "completed" : "canceled",
      ...(completed ? {} : { canceled_at: date }),
      created_at: date,
      updated_at: date,
      shipping_address: address,
      items,
      shipping_methods: [{ name: "Livraison", amount: 0, is_tax_inclusive: true }],
      metadata: {
        legacy: {
          table: "commande",
          id: order.numero,
          status,
          delivered_on: day,
          invoice: invoice ? { numero: invoice.numero, paid, link: invoice.lien } : null,
        },
      },
    } as CreateOrderDTO,
    payment: { amount, paid, paid_at: date, legacy: { table: "commande", id: order.numero } },
  }
}
