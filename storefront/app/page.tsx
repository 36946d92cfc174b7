import { PizzeriaList } from "@/components/pizzerias/pizzeria-list"
import { DeliveryForm } from "@/components/start/delivery-form"
import { t } from "@/lib/i18n/locale"
import { listPizzerias } from "@/lib/medusa/pizzerias"
import { currentPlace } from "@/lib/session/place"

export const dynamic = "force-dynamic"

/** Where it all starts: delivered to an address, or picked up at a pizzeria. */
export default async function HomePage() {
  const [{ locale, m }, pizzerias, place] = await Promise.all([t(), listPizzerias(), currentPlace()])
  const address = place?.mode === "delivery" && place.address ? `${place.address.address_1}, ${place.address.postal_code} ${place.address.city}` : ""
  return (
    <>
      <h1>{m.howToGet}</h1>
      <p className="muted">{m.tagline}</p>
      <section aria-labelledby="delivery-heading" className="panel">
        <h2 id="delivery-heading">{m.delivery}</h2>
        <DeliveryForm
          address={address}
          texts={{
            yourAddress: m.yourAddress,
            addressHint: m.addressHint,
            findMyPizzeria: m.findMyPizzeria,
            useMyLocation: m.useMyLocation,
            locating: m.locating,
            locationRefused: m.locationRefused,
            pickup: m.pickup,
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
