"use client"

import { useState, useTransition } from "react"
import { useCartCount } from "@/components/layout/cart-count"
import { addToCart } from "@/lib/actions/cart-actions"

/** Adds one of this size: the header's count moves at once, and the outcome is announced to screen readers. */
export function AddToCartButton({ pizzeriaId, variantId, label, text, addedText }: { pizzeriaId: string; variantId: string; label: string; text: string; addedText: string }) {
  const { bump } = useCartCount()
  const [pending, startTransition] = useTransition()
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null)

  function add() {
    // emptied first, so the same message said twice is announced twice
    setStatus(null)
    startTransition(async () => {
      bump(1)
      const result = await addToCart(pizzeriaId, variantId)
      setStatus(result.ok ? { ok: true, message: addedText } : { ok: false, message: result.message })
    })
  }

  return (
    <>
      <button type="button" className="add" onClick={add} aria-label={label} aria-disabled={pending}>
        {text}
      </button>
      <span role="status" className={status?.ok === false ? "error small" : "visually-hidden"}>
        {status?.message}
      </span>
    </>
  )
}
