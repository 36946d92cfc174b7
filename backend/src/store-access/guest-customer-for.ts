import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The customer a cart should carry for an e-mail typed by someone who is not
 * signed in as its account. Medusa gives a cart the customer it finds by
 * e-mail, a registered one included: the guest would then lose their own
 * cart (a registered customer's cart is that customer's alone) and put an
 * order in someone's account. Answers the guest customer for the e-mail
 * (found or created), or undefined when Medusa's own choice is safe: no
 * account has this e-mail, or the caller is that account.
 */
export async function guestCustomerFor(container: MedusaContainer, given: string, callerId: string | undefined): Promise<string | undefined> {
  const email = given.trim().toLowerCase()
  if (!email) return undefined
  const customers = container.resolve(Modules.CUSTOMER)
  const [registered] = await customers.listCustomers({ email, has_account: true }, { select: ["id"], take: 1 })
  if (!registered || registered.id === callerId) return undefined
  const [guest] = await customers.listCustomers({ email, has_account: false }, { select: ["id"], take: 1 })
  return guest?.id ?? (await customers.createCustomers({ email })).id
}
