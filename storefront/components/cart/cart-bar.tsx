"use client"

import Link from "next/link"
import { useRouter } from "next/navigation"
import { useEffect, useState, type MouseEvent } from "react"
import { useCartCount } from "@/components/layout/cart-count"

type Texts = { seeCart: string; toMinimum: string }

function say(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

/**
 * A bar at the bottom of the menu once the cart holds something: the count
 * and total (moved at once on each add), leading to the cart. Below a
 * delivery minimum it says what is missing rather than inviting to order.
 */
export function CartBar({ texts, minOrder, priceLocale }: { texts: Texts; minOrder: number | null; priceLocale: "fr-FR" | "en-GB" }) {
  const { count, total, settling } = useCartCount()
  const router = useRouter()
  const [waiting, setWaiting] = useState(false)

  // tapped while a dish was still being added: the cart opens once the server has it, not empty before
  useEffect(() => {
    if (waiting && !settling) {
      setWaiting(false)
      router.push("/cart")
    }
  }, [waiting, settling, router])

  function open(event: MouseEvent) {
    if (!settling) return
    event.preventDefault()
    setWaiting(true)
  }

  if (count <= 0) return null
  const money = (amount: number, short = false) =>
    new Intl.NumberFormat(priceLocale, { style: "currency", currency: "EUR", minimumFractionDigits: short && Number.isInteger(amount) ? 0 : 2 }).format(amount)
  // rounded to the cent: optimistic sums of prices carry floating-point dust
  const missing = minOrder !== null ? Math.round((minOrder - total) * 100) / 100 : 0
  return (
    <div className="cart-bar-space">
      <Link href="/cart" className="cart-bar" data-testid="cart-bar" onClick={open} aria-busy={waiting || undefined}>
        <span className="see">{say(texts.seeCart, { count, total: money(total) })}</span>
        {missing > 0 && <span className="missing">{say(texts.toMinimum, { amount: money(missing), min: money(minOrder ?? 0, true) })}</span>}
      </Link>
    </div>
  )
}
