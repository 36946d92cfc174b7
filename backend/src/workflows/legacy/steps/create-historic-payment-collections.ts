import type { CreatePaymentCollectionDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const createHistoricPaymentCollectionsStepId = "create-historic-payment-collections"

/** What an old invoice says was paid: the whole order, or nothing yet. */
export type HistoricPayment = { amount: number; paid: boolean; paid_at: Date; legacy: { table: "commande"; id: number } }

/** A payment collection as it stands once settled: Medusa's order payment status reads captured from `captured_amount`, not paid from `status`. */
type SettledCollection = CreatePaymentCollectionDTO & { status: "completed" | "not_paid"; authorized_amount?: number; captured_amount?: number; completed_at?: Date }

/** The payment collection an old invoice becomes: captured in full when it was paid, not paid otherwise. */
export function collectionOfPayment(payment: HistoricPayment): SettledCollection {
  const common = { currency_code: "eur", amount: payment.amount, metadata: { legacy: payment.legacy } }
  return payment.paid
    ? { ...common, status: "completed", authorized_amount: payment.amount, captured_amount: payment.amount, completed_at: payment.paid_at }
    : { ...common, status: "not_paid" }
}

/** The payments of old orders, written as they ended (no session, no provider: nothing is charged again); compensation deletes them. */
export const createHistoricPaymentCollectionsStep = createStep(
  createHistoricPaymentCollectionsStepId,
  async (payments: HistoricPayment[], { container }) => {
    const rows: SettledCollection[] = payments.map(collectionOfPayment)
    const created = rows.length ? await container.resolve(Modules.PAYMENT).createPaymentCollections(rows) : []
    return new StepResponse(
      created.map((collection) => collection.id),
      created.map((collection) => collection.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.PAYMENT).deletePaymentCollections(ids)
  }
)
