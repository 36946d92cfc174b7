import Link from "next/link"
import { redirect } from "next/navigation"
import { ActionForm } from "@/components/forms/action-form"
import { Field } from "@/components/forms/field"
import { addAddressAction, deleteAddressAction, reorderAction, signOutAction } from "@/lib/actions/account-actions"
import { t } from "@/lib/i18n/locale"
import { fill, formatPrice } from "@/lib/i18n/messages"
import { currentCustomer } from "@/lib/medusa/customer"
import { listMyOrders, statusesOf } from "@/lib/medusa/orders"

export const dynamic = "force-dynamic"

/** The customer's addresses and past orders, each order one tap from being ordered again. */
export default async function AccountPage() {
  const [{ locale, m }, customer] = await Promise.all([t(), currentCustomer()])
  if (!customer) redirect("/account/login")
  const orders = await listMyOrders()
  const statuses = await statusesOf(orders.map((order) => order.id))
  const date = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeZone: "Europe/Paris" })
  return (
    <>
      <h1>{fill(m.hello, { name: customer.first_name ?? customer.email })}</h1>
      <form action={signOutAction}>
        <button type="submit">{m.signOut}</button>
      </form>
      <section aria-labelledby="my-orders" className="panel">
        <h2 id="my-orders">{m.myOrders}</h2>
        {orders.length === 0 && <p>{m.noOrders}</p>}
        <ul className="past-orders">
          {orders.map((order) => {
            // an order from before the kitchen tickets (imported from the previous system) is only done or cancelled: nothing to follow
            const finished = order.status === "completed" ? "delivered" : order.status === "canceled" ? "cancelled" : null
            const status = statuses.get(order.id) ?? finished
            const followable = Boolean(statuses.get(order.id)) || !finished
            return (
              <li key={order.id} data-testid="past-order">
                <h3>{fill(m.orderOf, { id: order.display_id, date: date.format(new Date(order.created_at)) })}</h3>
                {status && (
                  <p className="order-status" data-status={status}>
                    {m.statusNow.replace("{status}", m.statuses[status])}
                  </p>
                )}
                <p className="muted">
                  {order.items.map((item) => `${item.quantity} × ${item.title}${item.variant_title ? ` (${item.variant_title})` : ""}`).join(" · ")} —{" "}
                  {formatPrice(order.total, locale)}
                </p>
                <div className="actions">
                  {followable && (
                    <Link href={`/orders/${order.id}`}>
                      {m.follow}
                      <span className="visually-hidden"> — {order.display_id}</span>
                    </Link>
                  )}
                  <ActionForm action={reorderAction} submitLabel={m.reorder}>
                    <input type="hidden" name="order_id" value={order.id} />
                  </ActionForm>
                </div>
              </li>
            )
          })}
        </ul>
      </section>
      <section aria-labelledby="my-addresses" className="panel">
        <h2 id="my-addresses">{m.myAddresses}</h2>
        {customer.addresses.length === 0 && <p>{m.noAddress}</p>}
        <ul>
          {customer.addresses.map((address) => {
            const line = `${address.address_1}, ${address.postal_code} ${address.city}`
            return (
              <li key={address.id}>
                {line}{" "}
                <form action={deleteAddressAction} className="inline">
                  <input type="hidden" name="address_id" value={address.id} />
                  <button type="submit" className="link">
                    {fill(m.deleteAddress, { address: line })}
                  </button>
                </form>
              </li>
            )
          })}
        </ul>
        <ActionForm action={addAddressAction} submitLabel={m.addAddress}>
          <Field name="address_1" label={m.address} autoComplete="address-line1" />
          <Field name="postal_code" label={m.postalCode} autoComplete="postal-code" />
          <Field name="city" label={m.city} autoComplete="address-level2" />
        </ActionForm>
      </section>
    </>
  )
}
