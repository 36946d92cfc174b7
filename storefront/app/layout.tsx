import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { CartCountProvider } from "@/components/layout/cart-count"
import { CartToast } from "@/components/layout/cart-toast"
import { SiteHeader } from "@/components/layout/site-header"
import { t } from "@/lib/i18n/locale"
import { currentCart, lineCount } from "@/lib/medusa/cart"
import { listPizzerias } from "@/lib/medusa/pizzerias"
import { authToken } from "@/lib/session/customer-session"
import { currentPlace } from "@/lib/session/place"
import "./globals.css"

export const metadata: Metadata = {
  title: "OC Pizza",
  description: "Commandez vos pizzas en ligne à Amiens : livraison ou à emporter.",
}
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#b3261e" }

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, m }, cart, place, pizzerias, token] = await Promise.all([t(), currentCart(), currentPlace(), listPizzerias(), authToken()])
  return (
    <html lang={locale}>
      <body>
        <a href="#content" className="skip-link">
          {locale === "fr" ? "Aller au contenu" : "Skip to content"}
        </a>
        {process.env.OCP_PREVIEW === "true" && (
          <div role="note" className="preview-banner">
            {m.preview}
          </div>
        )}
        <CartCountProvider count={lineCount(cart)} total={cart?.item_total ?? 0}>
          <SiteHeader locale={locale} m={m} place={place} pizzeria={pizzerias.find((pizzeria) => pizzeria.id === place?.pizzeria_id)} signedIn={Boolean(token)} />
          <main id="content" className="container">
            {children}
          </main>
          <CartToast />
        </CartCountProvider>
      </body>
    </html>
  )
}
