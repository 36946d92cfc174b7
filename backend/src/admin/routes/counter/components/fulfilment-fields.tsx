import { Input, Label, RadioGroup } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { CounterCustomer } from "../hooks/use-counter-customer"
import type { Fulfilment } from "../hooks/use-place-counter-order"

const FULFILMENTS: Fulfilment[] = ["pickup", "delivery"]

/** Pickup or delivery, and the delivery address (proposed from the customer's last one). */
export function FulfilmentFields({ customer }: { customer: CounterCustomer }) {
  const { t } = useTranslation("ocp")
  const { fulfilment, address, setAddress } = customer
  return (
    <>
      <fieldset>
        <legend className="text-sm font-medium">{t("counter.fulfilment")}</legend>
        <RadioGroup value={fulfilment} onValueChange={(value) => customer.setFulfilment(value === "delivery" ? "delivery" : "pickup")} className="mt-2 flex gap-4">
          {FULFILMENTS.map((value) => (
            <div key={value} className="flex items-center gap-2">
              <RadioGroup.Item value={value} id={`ocp-${value}`} />
              <Label htmlFor={`ocp-${value}`}>{t(`counter.${value}`)}</Label>
            </div>
          ))}
        </RadioGroup>
      </fieldset>
      {fulfilment === "delivery" && (
        <div className="flex flex-col gap-2">
          <Label htmlFor="ocp-address">{t("counter.address")}</Label>
          <Input id="ocp-address" autoComplete="off" value={address.address_1} onChange={(event) => setAddress({ ...address, address_1: event.target.value })} />
          <div className="grid grid-cols-2 gap-2">
            <div>
              <Label htmlFor="ocp-postal-code">{t("counter.postalCode")}</Label>
              <Input id="ocp-postal-code" value={address.postal_code} onChange={(event) => setAddress({ ...address, postal_code: event.target.value })} />
            </div>
            <div>
              <Label htmlFor="ocp-city">{t("counter.city")}</Label>
              <Input id="ocp-city" value={address.city} onChange={(event) => setAddress({ ...address, city: event.target.value })} />
            </div>
          </div>
        </div>
      )}
    </>
  )
}
