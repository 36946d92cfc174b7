import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizePhone } from "@/counter/normalize-phone"
import { DomainError } from "@/errors/domain-error"

export const findCounterCustomerStepId = "find-counter-customer"

export type CounterCustomer = {
  phone: string
  first_name?: string
  last_name?: string
  email?: string
  /** The customer at this number the clerk chose (the lookup lists everyone who has it). */
  id?: string
  /** Someone else at a known number: they get an account of their own, never the first one's. */
  another_person?: boolean
  /** The caller is that customer and the name on record is wrong: it becomes the name given. */
  update_name?: boolean
}

export type FoundCounterCustomer = {
  /** The number as the customer module keeps it. */
  phone: string
  known: { id: string; email: string | null } | null
  /** The name the order is recorded under: the caller's as given, else the account's. */
  name: { first_name: string | null; last_name: string | null }
  /** The account's new name, when the clerk said the caller is its owner. */
  rename: { id: string; first_name: string; last_name: string | null } | null
  /** What to create the customer with when nobody has this number, or someone else calls from it. */
  to_create: { phone: string; first_name: string; last_name: string | null; email: string | null } | null
}

/**
 * The customer on the phone, found by their number however it was typed:
 * the one the clerk chose among those who share it, else its first customer;
 * when nobody has it, or the clerk says it is someone else, what to create
 * them with (a phone customer often gives no e-mail, but a name is needed).
 * The order carries the caller's name as given; an account is renamed only
 * when the clerk says the caller is its owner (`update_name`), so a second
 * person at a number never renames the first or joins their history.
 */
export const findCounterCustomerStep = createStep(findCounterCustomerStepId, async (input: CounterCustomer, { container }) => {
  const phone = normalizePhone(input.phone)
  if (!phone) throw new DomainError(400, "invalid_phone", `"${input.phone}" is not a phone number we can call back.`, { field: "customer.phone" })
  const firstName = input.first_name?.trim() || null
  const lastName = input.last_name?.trim() || null
  if (input.id && input.another_person)
    throw new DomainError(400, "caller_ambiguous", "Choose either a customer at this number or someone else, not both.", { field: "customer.id" })
  if (input.update_name && (input.another_person || !firstName))
    throw new DomainError(400, "rename_needs_customer", "Only the caller's own account can be renamed, with the name they give.", { field: "customer.update_name" })
  const toCreate = (): FoundCounterCustomer => {
    if (!firstName)
      throw new DomainError(400, "customer_name_required", `No customer at ${phone} to take the order under: give the caller's name to create them.`, {
        field: "customer.first_name",
      })
    return {
      phone,
      known: null,
      name: { first_name: firstName, last_name: lastName },
      rename: null,
      to_create: { phone, first_name: firstName, last_name: lastName, email: input.email?.trim() || null },
    }
  }
  if (input.another_person) return new StepResponse(toCreate())
  // the customer module filters on any column; its filter type lists only some
  const [known] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ phone, ...(input.id ? { id: input.id } : {}) } as Record<string, unknown>, { take: 1, order: { created_at: "ASC" } })
  if (input.id && !known) throw new DomainError(400, "customer_not_at_phone", `Customer ${input.id} does not have the number ${phone}.`, { field: "customer.id" })
  if (!known) return new StepResponse(toCreate())
  const renamed = Boolean(input.update_name && (firstName !== (known.first_name ?? null) || lastName !== (known.last_name ?? null)))
  return new StepResponse<FoundCounterCustomer>({
    phone,
    known: { id: known.id, email: known.email ?? input.email ?? null },
    name: firstName ? { first_name: firstName, last_name: lastName } : { first_name: known.first_name ?? null, last_name: known.last_name ?? null },
    rename: renamed ? { id: known.id, first_name: firstName!, last_name: lastName } : null,
    to_create: null,
  })
})
