"use client"

import { usePathname } from "next/navigation"
import { useEffect, useState } from "react"
import { useCartCount } from "./cart-count"

/**
 * What just happened to the cart, said on screen for a moment and to screen
 * readers (the status region is always there, so a new text is announced);
 * it blocks nothing and needs no tap to go.
 */
export function CartToast() {
  const { notice } = useCartCount()
  const [shown, setShown] = useState<number | null>(null)
  const path = usePathname()

  // what was said on the menu is not carried over to the next page
  useEffect(() => setShown(null), [path])

  useEffect(() => {
    if (!notice) return
    setShown(notice.id)
    const timer = setTimeout(() => setShown((current) => (current === notice.id ? null : current)), notice.ok ? 3500 : 7000)
    return () => clearTimeout(timer)
  }, [notice])

  const visible = notice !== null && shown === notice.id
  return (
    <div role="status" className={visible ? `toast${notice.ok ? "" : " is-error"}` : "visually-hidden"} data-testid="cart-toast">
      {visible ? notice.text : ""}
    </div>
  )
}
