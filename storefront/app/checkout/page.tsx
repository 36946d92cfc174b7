import { redirect } from "next/navigation"
import { CheckoutForm } from "@/components/checkout/checkout-form"
import { t } from "@/lib/i18n/locale"
import { formatPrice } from "@/lib/i18n/messages"
import { slotPickerTexts } from "@/lib/i18n/slot-picker-texts"
import { withNothingCharged } from "@/lib/i18n/nothing-charged"
import { currentCart } from "@/lib/medusa/cart"
import { currentCustomer } from "@/lib/medusa/customer"
import { getMenuItems } from "@/lib/medusa/menu"
import { cardPaymentKey } from "@/lib/medusa/payments"
import { listPizzerias } from "@/lib/medusa/pizzerias"
import { getSlots, ovenPizzas, slotChoice, type SlotChoice } from "@/lib/medusa/slots"
import { wantedSlot } from "@/lib/session/wanted-slot"
import { currentPlace } from "@/lib/session/place"

export const dynamic = "force-dynamic"

export default async function CheckoutPage({ searchParams }: { searchParams: Promise<{ refused?: string; uncharged?: string }> }) {
  const [{ locale, m }, cart, place, customer, pizzerias, cardKey, wanted, { refused, uncharged }] = await Promise.all([
    t(),
    currentCart(),
    currentPlace(),
    currentCustomer(),
    listPizzerias(),
    cardPaymentKey(),
    wantedSlot(),
    searchParams,
  ])
  if (!cart || cart.items.length === 0) redirect("/cart")
  const pizzeria = pizzerias.find((candidate) => candidate.sales_channel_id === cart.sales_channel_id)
  // the slots with room for this cart's pizzas at its pizzeria, for either kind of order
  const menu = pizzeria ? await getMenuItems(pizzeria.id, locale) : []
  const pizzas = ovenPizzas(menu, cart.items)
  const words = { today: m.today, tomorrow: m.tomorrow }
  const slots: Record<"delivery" | "pickup", SlotChoice> | null = pizzeria
    ? await Promise.all([getSlots(pizzeria.id, "delivery", pizzas), getSlots(pizzeria.id, "pickup", pizzas)]).then(([delivery, pickup]) => ({
        delivery: slotChoice(delivery, locale, words),
        pickup: slotChoice(pickup, locale, words),
      }))
    : null
  const saved = customer?.addresses[0]
  const address = place?.mode === "delivery" && place.address ? place.address : saved ? { address_1: saved.address_1, postal_code: saved.postal_code, city: saved.city } : null
  const fee = place?.mode === "delivery" && !(place.free_delivery_threshold !== null && cart.item_total >= place.free_delivery_threshold) ? place.fee : 0
  const money = (amount: number) => formatPrice(amount, locale)
  const refusalText = (text: string) => (uncharged ? withNothingCharged(text, m) : text)
  return (
    <>
      <h1>{m.checkoutTitle}</h1>
      <p className="muted">{cart.items.map((line) => `${line.quantity} × ${line.product_title}${line.variant_title ? ` (${line.variant_title})` : ""}`).join(" · ")}</p>
      <CheckoutForm
        pickupName={pizzeria?.name ?? null}
        totals={{ delivery: money(cart.item_total + fee), pickup: money(cart.item_total) }}
        card={cardKey ? { publishableKey: cardKey, locale } : null}
        refusal={refused ? refusalText(m.errors[refused] ?? m.errors.generic) : null}
        saved={(customer?.addresses ?? []).map(({ id, address_1, postal_code, city }) => ({ id, address_1, postal_code, city }))}
        initial={{
          mode: place?.mode ?? "delivery",
          email: customer?.email ?? cart.email ?? "",
          first_name: customer?.first_name ?? "",
          last_name: customer?.last_name ?? "",
          phone: customer?.phone ?? "",
          address_1: address?.address_1 ?? "",
          postal_code: address?.postal_code ?? "",
          city: address?.city ?? "",
          door_code: "",
          floor: "",
          note: "",
          scheduled_for: wanted ?? "",
        }}
        slots={slots}
        texts={{
          howToGet: m.howToGet,
          delivery: m.delivery,
          pickup: m.pickup,
          contact: m.contact,
          email: m.email,
          firstName: m.firstName,
          lastName: m.lastName,
          phone: m.phone,
          deliveryAddress: m.deliveryAddress,
          address: m.address,
          postalCode: m.postalCode,
          city: m.city,
          payment: m.payment,
          payOnDelivery: m.payOnDelivery,
          payAtPickup: m.payAtPickup,
          payByCard: m.payByCard,
          placing: m.placing,
          placeOrder: m.placeOrder,
          pay: m.pay,
          otherPayment: m.otherPayment,
          paying: m.paying,
          instructionsLegend: m.instructionsLegend,
          doorCode: m.doorCode,
          floorFlat: m.floorFlat,
          driverNote: m.driverNote,
          savedAddresses: m.savedAddresses,
          useSavedAddress: m.useSavedAddress,
          ...slotPickerTexts(m),
        }}
      />
    </>
  )
}
