import type { OrderTracking, TicketStatus } from "@oc-pizza/api-types"
import { headers } from "next/headers"
import { notFound } from "next/navigation"
import { CancelOrder } from "@/components/orders/cancel-order"
import { EtaCountdown } from "@/components/orders/eta-countdown"
import { LiveStatus } from "@/components/orders/live-status"
import { dishChoices } from "@/components/menu/dish-sizes"
import { ModifyOrder } from "@/components/orders/modify-order"
import { MoveSlot } from "@/components/orders/move-slot"
import { NewAmountStep } from "@/components/orders/new-amount-step"
import { t } from "@/lib/i18n/locale"
import { fill, formatOpening, formatPrice, formatTime } from "@/lib/i18n/messages"
import { slotPickerTexts } from "@/lib/i18n/slot-picker-texts"
import { StoreApiError } from "@/lib/medusa/client"
import { getMenuItems } from "@/lib/medusa/menu"
import { getTracking } from "@/lib/medusa/orders"
import { getSlots, ovenPizzas, slotChoice } from "@/lib/medusa/slots"
import { cardPaymentKey } from "@/lib/medusa/payments"
import { nextOnOrderPage } from "@/lib/orders/payment-after-change"

export const dynamic = "force-dynamic"

const DELIVERY_STAGES: TicketStatus[] = ["received", "preparing", "ready", "out_for_delivery", "delivered"]
const PICKUP_STAGES: TicketStatus[] = ["received", "preparing", "ready", "collected"]

