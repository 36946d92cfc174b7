import Link from "next/link"
import type { Locale, Messages } from "@/lib/i18n/messages"
import type { Pizzeria } from "@/lib/medusa/pizzerias"
import type { Place } from "@/lib/session/place"
import { CartLink } from "./cart-count"
import { LanguageSwitch } from "./language-switch"

/** Name, where the order goes (with a way to change it), cart, account, language. */
export function SiteHeader({ locale, m, place, pizzeria, signedIn }: { locale: Locale; m: Messages; place: Place | null; pizzeria: Pizzeria | undefined; signedIn: boolean }) {
  return (
    <header className="site">
      <div className="container bar">
        <Link href="/" className="brand">
          {m.siteName}
        </Link>
        <nav aria-label={m.siteName} className="links">
          <CartLink label={m.cart} template={m.cartCount} />
          <Link href={signedIn ? "/account" : "/account/login"}>{signedIn ? m.account : m.signIn}</Link>
        </nav>
        <LanguageSwitch locale={locale} m={m} />
      </div>
      {place && pizzeria && (
        <p className="container place-summary">
          {place.mode === "delivery" ? `${m.delivery} : ${place.label} · ${m.deliveredBy} ${pizzeria.name}` : `${m.pickupAt} ${pizzeria.name}`} · <Link href="/">{m.change}</Link>
        </p>
      )}
    </header>
  )
}
