import { OrderAhead } from "@/components/pizzerias/order-ahead"
import { PizzeriaList } from "@/components/pizzerias/pizzeria-list"
import { DeliveryForm } from "@/components/start/delivery-form"
import { t } from "@/lib/i18n/locale"
import { currentCustomer } from "@/lib/medusa/customer"
import { listPizzerias } from "@/lib/medusa/pizzerias"
import type { PickedAddress } from "@/lib/session/parse-address"
import { currentPlace } from "@/lib/session/place"

export const dynamic = "force-dynamic"

/** Where it all starts: delivered to an address (a signed-in customer's saved ones offered first), or picked up at a pizzeria. */
export default async function HomePage() {
  const [{ locale, m }, pizzerias, place, customer] = await Promise.all([t(), listPizzerias(), currentPlace(), currentCustomer()])
  const address = place?.mode === "delivery" && place.address ? `${place.address.address_1}, ${place.address.postal_code} ${place.address.city}` : ""
  const saved: PickedAddress[] = (customer?.addresses ?? []).map((entry) => ({
    label: `${entry.address_1}, ${entry.postal_code} ${entry.city}`,
    address_1: entry.address_1,
    postal_code: entry.postal_code,
    city: entry.city,
    lat: null,
    lng: null,
  }))
  return (
    <>
      <h1>{m.howToGet}</h1>
      <p className="muted">{m.tagline}</p>
      {pizzerias.length > 0 && pizzerias.every((pizzeria) => !pizzeria.is_open) && <OrderAhead pizzerias={pizzerias} locale={locale} m={m} />}
      <section aria-labelledby="delivery-heading" className="panel">
        <h2 id="delivery-heading">{m.delivery}</h2>
        <DeliveryForm
          address={address}
          saved={saved}
          texts={{
            yourAddress: m.yourAddress,
            addressHint: m.addressHint,
            findMyPizzeria: m.findMyPizzeria,
            useMyLocation: m.useMyLocation,
            locating: m.locating,
            locationRefused: m.locationRefused,
            pickup: m.pickup,
            possibleAddresses: m.possibleAddresses,
            suggestedAddresses: m.suggestedAddresses,
            savedAddress: m.savedAddress,
            suggestionsNone: m.suggestionsNone,
            suggestionsOne: m.suggestionsOne,
            suggestionsMany: m.suggestionsMany,
          }}
        />
      </section>
      <section aria-labelledby="pickup" className="panel">
        <h2 id="pickup" tabIndex={-1}>
          {m.pickup} — {m.choosePizzeria}
        </h2>
        <PizzeriaList pizzerias={pizzerias} locale={locale} m={m} />
      </section>
    </>
  )
}
