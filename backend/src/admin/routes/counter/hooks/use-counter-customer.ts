import { useState } from "react"
import type { CounterOrderInput, Fulfilment } from "./use-place-counter-order"
import { useCustomerLookup, type Customer } from "./use-customer-lookup"

export type Person = { first_name: string; last_name: string; email: string }
export type Address = { address_1: string; postal_code: string; city: string }

/** Someone else than the customers found at the number: they get an account of their own. */
export const ANOTHER_PERSON = "another"

const NOBODY: Person = { first_name: "", last_name: "", email: "" }
const NOWHERE: Address = { address_1: "", postal_code: "", city: "" }

const nameOf = (customer: Customer): Person => ({ first_name: customer.first_name ?? "", last_name: customer.last_name ?? "", email: "" })
export const fullName = (person: { first_name: string | null; last_name: string | null }) => [person.first_name, person.last_name].filter(Boolean).join(" ")

/**
 * Who is calling and where the order goes, as the clerk fills it in: the
 * number looked up, then one of the customers who share it or someone else
 * (a newcomer when nobody has it). The name stays editable: the order carries
 * it as given, and a customer's account takes it only when the clerk ticks
 * that the caller is its owner.
 */
export function useCounterCustomer(pizzeriaId: string) {
  const lookup = useCustomerLookup(pizzeriaId)
  const [phone, setPhoneText] = useState("")
  const [found, setFound] = useState<Customer[] | undefined>()
  const [caller, setCaller] = useState<string>(ANOTHER_PERSON)
  const [person, setPerson] = useState<Person>(NOBODY)
  const [updateName, setUpdateName] = useState(false)
  const [fulfilment, setFulfilment] = useState<Fulfilment>("pickup")
  const [address, setAddress] = useState<Address>(NOWHERE)

  const chosen = found?.find((customer) => customer.id === caller)
  const proposeAddress = (customer: Customer | undefined) => {
    const home = customer?.addresses[0]
    if (home?.address_1) setAddress({ address_1: home.address_1, postal_code: home.postal_code ?? "", city: home.city ?? "" })
  }
  const choose = (id: string, among = found) => {
    const customer = among?.find((candidate) => candidate.id === id)
    setCaller(customer ? customer.id : ANOTHER_PERSON)
    setPerson(customer ? nameOf(customer) : NOBODY)
    setUpdateName(false)
    proposeAddress(customer)
  }
  const setPhone = (value: string) => {
    setPhoneText(value)
    setFound(undefined)
  }
  const find = () =>
    lookup.mutate(phone, {
      onSuccess: (customers) => {
        setFound(customers)
        choose(customers[0]?.id ?? ANOTHER_PERSON, customers)
      },
    })
  const reset = () => {
    setPhoneText("")
    setFound(undefined)
    setPerson(NOBODY)
    setCaller(ANOTHER_PERSON)
    setUpdateName(false)
    setAddress(NOWHERE)
  }

  /** The name typed differs from the chosen customer's account. */
  const renamed = Boolean(chosen && (person.first_name.trim() !== (chosen.first_name ?? "") || person.last_name.trim() !== (chosen.last_name ?? "")))
  const named = { first_name: person.first_name.trim() || undefined, last_name: person.last_name.trim() || undefined }

  /** What the order form sends about the customer and the fulfilment (the API validates it). */
  const orderFields = (): Omit<CounterOrderInput, "items"> => ({
    customer: chosen
      ? { phone, id: chosen.id, ...named, ...(renamed && updateName ? { update_name: true } : {}) }
      : { phone, ...named, email: person.email.trim() || undefined, ...(found?.length ? { another_person: true } : {}) },
    fulfilment,
    ...(fulfilment === "delivery" ? { address } : {}),
  })
  const addressComplete = Boolean(address.address_1.trim() && address.postal_code.trim() && address.city.trim())
  const ready = Boolean(phone.trim() && found !== undefined && person.first_name.trim() && (fulfilment === "pickup" || addressComplete))

  return {
    phone,
    setPhone,
    find,
    finding: lookup.isPending,
    found,
    caller,
    choose,
    chosen,
    person,
    setPerson,
    renamed,
    updateName,
    setUpdateName,
    fulfilment,
    setFulfilment,
    address,
    setAddress,
    addressComplete,
    orderFields,
    ready,
    reset,
  }
}

export type CounterCustomer = ReturnType<typeof useCounterCustomer>
