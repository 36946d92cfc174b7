import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Phone } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, RadioGroup, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { StaffPage } from "../../components/staff-page"
import { errorText, messages, money } from "../../lib/i18n"
import { postJson, staffApi } from "../../lib/staff-api"

type Variant = { id: string; title: string; price: number | null; available: boolean }
type MenuItem = { product_id: string; title: string; variants: Variant[]; available: boolean; unavailable_reason: { message: string } | null }
type Customer = { id: string; first_name: string | null; last_name: string | null; email: string | null; addresses: { address_1: string | null; postal_code: string | null; city: string | null }[] }
type Line = { variant_id: string; label: string; price: number; quantity: number }

/** A clerk takes a phone or counter order: the caller found by number (or created), the dishes, pickup or delivery. */
const CounterPage = () => <StaffPage title={messages().counter.title}>{(_staff, pizzeriaId) => <CounterOrder pizzeriaId={pizzeriaId} />}</StaffPage>

function CounterOrder({ pizzeriaId }: { pizzeriaId: string }) {
  const m = messages()
  const [menu, setMenu] = useState<MenuItem[]>([])
  const [phone, setPhone] = useState("")
  const [found, setFound] = useState<Customer | null | undefined>()
  const [person, setPerson] = useState({ first_name: "", last_name: "", email: "" })
  const [fulfilment, setFulfilment] = useState<"pickup" | "delivery">("pickup")
  const [address, setAddress] = useState({ address_1: "", postal_code: "", city: "" })
  const [lines, setLines] = useState<Line[]>([])
  const [placing, setPlacing] = useState(false)

  useEffect(() => {
    staffApi<{ items: MenuItem[] }>(`/admin/pizzerias/${pizzeriaId}/menu`).then(({ items }) => setMenu(items), (error) => toast.error(errorText(error, m)))
  }, [pizzeriaId])

  const find = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const { customers } = await staffApi<{ customers: Customer[] }>(`/admin/pizzerias/${pizzeriaId}/customers?phone=${encodeURIComponent(phone)}`)
      const customer = customers[0] ?? null
      setFound(customer)
      const home = customer?.addresses[0]
      if (home?.address_1) setAddress({ address_1: home.address_1, postal_code: home.postal_code ?? "", city: home.city ?? "" })
    } catch (error) {
      toast.error(errorText(error, m))
    }
  }

  const add = (item: MenuItem, variant: Variant) =>
    setLines((current) => {
      const existing = current.find((line) => line.variant_id === variant.id)
      if (existing) return current.map((line) => (line === existing ? { ...line, quantity: line.quantity + 1 } : line))
      return [...current, { variant_id: variant.id, label: `${item.title} (${variant.title})`, price: variant.price ?? 0, quantity: 1 }]
    })
  const remove = (variantId: string) =>
    setLines((current) => current.flatMap((line) => (line.variant_id !== variantId ? [line] : line.quantity > 1 ? [{ ...line, quantity: line.quantity - 1 }] : [])))

  const place = async () => {
    setPlacing(true)
    try {
      const { order } = await postJson<{ order: { display_id: number; total: number; currency_code: string } }>(`/admin/pizzerias/${pizzeriaId}/counter-orders`, {
        customer: { phone, ...(found ? {} : { first_name: person.first_name || undefined, last_name: person.last_name || undefined, email: person.email || undefined }) },
        items: lines.map(({ variant_id, quantity }) => ({ variant_id, quantity })),
        fulfilment,
        ...(fulfilment === "delivery" ? { address } : {}),
      })
      toast.success(m.counter.placed(String(order.display_id), money(Number(order.total), order.currency_code)))
      setLines([])
      setFound(undefined)
      setPhone("")
      setPerson({ first_name: "", last_name: "", email: "" })
    } catch (error) {
      toast.error(errorText(error, m))
    } finally {
      setPlacing(false)
    }
  }

  const subtotal = lines.reduce((sum, line) => sum + line.price * line.quantity, 0)
  const customerReady = phone.trim() && (found || person.first_name.trim())
  const addressReady = fulfilment === "pickup" || (address.address_1 && address.postal_code && address.city)

  return (
    <div className="grid grid-cols-1 gap-3 xl:grid-cols-3">
      <Container className="flex flex-col gap-3 px-6 py-4 xl:col-span-1">
        <form onSubmit={find} className="flex items-end gap-2">
          <div className="flex-1">
            <Label htmlFor="ocp-phone">{m.counter.phone}</Label>
            <Input id="ocp-phone" type="tel" autoComplete="off" value={phone} onChange={(event) => { setPhone(event.target.value); setFound(undefined) }} required />
          </div>
          <Button type="submit" variant="secondary">{m.counter.find}</Button>
        </form>
        {found && <Badge color="green">{m.counter.known([found.first_name, found.last_name].filter(Boolean).join(" ") || found.email || phone)}</Badge>}
        {found === null && (
          <div className="flex flex-col gap-2">
            <Text size="small">{m.counter.unknown}</Text>
            <Label htmlFor="ocp-first-name">{m.counter.firstName}</Label>
            <Input id="ocp-first-name" value={person.first_name} onChange={(event) => setPerson({ ...person, first_name: event.target.value })} required />
            <Label htmlFor="ocp-last-name">{m.counter.lastName}</Label>
            <Input id="ocp-last-name" value={person.last_name} onChange={(event) => setPerson({ ...person, last_name: event.target.value })} />
            <Label htmlFor="ocp-email">{m.counter.email}</Label>
            <Input id="ocp-email" type="email" value={person.email} onChange={(event) => setPerson({ ...person, email: event.target.value })} />
          </div>
        )}
        <fieldset>
          <legend className="text-sm font-medium">{m.counter.fulfilment}</legend>
          <RadioGroup value={fulfilment} onValueChange={(value) => setFulfilment(value as "pickup" | "delivery")} className="mt-2 flex gap-4">
            {(["pickup", "delivery"] as const).map((value) => (
              <div key={value} className="flex items-center gap-2">
                <RadioGroup.Item value={value} id={`ocp-${value}`} />
                <Label htmlFor={`ocp-${value}`}>{m.counter[value]}</Label>
              </div>
            ))}
          </RadioGroup>
        </fieldset>
        {fulfilment === "delivery" && (
          <div className="flex flex-col gap-2">
            <Label htmlFor="ocp-address">{m.counter.address}</Label>
            <Input id="ocp-address" autoComplete="off" value={address.address_1} onChange={(event) => setAddress({ ...address, address_1: event.target.value })} />
            <div className="grid grid-cols-2 gap-2">
              <div>
                <Label htmlFor="ocp-postal-code">{m.counter.postalCode}</Label>
                <Input id="ocp-postal-code" value={address.postal_code} onChange={(event) => setAddress({ ...address, postal_code: event.target.value })} />
              </div>
              <div>
                <Label htmlFor="ocp-city">{m.counter.city}</Label>
                <Input id="ocp-city" value={address.city} onChange={(event) => setAddress({ ...address, city: event.target.value })} />
              </div>
            </div>
          </div>
        )}
      </Container>

      <Container className="flex flex-col gap-2 px-6 py-4 xl:col-span-1">
        <Heading level="h2">{m.counter.menu}</Heading>
        <ul className="flex flex-col gap-2">
          {menu.map((item) => (
            <li key={item.product_id}>
              <Text weight="plus">
                {item.title} {!item.available && <Badge color="red" size="2xsmall">{item.unavailable_reason?.message ?? m.counter.unavailable}</Badge>}
              </Text>
              <div className="mt-1 flex flex-wrap gap-2">
                {item.variants.map((variant) => (
                  <Button key={variant.id} size="small" variant="secondary" disabled={!variant.available} onClick={() => add(item, variant)} aria-label={m.counter.add(`${item.title} (${variant.title})`)}>
                    {variant.title} · {money(variant.price ?? 0)}
                  </Button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      </Container>

      <Container className="flex flex-col gap-2 px-6 py-4 xl:col-span-1">
        <Heading level="h2">{m.counter.basket}</Heading>
        {lines.length === 0 && <Text className="text-ui-fg-subtle">{m.counter.empty}</Text>}
        <ul className="flex flex-col gap-1" aria-live="polite">
          {lines.map((line) => (
            <li key={line.variant_id} className="flex items-center justify-between gap-2">
              <Text>{line.quantity} × {line.label}</Text>
              <Button size="small" variant="transparent" onClick={() => remove(line.variant_id)} aria-label={m.counter.remove(line.label)}>−</Button>
            </li>
          ))}
        </ul>
        <Text weight="plus">{m.counter.subtotal} : {money(subtotal)}</Text>
        <Button size="large" isLoading={placing} disabled={!lines.length || !customerReady || !addressReady} onClick={place}>{m.counter.place}</Button>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Comptoir · Counter", icon: Phone })

export default CounterPage
