import type { Metadata } from "next"
import Link from "next/link"
import type { ReactNode } from "react"
import { t } from "@/lib/i18n/locale"
import "./globals.css"

export const metadata: Metadata = {
  title: "OC Pizza",
  description: "Commandez vos pizzas en ligne à Amiens : livraison ou à emporter.",
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, m } = await t()
  return (
    <html lang={locale}>
      <body>
        {process.env.OCP_PREVIEW === "true" && (
          <div role="note" className="preview-banner">
            {m.preview}
          </div>
        )}
        <header className="site">
          <div className="container">
            <Link href="/">{m.siteName}</Link>
          </div>
        </header>
        <main className="container">{children}</main>
      </body>
    </html>
  )
}
