import { useState } from "react"
import type { CounterOrderInput, Fulfilment } from "./use-place-counter-order"
import { useCustomerLookup, type Customer } from "./use-customer-lookup"

export type Person = { first_name: string; last_name: string; email: string }
export type Address = { address_1: string; postal_code: string; city: string }

const NOBODY: Person = { first_name: "", last_name: "", email: "" }
const NOWHERE: Address = { address_1: "", postal_code: "", city: "" }

/** Who is calling and where the order goes, as the clerk fills it in: found by phone (their address is proposed), or a newcomer's name. */
export function useCounterCustomer(pizzeriaId: string) {
  const lookup = useCustomerLookup(pizzeriaId)
  const [phone, setPhoneText] = useState("")
  const [found, setFound] = useState<Customer | null | undefined>()
  const [person, setPerson] = useState<Person>(NOBODY)
  const [fulfilment, setFulfilment] = useState<Fulfilment>("pickup")
  const [address, setAddress] = useState<Address>(NOWHERE)

  const setPhone = (value: string) => {
    setPhoneText(value)
    setFound(undefined)
  }
  const find = () =>
    lookup.mutate(phone, {
      onSuccess: (customer) => {
        setFound(customer)
        const home = customer?.addresses[0]
        if (home?.address_1) setAddress({ address_1: home.address_1, postal_code: home.postal_code ?? "", city: home.city ?? "" })
      },
    })
  const reset = () => {
    setPhoneText("")
    setFound(undefined)
    setPerson(NOBODY)
  }

  /** What the order form sends about the customer and the fulfilment (the API validates it). */
  const orderFields = (): Omit<CounterOrderInput, "items"> => ({
    customer: { phone, ...(found ? {} : { first_name: person.first_name || undefined, last_name: person.last_name || undefined, email: person.email || undefined }) },
    fulfilment,
    ...(fulfilment === "delivery" ? { address } : {}),
  })
  const ready = Boolean(phone.trim() && (found || person.first_name.trim()) && (fulfilment === "pickup" || (address.address_1 && address.postal_code && address.city)))

  return { phone, setPhone, find, finding: lookup.isPending, found, person, setPerson, fulfilment, setFulfilment, address, setAddress, orderFields, ready, reset }
}

export type CounterCustomer = ReturnType<typeof useCounterCustomer>
