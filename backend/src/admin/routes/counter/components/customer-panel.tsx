import { Badge, Button, Container, Input, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { CounterCustomer } from "../hooks/use-counter-customer"
import { FulfilmentFields } from "./fulfilment-fields"

/** The caller: found by phone number, or a newcomer's name; then pickup or delivery. */
export function CustomerPanel({ customer }: { customer: CounterCustomer }) {
  const { t } = useTranslation("ocp")
  const { phone, found, person, setPerson } = customer
  return (
    <Container className="flex flex-col gap-3 px-6 py-4 xl:col-span-1">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          customer.find()
        }}
        className="flex items-end gap-2"
      >
        <div className="flex-1">
          <Label htmlFor="ocp-phone">{t("counter.phone")}</Label>
          <Input id="ocp-phone" type="tel" autoComplete="off" value={phone} onChange={(event) => customer.setPhone(event.target.value)} required />
        </div>
        <Button type="submit" variant="secondary" isLoading={customer.finding}>
          {t("counter.find")}
        </Button>
      </form>
      {found && <Badge color="green">{t("counter.known", { name: [found.first_name, found.last_name].filter(Boolean).join(" ") || found.email || phone })}</Badge>}
      {found === null && (
        <div className="flex flex-col gap-2">
          <Text size="small">{t("counter.unknown")}</Text>
          <Label htmlFor="ocp-first-name">{t("counter.firstName")}</Label>
          <Input id="ocp-first-name" value={person.first_name} onChange={(event) => setPerson({ ...person, first_name: event.target.value })} required />
          <Label htmlFor="ocp-last-name">{t("counter.lastName")}</Label>
          <Input id="ocp-last-name" value={person.last_name} onChange={(event) => setPerson({ ...person, last_name: event.target.value })} />
          <Label htmlFor="ocp-email">{t("counter.email")}</Label>
          <Input id="ocp-email" type="email" value={person.email} onChange={(event) => setPerson({ ...person, email: event.target.value })} />
        </div>
      )}
      <FulfilmentFields customer={customer} />
    </Container>
  )
}
