import type { MenuItem } from "@oc-pizza/api-types"
import Link from "next/link"
import { CartLines, type CartLineView } from "@/components/cart/cart-lines"
import { DeliveryProgress } from "@/components/cart/delivery-progress"
import { OrderTerms } from "@/components/cart/order-terms"
import { t } from "@/lib/i18n/locale"
import { fill, formatPrice, type Messages } from "@/lib/i18n/messages"
import { currentCart, type LineChoice } from "@/lib/medusa/cart"
import { getMenuItems, variantsOf } from "@/lib/medusa/menu"
import { listPizzerias } from "@/lib/medusa/pizzerias"
import { currentPlace } from "@/lib/session/place"

export const dynamic = "force-dynamic"

/** The basket at its pizzeria: what that kitchen cannot make tonight is flagged before anything is paid. */
/** A customised pizza's changes in words ("Sans Oignons rouges · + Chorizo"), named from the menu. */
function changesOf(choice: LineChoice | null, item: MenuItem, m: Messages): string | null {
  if (!choice) return null
  const nameOf = (id: string) => item.ingredients.find((ingredient) => ingredient.id === id)?.name ?? item.customisation?.extras.find((extra) => extra.id === id)?.name ?? id
  return [...choice.remove.map((id) => fill(m.without, { name: nameOf(id) })), ...choice.add.map((id) => fill(m.extraPrice, { price: nameOf(id) }))].join(" · ")
}

export default async function CartPage() {
  const [{ locale, m }, cart, place, pizzerias] = await Promise.all([t(), currentCart(), currentPlace(), listPizzerias()])
  if (!cart || cart.items.length === 0) {
    return (
      <>
        <h1>{m.cart}</h1>
        <p>{m.emptyCart}</p>
        <Link href="/">{m.seeMenus}</Link>
      </>
    )
  }
  const pizzeria = pizzerias.find((candidate) => candidate.sales_channel_id === cart.sales_channel_id)
  const offered = pizzeria ? variantsOf(await getMenuItems(pizzeria.id)) : new Map()
  const money = (amount: number) => formatPrice(amount, locale)
  const lines: CartLineView[] = cart.items.map((line) => {
    const entry = offered.get(line.variant_id)
    const available = Boolean(entry && entry.item.available && entry.variant.available)
    return {
      id: line.id,
      title: line.product_title,
      size: line.variant_title,
      changes: entry ? changesOf(line.customisation, entry.item, m) : null,
      quantity: line.quantity,
      unitPrice: money(line.unit_price),
      total: money(line.total),
      unavailable: available ? null : fill(m.unavailableHere, { pizzeria: pizzeria?.name ?? "" }),
    }
  })
  const delivery = place?.mode === "delivery" && place.pizzeria_id === pizzeria?.id ? place : null
  const subtotal = cart.item_total
  const fee = delivery ? (delivery.free_delivery_threshold !== null && subtotal >= delivery.free_delivery_threshold ? 0 : delivery.fee) : 0
  const belowMinimum = delivery !== null && subtotal < delivery.min_order
  // below the minimum, with a dish the kitchen cannot make or before the customer said delivery or pickup,
  // there is no checkout to offer: the page says what is missing instead (the backend refuses it anyway)
  const blocked = belowMinimum || lines.some((line) => line.unavailable) || !place
  return (
    <>
      <h1>{m.cart}</h1>
      {pizzeria && (
        <p className="muted">{delivery ? `${fill(m.deliveryTo, { address: delivery.label })} · ${m.deliveredBy} ${pizzeria.name}` : `${m.pickupAt} ${pizzeria.name}`}</p>
      )}
      {pizzeria && <OrderTerms place={place} pizzeria={pizzeria} locale={locale} m={m} />}
      <CartLines lines={lines} texts={{ cart: m.cart, quantityOf: m.quantityOf, less: m.less, more: m.more, remove: m.remove, removed: m.removed }} />
      <dl className="totals">
        <div>
          <dt>{m.subtotal}</dt>
          <dd>{money(subtotal)}</dd>
        </div>
        {delivery && (
          <div>
            <dt>{m.deliveryFee}</dt>
            <dd>{fee === 0 ? m.free : money(fee)}</dd>
          </div>
        )}
        <div className="grand">
          <dt>{m.total}</dt>
          <dd>{money(subtotal + fee)}</dd>
        </div>
      </dl>
      {delivery && <DeliveryProgress subtotal={subtotal} minOrder={delivery.min_order} freeFrom={delivery.free_delivery_threshold} locale={locale} m={m} />}
      {!place && (
        <p>
          {m.chooseFirst} <Link href="/">{m.change}</Link>
        </p>
      )}
      <div className="actions">
        {!blocked && (
          <Link href="/checkout" className="button primary">
            {m.checkout}
          </Link>
        )}
        {pizzeria && (
          <Link href={`/pizzerias/${pizzeria.id}`} className={belowMinimum ? "button primary" : "button"}>
            {belowMinimum ? m.addMore : `← ${m.menuOf} ${pizzeria.name}`}
          </Link>
        )}
      </div>
    </>
  )
}
