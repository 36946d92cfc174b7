import { choosePickup } from "@/lib/actions/place-actions"
import { fill, formatOpening, type Locale, type Messages } from "@/lib/i18n/messages"
import type { Pizzeria } from "@/lib/medusa/pizzerias"
import { getSlots } from "@/lib/medusa/slots"

const SHOWN = 4

/**
 * When every pizzeria is closed: each one's next pickup slots with room,
 * instead of only "come back later". A slot takes the customer to its menu,
 * and the checkout's picker starts on that slot.
 */
export async function OrderAhead({ pizzerias, locale, m }: { pizzerias: Pizzeria[]; locale: Locale; m: Messages }) {
  const offers = await Promise.all(
    pizzerias.map(async (pizzeria) => {
      // one pizzeria's slots that cannot be read leave the others offered
      const slots = await getSlots(pizzeria.id, "pickup", 1).catch((error: Error) => {
        console.error(`order ahead: no slots for ${pizzeria.id} (${error.message})`)
        return null
      })
      return { pizzeria, next: (slots?.days ?? []).flatMap((day) => day.slots).slice(0, SHOWN) }
    })
  )
  const open = offers.filter((offer) => offer.next.length > 0)
  if (open.length === 0) return null
  return (
    <section aria-labelledby="order-ahead" className="panel">
      <h2 id="order-ahead">{m.allClosedTitle}</h2>
      <p>{m.allClosedIntro}</p>
      {open.map(({ pizzeria, next }) => (
        <div key={pizzeria.id} className="order-ahead">
          <h3>{fill(m.nextSlotsAt, { pizzeria: pizzeria.name })}</h3>
          <ul className="slot-list">
            {next.map((slot) => (
              <li key={slot.starts_at}>
                <form action={choosePickup}>
                  <input type="hidden" name="pizzeria_id" value={pizzeria.id} />
                  <input type="hidden" name="scheduled_for" value={slot.starts_at} />
                  <button type="submit" className="chip">
                    {fill(m.pickupSlot, { when: formatOpening(slot.starts_at, pizzeria.timezone, locale) })}
                    <span className="visually-hidden"> — {pizzeria.name}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
