import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const linkHistoricPaymentsStepId = "link-historic-payments"

/**
 * Medusa's link module checks a one-to-one link against the others with one
 * query ORing every new pair: past some fifty pairs PostgreSQL reads the
 * whole link table for it, and a page of 500 old orders made the import
 * slower with every page (65 orders/s at 77,000). Fifty at a time it stays
 * on the index.
 */
const PAIRS_PER_CALL = 50

type Pair = { order_id: string; payment_collection_id: string }
const linkOf = (pair: Pair) => ({ [Modules.ORDER]: { order_id: pair.order_id }, [Modules.PAYMENT]: { payment_collection_id: pair.payment_collection_id } })

/** Each old order to its payment collection; compensation dismisses the links. */
export const linkHistoricPaymentsStep = createStep(
  linkHistoricPaymentsStepId,
  async (pairs: Pair[], { container }) => {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    for (let start = 0; start < pairs.length; start += PAIRS_PER_CALL) await link.create(pairs.slice(start, start + PAIRS_PER_CALL).map(linkOf))
    return new StepResponse(undefined, pairs)
  },
  async (pairs, { container }) => {
    if (!pairs?.length) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    for (let start = 0; start < pairs.length; start += PAIRS_PER_CALL) await link.dismiss(pairs.slice(start, start + PAIRS_PER_CALL).map(linkOf))
  }
)
