"use client"

import { useId, useState, useTransition, type FormEvent } from "react"
import { useCartCount } from "@/components/layout/cart-count"
import { addToCart } from "@/lib/actions/cart-actions"

export type DishSize = { id: string; title: string; price: string; amount: number | null; available: boolean }
type Texts = { add: string; addLabel: string; added: string; sizeOf: string; unavailable: string }

function say(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}

/** "Moyenne (30 cm)", its measure kept on one line when the name wraps in a narrow button. */
function SizeTitle({ title }: { title: string }) {
  const parts = /^(.*\S)\s+(\([^)]*\))$/.exec(title)
  if (!parts) return <span className="size">{title}</span>
  return (
    <span className="size">
      {parts[1]} <span className="nowrap">{parts[2]}</span>
    </span>
  )
}

/**
 * A dish's sizes as one choice, with their prices, and one button that adds
 * the chosen size: the cart's count and total move at once, and a toast says
 * it was added (or why not). Sold out sizes stay listed, not choosable; a
 * dish with one size shows its price beside the button.
 */
export function DishOrder({ pizzeriaId, dish, sizes, orderable, texts }: { pizzeriaId: string; dish: string; sizes: DishSize[]; orderable: boolean; texts: Texts }) {
  const { bump, notify } = useCartCount()
  const [pending, startTransition] = useTransition()
  const [chosen, choose] = useState(() => sizes.find((size) => size.available && size.amount !== null)?.id ?? null)
  const name = useId()
  const size = sizes.find((candidate) => candidate.id === chosen)
  const canAdd = orderable && size !== undefined

  function add(event: FormEvent) {
    event.preventDefault()
    if (!size || pending) return
    const what = sizes.length > 1 ? `${dish} (${size.title})` : dish
    startTransition(async () => {
      bump(1, size.amount ?? 0)
      const result = await addToCart(pizzeriaId, size.id)
      notify(result.ok ? say(texts.added, { item: what }) : result.message, result.ok)
    })
  }

  return (
    <form className={sizes.length > 1 ? "dish-order" : "dish-order is-single"} onSubmit={add}>
      {sizes.length > 1 ? (
        <fieldset className="size-choice" disabled={!orderable}>
          <legend className="visually-hidden">{say(texts.sizeOf, { item: dish })}</legend>
          {sizes.map((option) => (
            <label key={option.id} className={option.available ? "" : "is-unavailable"}>
              <input
                type="radio"
                name={name}
                value={option.id}
                checked={chosen === option.id}
                disabled={!option.available || option.amount === null}
                onChange={() => choose(option.id)}
              />
              <SizeTitle title={option.title} />
              <span className="amount">
                {option.price}
                {!option.available && <span className="visually-hidden"> ({texts.unavailable})</span>}
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="single-price">
          {sizes[0]?.price}
          {sizes[0] && !sizes[0].available && <span className="visually-hidden"> ({texts.unavailable})</span>}
        </p>
      )}
      {canAdd && (
        <button type="submit" className="add primary" aria-label={say(texts.addLabel, { item: dish, size: size.title })} aria-disabled={pending}>
          {texts.add}
        </button>
      )}
    </form>
  )
}
