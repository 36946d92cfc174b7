import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { CreateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { guestCustomerFor } from "@/store-access/guest-customer-for"
import { signedInCustomer } from "@/store-access/order-holder"

/**
 * POST /store/carts, taken over from Medusa (the application's routes are
 * registered after the core's; Medusa's validation still runs): the same
 * contract, but a guest giving an account's e-mail gets a guest's cart, not
 * that account's (see store-access/guest-customer-for.ts).
 */
export async function POST(req: MedusaStoreRequest<CreateCartWorkflowInputDTO>, res: MedusaResponse): Promise<void> {
  const callerId = signedInCustomer(req)
  const email = req.validatedBody.email
  const customerId = callerId ?? (email ? await guestCustomerFor(req.scope, email, undefined) : undefined)
  const { result } = await createCartWorkflow(req.scope).run({ input: { ...req.validatedBody, customer_id: customerId } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: req.queryConfig.fields, filters: { id: result.id } })
  res.status(200).json({ cart: carts[0] })
}
