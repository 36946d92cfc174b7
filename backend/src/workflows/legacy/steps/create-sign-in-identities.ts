import type { FilterableProviderIdentityProps } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The e-mail sign-ins of several addresses: the filter's type names one entity_id, the module takes a list as every Medusa filter does. */
const anyOf = (emails: string[]) => ({ provider: "emailpass", entity_id: emails }) as unknown as FilterableProviderIdentityProps

export const createSignInIdentitiesStepId = "create-sign-in-identities"

/**
 * An e-mail sign-in for each imported customer, without a password (the old
 * system's are never read): the customer sets one with "forgot my password",
 * which proves the address is theirs, and then finds their past orders in
 * their account. An address that already signs in somewhere is left as it is.
 */
export const createSignInIdentitiesStep = createStep(
  createSignInIdentitiesStepId,
  async (customers: { id: string; email: string }[], { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const taken = new Set(
      customers.length
        ? (await auth.listProviderIdentities(anyOf(customers.map((customer) => customer.email)), { select: ["entity_id"], take: null })).map((identity) => identity.entity_id)
        : []
    )
    const fresh = customers.filter((customer) => !taken.has(customer.email))
    const created = fresh.length
      ? await auth.createAuthIdentities(
          fresh.map((customer) => ({ provider_identities: [{ provider: "emailpass", entity_id: customer.email }], app_metadata: { customer_id: customer.id } }))
        )
      : []
    return new StepResponse(
      created.map((identity) => identity.id),
      created.map((identity) => identity.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities(ids)
  }
)
