import { useBasket } from "../hooks/use-basket"
import { useCounterCustomer } from "../hooks/use-counter-customer"
import { usePlaceCounterOrder } from "../hooks/use-place-counter-order"
import { BasketPanel } from "./basket-panel"
import { CustomerPanel } from "./customer-panel"
import { MenuPanel } from "./menu-panel"

/** The counter screen in three columns: the customer, the menu, the order being taken. */
export function CounterOrder({ pizzeriaId }: { pizzeriaId: string }) {
  const customer = useCounterCustomer(pizzeriaId)
  const basket = useBasket()
  const place = usePlaceCounterOrder(pizzeriaId)
  const submit = () =>
    place.mutate(
      { ...customer.orderFields(), items: basket.lines.map(({ variant_id, quantity }) => ({ variant_id, quantity })) },
      {
        onSuccess: () => {
          basket.clear()
          customer.reset()
        },
      }
    )
  return (
    <div className="grid grid-cols-1 gap-3 xl:grid-cols-3">
      <CustomerPanel customer={customer} />
      <MenuPanel pizzeriaId={pizzeriaId} onAdd={basket.add} />
      <BasketPanel basket={basket} placing={place.isPending} canPlace={customer.ready} onPlace={submit} />
    </div>
  )
}
