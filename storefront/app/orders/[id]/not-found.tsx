import Link from "next/link"
import { t } from "@/lib/i18n/locale"

/** An order this link does not open (unknown, or its token missing or wrong): answered 404, with the way back. */
export default async function OrderNotFound() {
  const { m } = await t()
  return (
    <>
      <h1>{m.orderNotFound}</h1>
      <p>{m.orderNotFoundHint}</p>
      <p className="order-not-found-actions">
        <Link href="/account">{m.seeMyOrders}</Link>
        <Link href="/">{m.backToMenu}</Link>
      </p>
    </>
  )
}
