import { Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useBasket } from "../hooks/use-basket"
import { fullName, useCounterCustomer } from "../hooks/use-counter-customer"
import { useCounterQuote } from "../hooks/use-counter-quote"
import { usePlaceCounterOrder, type Fulfilment, type PlacedCounterOrder } from "../hooks/use-place-counter-order"
import { BasketPanel } from "./basket-panel"
import { CustomerPanel } from "./customer-panel"
import { MenuPanel } from "./menu-panel"
import { PickupQuote } from "./pickup-quote"
import { SlotField } from "./slot-field"

type Placed = PlacedCounterOrder & { fulfilment: Fulfilment; booked: boolean }

/** The counter screen in three columns: the customer, the menu, the order being taken with the time to quote. */
export function CounterOrder({ pizzeriaId }: { pizzeriaId: string }) {
  const { t } = useTranslation("ocp")
  const customer = useCounterCustomer(pizzeriaId)
  const basket = useBasket()
  const place = usePlaceCounterOrder(pizzeriaId)
  const quote = useCounterQuote(pizzeriaId, customer.fulfilment, customer.addressComplete ? customer.address : null)
  const [placed, setPlaced] = useState<Placed | null>(null)
  const [slot, setSlot] = useState("")
  const time = (iso: string) => new Date(iso).toLocaleTimeString(t("locale"), { hour: "2-digit", minute: "2-digit" })
  // a booked slot is said with its day: "demain 19:30"
  const dayAndTime = (iso: string) => new Date(iso).toLocaleString(t("locale"), { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" })

  const submit = () => {
    const fulfilment = customer.fulfilment
    place.mutate(
      {
        ...customer.orderFields(),
        items: basket.lines.map(({ variant, quantity, remove, add }) => ({ variant_id: variant.id, quantity, ...(remove.length || add.length ? { remove, add } : {}) })),
        ...(slot ? { scheduled_for: slot } : {}),
      },
      {
        onSuccess: (result) => {
          setPlaced({ ...result, fulfilment, booked: Boolean(slot) })
          basket.clear()
          customer.reset()
          setSlot("")
        },
      }
    )
  }
  const confirmation = placed && (
    <div role="status" className="bg-ui-tag-green-bg text-ui-tag-green-text rounded-md p-3" data-testid="counter-placed">
      <Text weight="plus">
        {t("counter.confirmed", {
          number: placed.order.display_id,
          name: placed.order.shipping_address ? fullName(placed.order.shipping_address) : "",
        })}
      </Text>
      {placed.eta && (
        <Text>
          {placed.booked
            ? t(placed.fulfilment === "delivery" ? "counter.confirmBookedDelivery" : "counter.confirmBookedPickup", { when: dayAndTime(placed.eta) })
            : t(placed.fulfilment === "delivery" ? "counter.confirmDelivery" : "counter.confirmPickup", { time: time(placed.eta) })}
        </Text>
      )}
    </div>
  )
  return (
    <div className="grid grid-cols-1 gap-3 xl:grid-cols-3">
      <CustomerPanel customer={customer} />
      <MenuPanel pizzeriaId={pizzeriaId} onAdd={basket.add} />
      <BasketPanel
        basket={basket}
        placing={place.isPending}
        canPlace={customer.ready}
        onPlace={submit}
        placed={confirmation}
        quote={
          <>
            <SlotField
              pizzeriaId={pizzeriaId}
              fulfilment={customer.fulfilment}
              // the oven's dishes, those with a recipe (the menu lists their ingredients), as the backend counts them
              pizzas={basket.lines.reduce((sum, line) => sum + (line.item.ingredients.length > 0 ? line.quantity : 0), 0)}
              value={slot}
              onChange={setSlot}
            />
            {!slot && <PickupQuote quote={quote.data} error={quote.error} addressComplete={customer.addressComplete} />}
          </>
        }
      />
    </div>
  )
}
