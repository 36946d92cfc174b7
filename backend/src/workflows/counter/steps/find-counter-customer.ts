import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizePhone } from "@/counter/normalize-phone"
import { DomainError } from "@/errors/domain-error"

export const findCounterCustomerStepId = "find-counter-customer"

export type CounterCustomer = { phone: string; first_name?: string; last_name?: string; email?: string }

export type FoundCounterCustomer = {
  /** The number as the customer module keeps it. */
  phone: string
  known: { id: string; email: string | null } | null
  /** What to create the customer with when nobody has this number. */
  to_create: { phone: string; first_name: string; last_name: string | null; email: string | null } | null
}

/**
 * The customer on the phone, found by their number however it was typed;
 * when nobody has it, what to create them with (a phone customer often
 * gives no e-mail, but a name is needed).
 */
export const findCounterCustomerStep = createStep(findCounterCustomerStepId, async (input: CounterCustomer, { container }) => {
  const phone = normalizePhone(input.phone)
  if (!phone) throw new DomainError(400, "invalid_phone", `"${input.phone}" is not a phone number we can call back.`, { field: "customer.phone" })
  // the customer module filters on any column; its filter type lists only some
  const [known] = await container.resolve(Modules.CUSTOMER).listCustomers({ phone } as Record<string, unknown>, { take: 1, order: { created_at: "ASC" } })
  if (known) return new StepResponse<FoundCounterCustomer>({ phone, known: { id: known.id, email: known.email ?? input.email ?? null }, to_create: null })
  if (!input.first_name?.trim()) {
    throw new DomainError(400, "customer_name_required", `No customer with the number ${phone}: give their name to create them.`, { field: "customer.first_name" })
  }
  return new StepResponse<FoundCounterCustomer>({
    phone,
    known: null,
    to_create: { phone, first_name: input.first_name.trim(), last_name: input.last_name?.trim() || null, email: input.email?.trim() || null },
  })
})
