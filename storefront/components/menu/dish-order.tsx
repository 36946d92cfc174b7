"use client"

import { useId, useState, useTransition, type FormEvent } from "react"
import { useCartCount } from "@/components/layout/cart-count"
import { addToCart } from "@/lib/actions/cart-actions"

export type DishSize = { id: string; title: string; price: string; amount: number | null; available: boolean }
type Texts = { add: string; addLabel: string; added: string; sizeOf: string; unavailable: string }

/** What a customer may change on the dish (its page only): toppings to leave out, extras priced per size, allergens to recompute. */
export type DishChoices = {
  max_extras: number
  removable: { id: string; name: string }[]
  extras: { id: string; name: string; sizes: { variant_id: string; amount: number; price: string; available: boolean }[] }[]
  /** ingredient or extra id → its allergens' names */
  allergens: Record<string, string[]>
  /** the recipe's ingredient ids (all sizes) */
  ingredients: string[]
  texts: {
    customise: string
    leaveOut: string
    without: string
    extrasUpTo: string
    extraPrice: string
    extraSoldOut: string
    extrasFull: string
    yourAllergens: string
    yourNoAllergens: string
    addFor: string
  }
  priceLocale: string
}

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
export function DishOrder({
  pizzeriaId,
  dish,
  sizes,
  orderable,
  texts,
  choices,
}: {
  pizzeriaId: string
  dish: string
  sizes: DishSize[]
  orderable: boolean
  texts: Texts
  choices?: DishChoices
}) {
  const { bump, notify } = useCartCount()
  const [pending, startTransition] = useTransition()
  const [chosen, choose] = useState(() => sizes.find((size) => size.available && size.amount !== null)?.id ?? null)
  const [removed, setRemoved] = useState<string[]>([])
  const [added, setAdded] = useState<string[]>([])
  const name = useId()
  const size = sizes.find((candidate) => candidate.id === chosen)
  // an extra the chosen size does not offer now is dropped from the choice, not sent
  const extrasOfSize = added.flatMap((id) => {
    const offer = choices?.extras.find((extra) => extra.id === id)?.sizes.find((candidate) => candidate.variant_id === chosen && candidate.available)
    return offer ? [{ id, amount: offer.amount }] : []
  })
  const amount = size?.amount === null || size === undefined ? null : size.amount + extrasOfSize.reduce((sum, extra) => sum + extra.amount, 0)
  const canAdd = orderable && size !== undefined

  function add(event: FormEvent) {
    event.preventDefault()
    if (!size || pending) return
    const what = sizes.length > 1 ? `${dish} (${size.title})` : dish
    const choice = { remove: removed, add: extrasOfSize.map((extra) => extra.id) }
    startTransition(async () => {
      bump(1, amount ?? 0)
      const result = await addToCart(pizzeriaId, size.id, choice)
      notify(result.ok ? say(texts.added, { item: what }) : result.message, result.ok)
    })
  }

  return (
    <form className={`dish-order${sizes.length > 1 ? "" : " is-single"}${choices ? " has-choices" : ""}`} onSubmit={add}>
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
      {choices && (choices.removable.length > 0 || choices.extras.length > 0) && (
        <Customise choices={choices} chosen={chosen} removed={removed} added={added} onRemoved={setRemoved} onAdded={setAdded} disabled={!orderable} />
      )}
      {canAdd && (
        <button type="submit" className="add primary" aria-label={say(texts.addLabel, { item: dish, size: size.title })} aria-disabled={pending}>
          {choices && amount !== null
            ? say(choices.texts.addFor, { price: new Intl.NumberFormat(choices.priceLocale, { style: "currency", currency: "EUR" }).format(amount) })
            : texts.add}
        </button>
      )}
    </form>
  )
}

/**
 * The customise panel: toppings to leave out and extras to add, as
 * checkboxes (a keyboard and a screen reader use them as they are); each
 * extra says its price for the chosen size, or that it ran out; past the
 * limit the others wait. The pizza's allergens follow the choice; the price
 * on the button too. The server prices and checks it again.
 */
export function Customise({
  choices,
  chosen,
  removed,
  added,
  onRemoved,
  onAdded,
  disabled,
}: {
  choices: DishChoices
  chosen: string | null
  removed: string[]
  added: string[]
  onRemoved: (ids: string[]) => void
  onAdded: (ids: string[]) => void
  disabled: boolean
}) {
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((other) => other !== id))
  // only the extras the chosen size offers now count (one ticked on another size is not sent)
  const counted = added.filter((id) => choices.extras.find((extra) => extra.id === id)?.sizes.some((size) => size.variant_id === chosen && size.available))
  const full = counted.length >= choices.max_extras
  const made = [...choices.ingredients.filter((id) => !removed.includes(id)), ...counted]
  const allergens = [...new Set(made.flatMap((id) => choices.allergens[id] ?? []))].sort((a, b) => a.localeCompare(b))
  return (
    <div className="customise">
      <h3>{choices.texts.customise}</h3>
      {choices.removable.length > 0 && (
        <fieldset disabled={disabled}>
          <legend>{choices.texts.leaveOut}</legend>
          {choices.removable.map((ingredient) => (
            <label key={ingredient.id}>
              <input type="checkbox" checked={removed.includes(ingredient.id)} onChange={(event) => onRemoved(toggle(removed, ingredient.id, event.target.checked))} />
              {say(choices.texts.without, { name: ingredient.name })}
            </label>
          ))}
        </fieldset>
      )}
      {choices.extras.length > 0 && (
        <fieldset disabled={disabled}>
          <legend>{say(choices.texts.extrasUpTo, { max: String(choices.max_extras) })}</legend>
          {choices.extras.map((extra) => {
            const offer = extra.sizes.find((candidate) => candidate.variant_id === chosen)
            const checked = added.includes(extra.id)
            const usable = offer !== undefined && offer.available
            return (
              <label key={extra.id} className={usable ? "" : "is-unavailable"}>
                <input
                  type="checkbox"
                  checked={checked && usable}
                  disabled={!usable || (full && !checked)}
                  onChange={(event) => onAdded(toggle(added, extra.id, event.target.checked))}
                />
                {extra.name}
                <span className="amount">{offer ? (usable ? say(choices.texts.extraPrice, { price: offer.price }) : choices.texts.extraSoldOut) : "—"}</span>
              </label>
            )
          })}
          {full && <p className="hint">{say(choices.texts.extrasFull, { max: String(choices.max_extras) })}</p>}
        </fieldset>
      )}
      <p className="allergens" aria-live="polite">
        {allergens.length ? say(choices.texts.yourAllergens, { list: allergens.join(", ") }) : choices.texts.yourNoAllergens}
      </p>
    </div>
  )
}
