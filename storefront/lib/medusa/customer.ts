import "server-only"
import { authToken } from "@/lib/session/customer-session"
import { storeApi, StoreApiError } from "./client"
import { shopperAddress } from "./shopper-address"

export type Address = { id: string; first_name: string | null; last_name: string | null; address_1: string; postal_code: string; city: string; phone: string | null }
export type Customer = { id: string; email: string; first_name: string | null; last_name: string | null; phone: string | null; addresses: Address[] }

export async function signIn(email: string, password: string): Promise<string> {
  const { token } = await storeApi<{ token: string }>("/auth/customer/emailpass", { method: "POST", body: { email, password }, token: null, forwardedFor: await shopperAddress() })
  return token
}

/** A new account: the identity first, then the customer it belongs to, then a session token that names the customer. */
export async function signUp(input: { email: string; password: string; first_name: string; last_name: string; phone: string | null }): Promise<string> {
  const { token: registration } = await storeApi<{ token: string }>("/auth/customer/emailpass/register", {
    method: "POST",
    body: { email: input.email, password: input.password },
    token: null,
    forwardedFor: await shopperAddress(),
  })
  await storeApi("/store/customers", {
    method: "POST",
    body: { email: input.email, first_name: input.first_name, last_name: input.last_name, phone: input.phone ?? undefined },
    token: registration,
  })
  return signIn(input.email, input.password)
}

/** The signed-in customer, or null when nobody is (or the session ended). */
export async function currentCustomer(token?: string): Promise<Customer | null> {
  const bearer = token ?? (await authToken())
  if (!bearer) return null
  try {
    const { customer } = await storeApi<{ customer: Customer }>("/store/customers/me", { query: { fields: "id,email,first_name,last_name,phone,*addresses" }, token: bearer })
    return customer
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 401) return null
    throw error
  }
}

export function addAddress(address: Omit<Address, "id">): Promise<unknown> {
  return storeApi("/store/customers/me/addresses", { method: "POST", body: { ...address, country_code: "fr" } })
}

export function deleteAddress(id: string): Promise<unknown> {
  return storeApi(`/store/customers/me/addresses/${id}`, { method: "DELETE" })
}
