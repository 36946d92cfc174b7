"use client"

import { useEffect, useId, useState, type KeyboardEvent } from "react"
import type { PickedAddress } from "@/lib/session/parse-address"
import { useAddressSuggestions } from "./use-address-suggestions"

export type ComboboxTexts = { suggestedAddresses: string; savedAddress: string; suggestionsNone: string; suggestionsOne: string; suggestionsMany: string }

type Option = PickedAddress & { saved: boolean }

/** Lower case, without accents or punctuation, for matching a saved address against what is typed. */
function folded(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
}

function savedMatching(saved: PickedAddress[], text: string): PickedAddress[] {
  const words = folded(text).split(" ").filter(Boolean)
  return saved.filter((address) => words.every((word) => folded(address.label).includes(word)))
}

/**
 * The address field as a combobox (WAI-ARIA 1.2, list autocomplete): the
 * customer's saved addresses first, then the addresses the backend suggests
 * for what is typed. Arrow keys move in the list, Enter picks, Escape closes;
 * the number of suggestions is announced politely. The list lies over the
 * page, which does not move. Before the script runs it is the plain text
 * field the form sends as typed.
 */
export function AddressCombobox({
  value,
  onValueChange,
  onPick,
  saved,
  texts,
  describedBy,
  invalid,
}: {
  value: string
  onValueChange: (value: string) => void
  onPick: (address: PickedAddress) => void
  saved: PickedAddress[]
  texts: ComboboxTexts
  describedBy: string
  invalid: boolean
}) {
  const listboxId = useId()
  const [enhanced, setEnhanced] = useState(false)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [typed, setTyped] = useState(false)
  const { suggestions, settled } = useAddressSuggestions(typed ? value : "")

  useEffect(() => setEnhanced(true), [])

  const savedShown = savedMatching(saved, value)
  const savedLabels = new Set(savedShown.map((address) => folded(address.label)))
  const options: Option[] = [
    ...savedShown.map((address) => ({ ...address, saved: true })),
    ...suggestions.filter((suggestion) => !savedLabels.has(folded(suggestion.label))).map((suggestion) => ({ ...suggestion, saved: false })),
  ]
  const expanded = enhanced && open && options.length > 0
  const activeId = expanded && active >= 0 && active < options.length ? `${listboxId}-option-${active}` : undefined

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" })
  }, [activeId])

  function pick(option: Option) {
    const { saved: _saved, ...address } = option
    setOpen(false)
    setActive(-1)
    setTyped(false)
    onValueChange(address.label)
    onPick(address)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return
      event.preventDefault()
      const step = event.key === "ArrowDown" ? 1 : -1
      if (!open) {
        setOpen(true)
        setActive(step === 1 ? 0 : options.length - 1)
        return
      }
      setActive((current) => (current < 0 ? (step === 1 ? 0 : options.length - 1) : (current + step + options.length) % options.length))
    } else if (event.key === "Enter") {
      if (expanded && active >= 0 && active < options.length) {
        event.preventDefault()
        pick(options[active])
      } else {
        // the form sends the text as typed: the list has nothing more to offer
        setOpen(false)
      }
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault()
        setOpen(false)
        setActive(-1)
      }
    }
  }

  // the count, said once the list for the current text has arrived
  const said = expanded || (open && settled && value.trim().length >= 3)
  const count = options.length
  const announcement = !said ? "" : count === 0 ? texts.suggestionsNone : count === 1 ? texts.suggestionsOne : texts.suggestionsMany.replace("{count}", String(count))

  return (
    <div className="combobox">
      <input
        id="address"
        name="address"
        type="text"
        autoComplete="street-address"
        value={value}
        onChange={(event) => {
          onValueChange(event.target.value)
          setTyped(true)
          setOpen(true)
          setActive(-1)
        }}
        onFocus={() => {
          if (value.trim() === "" && saved.length > 0) setOpen(true)
        }}
        onBlur={() => {
          setOpen(false)
          setActive(-1)
        }}
        onKeyDown={enhanced ? onKeyDown : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        {...(enhanced
          ? {
              role: "combobox",
              "aria-autocomplete": "list" as const,
              "aria-expanded": expanded,
              "aria-controls": listboxId,
              "aria-activedescendant": activeId,
            }
          : {})}
      />
      {enhanced && (
        <ul id={listboxId} role="listbox" aria-label={texts.suggestedAddresses} className="combobox-list" hidden={!expanded}>
          {expanded &&
            options.map((option, index) => (
              <li
                key={`${option.saved ? "saved" : "found"}-${option.label}`}
                id={`${listboxId}-option-${index}`}
                role="option"
                aria-selected={index === active}
                className={option.saved ? "saved" : undefined}
                // keeps the focus in the field, so the list is not closed before the click
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(option)}
              >
                <span>{option.label}</span>
                {option.saved && <span className="combobox-tag">{texts.savedAddress}</span>}
              </li>
            ))}
        </ul>
      )}
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
    </div>
  )
}