/** Confirmation and live tracking: for the signed-in customer, or whoever holds the link with its token (guests). */
export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ token?: string; placed?: string; payment?: string }>
}) {
  const [{ id }, { token, placed, payment }, { locale, m }] = await Promise.all([params, searchParams, t()])
  let tracking: OrderTracking
  try {
    tracking = await getTracking(id, token)
  } catch (error) {
    // unknown order, or a link without its token: ./not-found.tsx, answered 404
    if (error instanceof StoreApiError && error.status === 404) notFound()
    throw error
  }
  const { order } = tracking
  const money = (amount: number) => formatPrice(amount, locale)
  const base = tracking.kind === "delivery" ? DELIVERY_STAGES : PICKUP_STAGES
  const booked = tracking.scheduled_for !== null
  const lifecycle: TicketStatus[] =
    tracking.status === "cancelled" ? ["received", "cancelled"] : tracking.status === "delivery_failed" ? [...base.slice(0, 4), "delivery_failed"] : base
  // a booked order waits as "scheduled" until the kitchen's fire time
  const stages: TicketStatus[] = booked ? ["scheduled", ...lifecycle] : lifecycle
  // until the kitchen starts it, the customer may change or cancel it
  const waiting = tracking.status === "received" || tracking.status === "scheduled"
  const link = `/orders/${id}${token ? `?token=${encodeURIComponent(token)}` : ""}`
  // the printed link is the whole link, token included: copied as text, it opens the order for whoever holds it
  const printedLink = `${await shopOrigin()}${link}`
  const [menu, cardKey] = await Promise.all([waiting ? getMenuItems(order.pizzeria.id) : [], waiting || tracking.payment ? cardPaymentKey() : null])
  // a booked order may move to another slot with room for its pizzas
  const moveChoice =
    tracking.status === "scheduled"
      ? slotChoice(await getSlots(order.pizzeria.id, tracking.kind, ovenPizzas(menu, order.items)), locale, { today: m.today, tomorrow: m.tomorrow })
      : null
  // a changed card order's new amount waiting for the card: its card step, at every visit (a reload, a later one)
  const toPay = nextOnOrderPage(tracking.payment, Boolean(cardKey), payment ?? null)
  const call = order.pizzeria.phone ? { href: `tel:${order.pizzeria.phone.replace(/\s/g, "")}`, label: fill(m.callPizzeria, { pizzeria: order.pizzeria.name }) } : null
  return (
    <>
      <h1>{fill(m.orderTitle, { id: order.display_id })}</h1>
      {placed && tracking.status !== "cancelled" && <p className="ok">{m.thanks}</p>}
      {/* back from the bank's page after confirming a changed order's new amount (./payment/route.ts) */}
      {payment === "paid" && (
        <p role="status" className="ok">
          {m.newAmountConfirmed}
        </p>
      )}
      {payment === "pending" && (
        <p role="status" className="notice" data-code="payment_pending">
          {m.newAmountPending}
        </p>
      )}
      {payment && payment !== "paid" && payment !== "pending" && (
        <p role="alert" className="error" data-code={payment}>
          {/* the card step below lets the customer try again; without it, the phone */}
          {payment === "declined" ? (toPay.next === "confirm_card" ? m.newAmountDeclined : m.newAmountDeclinedByPhone) : (m.errors[payment] ?? m.errors.generic)}{" "}
          {call && <a href={call.href}>{call.label}</a>}
        </p>
      )}
      {token && (
        <p className="muted small">
          {m.keepLink}{" "}
          <a href={link} className="tracking-link" data-testid="tracking-link">
            {printedLink}
          </a>
        </p>
      )}
      {toPay.next === "call_pizzeria" && (
        <p role="alert" className="error" data-code="card_confirmation_unavailable">
          {m.newAmountByPhone} {call && <a href={call.href}>{call.label}</a>}
        </p>
      )}
      {cardKey && (
        <NewAmountStep
          orderId={id}
          token={token ?? ""}
          paymentCollectionId={toPay.next === "confirm_card" ? toPay.payment_collection_id : null}
          publishableKey={cardKey}
          locale={locale}
          call={call}
          texts={{
            heading: m.newAmountHeading,
            waiting: m.newAmountWaiting,
            confirmPay: m.confirmPay,
            paying: m.paying,
            opening: m.newAmountOpening,
            generic: m.errors.generic,
          }}
        />
      )}
      <LiveStatus
        streamUrl={`/api/orders/${id}/stream${token ? `?token=${encodeURIComponent(token)}` : ""}`}
        initial={tracking.status}
        stages={stages.map((status) => ({ status, label: m.statuses[status] ?? status }))}
        texts={{ live: m.live, reconnecting: m.reconnecting, statusNow: m.statusNow, labels: m.statuses }}
      />
      {tracking.scheduled_for && !["cancelled", "delivered", "collected"].includes(tracking.status) && (
        <p className="notice" data-testid="booked-slot">
          {fill(tracking.kind === "delivery" ? m.bookedDelivery : m.bookedPickup, { when: formatOpening(tracking.scheduled_for, "Europe/Paris", locale) })}
        </p>
      )}
      {tracking.eta && tracking.status !== "scheduled" && (
        <EtaCountdown
          eta={tracking.eta}
          time={formatTime(tracking.eta, "Europe/Paris", locale)}
          texts={tracking.kind === "delivery" ? { in: m.etaArrivingIn, soon: m.etaArrivingSoon } : { in: m.etaReadyIn, soon: m.etaReadySoon }}
        />
      )}
      {tracking.status === "cancelled" && <p>{m.cancelled}</p>}
      {waiting ? (
        <div className="order-actions">
          <CancelOrder
            orderId={id}
            token={token ?? ""}
            texts={{ cancelOrder: m.cancelOrder, cancelQuestion: m.cancelQuestion, confirmCancel: m.confirmCancel, keepOrder: m.keepOrder }}
          />
          {moveChoice && tracking.scheduled_for && (
            <MoveSlot
              orderId={id}
              token={token ?? ""}
              choice={moveChoice}
              current={tracking.scheduled_for}
              texts={{
                ...slotPickerTexts(m),
                changeTime: m.changeTime,
                saveTime: m.saveTime,
                slotMoved: m.slotMoved,
              }}
            />
          )}
          <ModifyOrder
            orderId={id}
            token={token ?? ""}
            lines={order.items.flatMap((item) => {
              if (!item.variant_id) return []
              const changes = item.customisation
                ? [...item.customisation.remove.map((ingredient) => fill(m.without, { name: ingredient.name })), ...item.customisation.add.map((extra) => `+ ${extra.name}`)]
                : []
              const dish = menu.find((candidate) => candidate.variants.some((variant) => variant.id === item.variant_id))
              return [
                {
                  variant_id: item.variant_id,
                  label: `${item.title}${item.variant ? ` (${item.variant})` : ""}${changes.length ? ` — ${changes.join(", ")}` : ""}`,
                  quantity: item.quantity,
                  remove: item.customisation?.remove.map((ingredient) => ingredient.id) ?? [],
                  add: item.customisation?.add.map((extra) => extra.id) ?? [],
                  choices: (dish && dishChoices(dish, locale, m)) ?? null,
                },
              ]
            })}
            options={menu.flatMap((item) =>
              item.available
                ? item.variants
                    .filter((variant) => variant.available && variant.price !== null)
                    .map((variant) => ({ variant_id: variant.id, label: `${item.title} (${variant.title}) — ${money(variant.price ?? 0)}` }))
                : []
            )}
            texts={{
              modifyOrder: m.modifyOrder,
              changeIngredients: m.changeIngredients,
              saveChanges: m.saveChanges,
              addPizza: m.addPizza,
              none: m.none,
              modified: m.modified,
              quantityOf: m.quantityOf,
            }}
          />
        </div>
      ) : (
        !["cancelled", "delivered", "collected"].includes(tracking.status) && (
          <p className="muted">
            {m.tooLate} {order.pizzeria.phone && <a href={`tel:${order.pizzeria.phone.replace(/\s/g, "")}`}>{fill(m.callPizzeria, { pizzeria: order.pizzeria.name })}</a>}
          </p>
        )
      )}
      <section aria-labelledby="order-lines" className="panel">
        <h2 id="order-lines">{order.pizzeria.name}</h2>
        <ul className="order-lines">
          {order.items.map((item, index) => (
            <li key={`${index}-${item.variant_id}`}>
              <span>
                {item.quantity} × {item.title} {item.variant && <span className="muted">({item.variant})</span>}
                {item.customisation && (
                  <span className="line-changes">
                    {[
                      ...item.customisation.remove.map((ingredient) => fill(m.without, { name: ingredient.name })),
                      ...item.customisation.add.map((ingredient) => `+ ${ingredient.name}`),
                    ].join(" · ")}
                  </span>
                )}
              </span>
              <span className="amount">{money(item.total)}</span>
            </li>
          ))}
        </ul>
        <dl className="totals">
          {tracking.kind === "delivery" && (
            <div>
              <dt>{m.deliveryFee}</dt>
              <dd>{order.shipping_total === 0 ? m.free : money(order.shipping_total)}</dd>
            </div>
          )}
          <div className="grand">
            <dt>{m.total}</dt>
            <dd>{money(order.total)}</dd>
          </div>
        </dl>
        {order.shipping_address && (
          <p className="muted">
            {fill(m.deliveryAddressLine, { address: `${order.shipping_address.address_1}, ${order.shipping_address.postal_code} ${order.shipping_address.city}` })}
          </p>
        )}
      </section>
    </>
  )
}

/** The shop's own address as the customer reached it (behind a proxy, as the proxy says). */
async function shopOrigin(): Promise<string> {
  const asked = await headers()
  const host = asked.get("x-forwarded-host") ?? asked.get("host") ?? "localhost"
  const protocol = asked.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https")
  return `${protocol.split(",")[0].trim()}://${host}`
}
