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

/** Finds the callers by phone number (GET /admin/pizzerias/:id/customers?phone=): everyone who shares it, oldest first; none for a newcomer. */
export function useCustomerLookup(pizzeriaId: string) {
  const toastRefusal = useToastRefusal()
  return useMutation({
    mutationFn: async (phone: string) => {
      const { customers } = await sdk.client.fetch<{ customers: Customer[] }>(`/admin/pizzerias/${pizzeriaId}/customers`, { query: { phone } })
      return customers
    },
    onError: toastRefusal,
  })
}
