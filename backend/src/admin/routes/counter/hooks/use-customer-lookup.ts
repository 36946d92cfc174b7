import { useMutation } from "@tanstack/react-query"
import { useToastRefusal } from "../../../hooks/use-toast-refusal"
import { sdk } from "../../../lib/sdk"

export type Customer = {
  id: string
  first_name: string | null
  last_name: string | null
  email: string | null
  addresses: { address_1: string | null; postal_code: string | null; city: string | null }[]
}

/** Finds the caller by phone number at the pizzeria (GET /admin/pizzerias/:id/customers?phone=): the customer, or null for a newcomer. */
export function useCustomerLookup(pizzeriaId: string) {
  const toastRefusal = useToastRefusal()
  return useMutation({
    mutationFn: async (phone: string) => {
      const { customers } = await sdk.client.fetch<{ customers: Customer[] }>(`/admin/pizzerias/${pizzeriaId}/customers`, { query: { phone } })
      return customers[0] ?? null
    },
    onError: toastRefusal,
  })
}
