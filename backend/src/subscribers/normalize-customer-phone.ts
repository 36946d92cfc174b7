import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { normalizePhone } from "../counter/normalize-phone"

/**
 * Customers type their number as they like ("06 12 34 56 78"); it is kept
 * as +33612345678 so that the counter finds them by phone whatever the form.
 * A number we cannot read is left as typed.
 */
export default async function normalizeCustomerPhone({ event: { data }, container }: SubscriberArgs<{ id: string }>): Promise<void> {
  const customers = container.resolve(Modules.CUSTOMER)
  const [customer] = await customers.listCustomers({ id: data.id }, { select: ["id", "phone"] })
  const normalized = customer?.phone ? normalizePhone(customer.phone) : undefined
  if (customer && normalized && normalized !== customer.phone) await customers.updateCustomers(customer.id, { phone: normalized })
}

export const config: SubscriberConfig = { event: ["customer.created", "customer.updated"], context: { subscriberId: "normalize-customer-phone" } }
