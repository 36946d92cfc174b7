import Link from "next/link"
import { fill, type Locale, type Messages } from "@/lib/i18n/messages"
import type { Pizzeria } from "@/lib/medusa/pizzerias"
import type { Place } from "@/lib/session/place"
import { CartLink } from "./cart-count"
import { LanguageSwitch } from "./language-switch"

/**
 * Name, cart and account in a bar that stays at the top while the menu
 * scrolls (one row on a phone); where the order goes (with a way to change
 * it) and the language under it, scrolling away.
 */
export function SiteHeader({ locale, m, place, pizzeria, signedIn }: { locale: Locale; m: Messages; place: Place | null; pizzeria: Pizzeria | undefined; signedIn: boolean }) {
  return (
    <>
      <header className="site">
        <div className="container bar">
          <Link href="/" className="brand">
            {m.siteName}
          </Link>
          <nav aria-label={m.siteName} className="links">
            <CartLink label={m.cart} template={m.cartCount} />
            <Link href={signedIn ? "/account" : "/account/login"}>{signedIn ? m.account : m.signIn}</Link>
          </nav>
        </div>
      </header>
      <div className="site-strip">
        <div className="container strip">
          {place && pizzeria ? (
            <p className="place-summary">
              {place.mode === "delivery" ? `${fill(m.deliveryTo, { address: place.label })} · ${m.deliveredBy} ${pizzeria.name}` : `${m.pickupAt} ${pizzeria.name}`} ·{" "}
              <Link href="/">{m.change}</Link>
            </p>
          ) : (
            <span />
          )}
          <LanguageSwitch locale={locale} m={m} />
        </div>
      </div>
    </>
  )
}
