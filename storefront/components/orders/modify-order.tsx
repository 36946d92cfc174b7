"use client"

import { useActionState, useState } from "react"
import { Customise, type DishChoices } from "@/components/menu/dish-order"
import { ActionResult } from "@/components/orders/action-result"
import { modifyMyOrder, type OrderActionState } from "@/lib/actions/order-actions"

/** A line of the order: its size, its customisation (ids), and the dish's choices when it has any. */
type Line = { variant_id: string; label: string; quantity: number; remove: string[]; add: string[]; choices: DishChoices | null }
type Option = { variant_id: string; label: string }

/**
 * The order as it should be: each line's quantity (0 takes it out), a
 * pizza's ingredients changed in place (the same panel as the dish page's),
 * and one dish to add. The server prices a changed pizza from its recipe and
 * checks the stock again. A card order's new total is then confirmed by card
 * in the page's card step (new-amount-step.tsx), which the order's tracking
 * brings.
 */
export function ModifyOrder({
  orderId,
  token,
  lines,
  options,
  texts,
}: {
  orderId: string
  token: string
  lines: Line[]
  options: Option[]
  texts: {
    modifyOrder: string
    saveChanges: string
    addPizza: string
    none: string
    modified: string
    quantityOf: string
    /** "Change the ingredients" (of the line above it) */
    changeIngredients: string
  }
}) {
  const [state, action, pending] = useActionState<OrderActionState, FormData>(modifyMyOrder, { done: false, error: null })
  return (
    <details className="modify">
      <summary>{texts.modifyOrder}</summary>
      <form action={action}>
        <input type="hidden" name="order_id" value={orderId} />
        <input type="hidden" name="token" value={token} />
        {lines.map((line, index) => (
          <div key={`${line.variant_id}|${line.remove.join(",")}|${line.add.join(",")}`} className="modify-line">
            <div className="field inline">
              <input type="hidden" name={`variant:${index}`} value={line.variant_id} />
              <label htmlFor={`qty-${index}`}>{line.label}</label>
              <input
                id={`qty-${index}`}
                name={`qty:${index}`}
                type="number"
                min={0}
                max={20}
                defaultValue={line.quantity}
                aria-label={texts.quantityOf.replace("{item}", line.label)}
              />
            </div>
            {line.choices ? (
              <LineChoices index={index} line={line} choices={line.choices} summary={texts.changeIngredients} />
            ) : (
              // a pizza whose dish is off tonight's menu keeps its choice as it was ordered
              <ChoiceInputs index={index} removed={line.remove} added={line.add} />
            )}
          </div>
        ))}
        <div className="field">
          <label htmlFor="add_variant">{texts.addPizza}</label>
          <select id="add_variant" name="add_variant" defaultValue="">
            <option value="">{texts.none}</option>
            {options.map((option) => (
              <option key={option.variant_id} value={option.variant_id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending}>
          {texts.saveChanges}
        </button>
        <ActionResult state={state} done={texts.modified} />
      </form>
    </details>
  )
}

/** A pizza's ingredients, changed in place: the dish page's panel, its choice sent with the form. */
function LineChoices({ index, line, choices, summary }: { index: number; line: Line; choices: DishChoices; summary: string }) {
  // the line's name is read out with the summary, which shows it only once above
  const [removed, setRemoved] = useState(line.remove)
  const [added, setAdded] = useState(line.add)
  return (
    <details className="line-choices">
      <summary>
        {summary}
        <span className="visually-hidden"> — {line.label}</span>
      </summary>
      <Customise choices={choices} chosen={line.variant_id} removed={removed} added={added} onRemoved={setRemoved} onAdded={setAdded} disabled={false} />
      <ChoiceInputs index={index} removed={removed} added={added} />
    </details>
  )
}

/** A line's choice as the form sends it. */
function ChoiceInputs({ index, removed, added }: { index: number; removed: string[]; added: string[] }) {
  return (
    <>
      {removed.map((id) => (
        <input key={`remove-${id}`} type="hidden" name={`remove:${index}`} value={id} />
      ))}
      {added.map((id) => (
        <input key={`add-${id}`} type="hidden" name={`add:${index}`} value={id} />
      ))}
    </>
  )
}
