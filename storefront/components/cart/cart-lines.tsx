"use client"

import { useOptimistic, useRef, useState, useTransition } from "react"
import { useCartCount } from "@/components/layout/cart-count"
import { changeQuantity } from "@/lib/actions/cart-actions"

export type CartLineView = {
  id: string
  title: string
  size: string | null
  /** A customised pizza's changes in words ("Sans Oignons rouges · + Chorizo"). */
  changes?: string | null
  quantity: number
  unitPrice: string
  total: string
  unavailable: string | null
}
type Texts = { cart: string; quantityOf: string; less: string; more: string; remove: string; removed: string }

/** Quantities change on screen at once; the server's answer settles them (or restores them and says why). */
export function CartLines({ lines, texts }: { lines: CartLineView[]; texts: Texts }) {
  const { bump } = useCartCount()
  const [optimistic, setQuantity] = useOptimistic(lines, (current: CartLineView[], change: { id: string; quantity: number }) =>
    current.flatMap((line) => (line.id !== change.id ? [line] : change.quantity > 0 ? [{ ...line, quantity: change.quantity }] : []))
  )
  const [, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)
  const [said, setSaid] = useState("")
  const list = useRef<HTMLUListElement>(null)

  function change(line: CartLineView, quantity: number) {
    if (quantity <= 0) {
      // the focused button leaves with its line: focus stays in the cart, and the removal is said
      list.current?.focus()
      setSaid(texts.removed.replace("{item}", name(line)))
    }
    startTransition(async () => {
      setError(null)
      setQuantity({ id: line.id, quantity })
      bump(quantity - line.quantity)
      const result = await changeQuantity(line.id, quantity)
      if (!result.ok) setError(result.message)
    })
  }

  const name = (line: CartLineView) => (line.size ? `${line.title} (${line.size})` : line.title)
  return (
    <>
      <ul className="cart-lines" ref={list} tabIndex={-1} aria-label={texts.cart}>
        {optimistic.map((line) => (
          <li key={line.id} data-testid="cart-line" data-unavailable={Boolean(line.unavailable)}>
            <div>
              <strong>{line.title}</strong> {line.size && <span className="muted">{line.size}</span>}
              {line.changes && <div className="line-changes">{line.changes}</div>}
              <div className="muted small">{line.unitPrice}</div>
              {line.unavailable && (
                <p className="error small" role="note">
                  {line.unavailable}
                </p>
              )}
            </div>
            <div className="stepper" role="group" aria-label={texts.quantityOf.replace("{item}", name(line))}>
              <button type="button" onClick={() => change(line, line.quantity - 1)} aria-label={texts.less.replace("{item}", name(line))}>
                −
              </button>
              <output aria-live="polite">{line.quantity}</output>
              <button type="button" onClick={() => change(line, line.quantity + 1)} aria-label={texts.more.replace("{item}", name(line))} disabled={Boolean(line.unavailable)}>
                +
              </button>
            </div>
            <span className="amount">{line.total}</span>
            <button type="button" className="link" onClick={() => change(line, 0)}>
              {texts.remove.replace("{item}", name(line))}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="visually-hidden">
        {said}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  )
}
