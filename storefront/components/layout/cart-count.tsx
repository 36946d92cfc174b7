"use client"

import Link from "next/link"
import { createContext, useCallback, useContext, useMemo, useOptimistic, useState, type ReactNode } from "react"

/** What was just said about the cart (a dish added, or why not): shown a moment, then gone. */
export type CartNotice = { id: number; text: string; ok: boolean }

type CartSummary = {
  count: number
  /** Items' total, in the currency's main unit. */
  total: number
  /** One more (or fewer) line items, costing `amount` in all: on screen at once, settled when the server answers. */
  bump: (by: number, amount?: number) => void
  /** An add or a change is on its way to the server: what is shown is not yet the cart's. */
  settling: boolean
  notice: CartNotice | null
  notify: (text: string, ok: boolean) => void
}

const CartCountContext = createContext<CartSummary>({ count: 0, total: 0, bump: () => undefined, settling: false, notice: null, notify: () => undefined })

/** The cart's item count and total, moved at once when a pizza is added, settled when the server answers. */
export function CartCountProvider({ count, total, children }: { count: number; total: number; children: ReactNode }) {
  const [optimistic, apply] = useOptimistic({ count, total }, (current, change: { by: number; amount: number }) => ({
    count: current.count + change.by,
    total: current.total + change.amount,
  }))
  const [notice, setNotice] = useState<CartNotice | null>(null)
  const bump = useCallback((by: number, amount = 0) => apply({ by, amount }), [apply])
  // a new id each time, so the same dish added twice is shown (and announced) twice
  const notify = useCallback((text: string, ok: boolean) => setNotice({ id: Date.now(), text, ok }), [])
  const settling = optimistic.count !== count || optimistic.total !== total
  const value = useMemo(() => ({ ...optimistic, bump, settling, notice, notify }), [optimistic, bump, settling, notice, notify])
  return <CartCountContext.Provider value={value}>{children}</CartCountContext.Provider>
}

export function useCartCount() {
  return useContext(CartCountContext)
}

export function CartLink({ label, template }: { label: string; template: string }) {
  const { count } = useCartCount()
  return (
    <Link href="/cart" className="cart-link" aria-label={template.replace("{count}", String(count))}>
      {label}{" "}
      <span className="count" aria-hidden="true">
        {count}
      </span>
    </Link>
  )
}
