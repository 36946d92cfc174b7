import { fill, formatPrice, formatShortPrice, type Locale, type Messages } from "@/lib/i18n/messages"

/** How far the basket is from the delivery minimum, and from free delivery, in words and as a bar. */
export function DeliveryProgress({ subtotal, minOrder, freeFrom, locale, m }: { subtotal: number; minOrder: number; freeFrom: number | null; locale: Locale; m: Messages }) {
  const money = (amount: number) => formatPrice(amount, locale)
  // rounded to the cent: a sum of prices carries floating-point dust
  const missing = Math.max(0, Math.round((minOrder - subtotal) * 100) / 100)
  return (
    <div className={missing > 0 ? "progress is-short" : "progress"} data-testid="min-order">
      <label htmlFor="min-order-bar">{missing > 0 ? fill(m.toMinimum, { amount: money(missing), min: formatShortPrice(minOrder, locale) }) : m.minimumReached}</label>
      <progress id="min-order-bar" max={minOrder || 1} value={Math.min(subtotal, minOrder || 1)} />
      {missing === 0 && freeFrom !== null && subtotal < freeFrom && <p className="muted small">{fill(m.toFreeDelivery, { amount: money(freeFrom - subtotal) })}</p>}
    </div>
  )
}
