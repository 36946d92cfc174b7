import { Button, Checkbox, Container, Input, Label, RadioGroup, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ANOTHER_PERSON, fullName, type CounterCustomer } from "../hooks/use-counter-customer"
import { FulfilmentFields } from "./fulfilment-fields"

/**
 * The caller: their number looked up, then who is calling among the customers
 * who share it (or someone else), and the name the order is taken under; then
 * pickup or delivery.
 */
export function CustomerPanel({ customer }: { customer: CounterCustomer }) {
  const { t } = useTranslation("ocp")
  const { phone, found, chosen, person, setPerson } = customer
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
      {found && found.length > 0 && (
        <fieldset>
          <legend className="text-sm font-medium">{t("counter.caller")}</legend>
          <RadioGroup value={customer.caller} onValueChange={(value) => customer.choose(value)} className="mt-2 flex flex-col gap-2">
            {found.map((candidate) => (
              <div key={candidate.id} className="flex items-center gap-2">
                <RadioGroup.Item value={candidate.id} id={`ocp-caller-${candidate.id}`} />
                <Label htmlFor={`ocp-caller-${candidate.id}`}>
                  {fullName(candidate) || candidate.email || phone}
                  {candidate.email && fullName(candidate) && <span className="text-ui-fg-subtle"> · {candidate.email}</span>}
                </Label>
              </div>
            ))}
            <div className="flex items-center gap-2">
              <RadioGroup.Item value={ANOTHER_PERSON} id="ocp-caller-another" />
              <Label htmlFor="ocp-caller-another">{t("counter.anotherPerson")}</Label>
            </div>
          </RadioGroup>
        </fieldset>
      )}
      {found && found.length === 0 && <Text size="small">{t("counter.unknown")}</Text>}
      {found && (
        <div className="flex flex-col gap-2">
          <div className="grid grid-cols-2 gap-2">
            <div>
              <Label htmlFor="ocp-first-name">{t("counter.firstName")}</Label>
              <Input id="ocp-first-name" autoComplete="off" value={person.first_name} onChange={(event) => setPerson({ ...person, first_name: event.target.value })} required />
            </div>
            <div>
              <Label htmlFor="ocp-last-name">{t("counter.lastName")}</Label>
              <Input id="ocp-last-name" autoComplete="off" value={person.last_name} onChange={(event) => setPerson({ ...person, last_name: event.target.value })} />
            </div>
          </div>
          {!chosen && (
            <>
              <Label htmlFor="ocp-email">{t("counter.email")}</Label>
              <Input id="ocp-email" type="email" value={person.email} onChange={(event) => setPerson({ ...person, email: event.target.value })} />
            </>
          )}
          {!chosen && found.length > 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("counter.anotherPersonHint", { names: found.map((candidate) => fullName(candidate) || phone).join(", ") })}
            </Text>
          )}
          {chosen && customer.renamed && (
            <div className="bg-ui-bg-subtle flex flex-col gap-2 rounded-md p-3">
              <Text size="small">{t("counter.orderUnder", { name: fullName(person) || "?", account: fullName(chosen) })}</Text>
              <div className="flex items-start gap-2">
                <Checkbox id="ocp-update-name" checked={customer.updateName} onCheckedChange={(checked) => customer.setUpdateName(checked === true)} />
                <Label htmlFor="ocp-update-name" size="small">
                  {t("counter.updateName", { account: fullName(chosen), name: fullName(person) })}
                </Label>
              </div>
            </div>
          )}
        </div>
      )}
      <FulfilmentFields customer={customer} />
    </Container>
  )
}
