import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { normalizePhone } from "../../../counter/normalize-phone"
import { DomainError } from "../../../errors/domain-error"

export const findOrCreateCounterCustomerStepId = "find-or-create-counter-customer"

export type CounterCustomer = { phone: string; first_name?: string; last_name?: string; email?: string }

/**
 * The customer on the phone, found by their number however it was typed,
 * or created with it (a phone customer often gives no e-mail). A customer
 * created here stays: the next call finds them.
 */
export const findOrCreateCounterCustomerStep = createStep(findOrCreateCounterCustomerStepId, async (input: CounterCustomer, { container }) => {
  const phone = normalizePhone(input.phone)
  if (!phone) throw new DomainError(400, "invalid_phone", `"${input.phone}" is not a phone number we can call back.`, { field: "customer.phone" })
  // the customer module filters on any column; its filter type lists only some
  const [known] = await container.resolve(Modules.CUSTOMER).listCustomers({ phone } as Record<string, unknown>, { take: 1, order: { created_at: "ASC" } })
  if (known) return new StepResponse({ id: known.id, email: known.email ?? input.email ?? null, phone, created: false })
  if (!input.first_name?.trim()) {
    throw new DomainError(400, "customer_name_required", `No customer with the number ${phone}: give their name to create them.`, { field: "customer.first_name" })
  }
  const { result } = await createCustomersWorkflow(container).run({
    input: { customersData: [{ phone, first_name: input.first_name.trim(), last_name: input.last_name?.trim() || null, email: input.email?.trim() || null }] },
  })
  return new StepResponse({ id: result[0].id, email: result[0].email ?? null, phone, created: true })
})
