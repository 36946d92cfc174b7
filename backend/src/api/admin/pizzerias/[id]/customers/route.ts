import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { normalizePhone } from "@/counter/normalize-phone"
import { DomainError } from "@/errors/domain-error"

type CounterCustomer = {
  id: string
  first_name: string | null
  last_name: string | null
  email: string | null
  phone: string
  addresses: { address_1: string | null; postal_code: string | null; city: string | null }[]
}

/**
 * GET /admin/pizzerias/:id/customers?phone=: the caller on the phone, found by
 * their exact number however it is typed. Only an exact number: the counter
 * takes an order, it does not browse the chain's customers. Several people
 * may share a number (a household, a switchboard): all of them, oldest first.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ phone: string; customers: CounterCustomer[] }>): Promise<void> {
  const raw = typeof req.query.phone === "string" ? req.query.phone : ""
  const phone = normalizePhone(raw)
  if (!phone)
    throw new DomainError(400, "invalid_phone", raw ? `"${raw}" is not a phone number we can call back.` : "Give the caller's phone number (?phone=).", { field: "phone" })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id", "created_at", "first_name", "last_name", "email", "phone", "addresses.address_1", "addresses.postal_code", "addresses.city"],
    filters: { phone },
  })
  // the number's first customer first: the one an order without a choice goes to
  const oldestFirst = [...data].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  res.json({
    phone,
    customers: oldestFirst.map((customer) => ({
      id: customer.id,
      first_name: customer.first_name ?? null,
      last_name: customer.last_name ?? null,
      email: customer.email ?? null,
      phone,
      addresses: (customer.addresses ?? []).flatMap((address) =>
        address ? [{ address_1: address.address_1 ?? null, postal_code: address.postal_code ?? null, city: address.city ?? null }] : []
      ),
    })),
  })
}
