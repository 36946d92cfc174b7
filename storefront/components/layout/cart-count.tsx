"use client"

import Link from "next/link"
import { createContext, useContext, useOptimistic, type ReactNode } from "react"

const CartCountContext = createContext<{ count: number; bump: (by: number) => void }>({ count: 0, bump: () => undefined })

/** The header's item count, bumped at once when a pizza is added, settled when the server answers. */
export function CartCountProvider({ count, children }: { count: number; children: ReactNode }) {
  const [optimistic, bump] = useOptimistic(count, (current: number, by: number) => current + by)
  return <CartCountContext.Provider value={{ count: optimistic, bump }}>{children}</CartCountContext.Provider>
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
