"use client"

import Link from "next/link"
import { startTransition, useActionState, useEffect, useRef, useState } from "react"
import { chooseDelivery, type DeliveryFormState } from "@/lib/actions/place-actions"
import type { PickedAddress } from "@/lib/session/parse-address"
import { AddressCombobox, type ComboboxTexts } from "./address-combobox"

type Texts = ComboboxTexts & {
  yourAddress: string
  addressHint: string
  findMyPizzeria: string
  useMyLocation: string
  locating: string
  locationRefused: string
  pickup: string
  possibleAddresses: string
}

/** Refusals for which pickup is the way out. */
const PICKUP_INSTEAD = ["outside_delivery_area", "pizzeria_closed", "online_orders_paused"]

/**
 * An address (typed, picked from the suggestions or the saved addresses), or
 * the browser's position: either resolves to the pizzeria that delivers it.
 * Refusals are said in words: not found, outside the zones (with pickup as
 * the way out), ambiguous (its candidates to pick), closed; and what was
 * chosen before is said to stand.
 */
export function DeliveryForm({ texts, address, saved }: { texts: Texts; address: string; saved: PickedAddress[] }) {
  const [state, action, pending] = useActionState<DeliveryFormState, FormData>(chooseDelivery, { error: null, address, candidates: [], kept: null })
  const form = useRef<HTMLFormElement>(null)
  // from the answer's state: without the script, the page the answer renders shows what was sent
  const [text, setText] = useState(state.address)
  const [locating, setLocating] = useState(false)
  const [locationError, setLocationError] = useState<string | null>(null)

  // the field shows what the answer was about (a candidate picked replaces the ambiguous text)
  useEffect(() => setText(state.address), [state])
  // what was typed before the page's script took over (a slow phone) is kept, and the form says it is live
  const [live, setLive] = useState(false)
  useEffect(() => {
    const typed = form.current?.querySelector<HTMLInputElement>("#address")?.value
    if (typed) setText(typed)
    setLive(true)
  }, [])

  /** The form's data, with the picked address (or the position) in place of anything picked before. */
  function send(extra: Record<string, string>) {
    const data = new FormData(form.current ?? undefined)
    for (const name of ["picked", "candidate", "lat", "lng"]) data.delete(name)
    for (const [name, value] of Object.entries(extra)) data.set(name, value)
    startTransition(() => action(data))
  }

  function useMyLocation() {
    setLocationError(null)
    if (!("geolocation" in navigator)) return setLocationError(texts.locationRefused)
    setLocating(true)
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false)
        // the position goes with the form's data itself: hidden fields set from
        // state were not always rendered yet when the form was sent
        send({ lat: String(coords.latitude), lng: String(coords.longitude) })
      },
      () => {
        setLocating(false)
        setLocationError(texts.locationRefused)
      },
      { timeout: 10_000, maximumAge: 300_000 }
    )
  }

  const error = locationError ?? state.error?.message
  return (
    <form ref={form} action={action} className="delivery-form" noValidate data-live={live || undefined}>
      <label htmlFor="address">{texts.yourAddress}</label>
      <p id="address-hint" className="muted hint">
        {texts.addressHint}
      </p>
      <AddressCombobox
        value={text}
        onValueChange={setText}
        onPick={(picked) => {
          setLocationError(null)
          send({ address: picked.label, picked: JSON.stringify(picked) })
        }}
        saved={saved}
        texts={texts}
        describedBy={error ? "address-hint address-error" : "address-hint"}
        invalid={Boolean(state.error)}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {texts.findMyPizzeria}
        </button>
        <button type="button" onClick={useMyLocation} disabled={pending || locating}>
          {locating ? texts.locating : texts.useMyLocation}
        </button>
      </div>
      <div aria-live="polite">
        {error && (
          <div id="address-error" role="alert" className="address-refusal">
            <p className="error" data-code={locationError ? undefined : state.error?.code}>
              {error} {!locationError && state.error && PICKUP_INSTEAD.includes(state.error.code) && <Link href="#pickup">{texts.pickup} ↓</Link>}
            </p>
            {!locationError && state.kept && <p className="muted">{state.kept}</p>}
          </div>
        )}
      </div>
      {!locationError && state.candidates.length > 0 && (
        <fieldset className="candidates">
          <legend>{texts.possibleAddresses}</legend>
          <ul>
            {state.candidates.map((candidate) => (
              <li key={candidate.label}>
                <button type="submit" name="candidate" value={JSON.stringify(candidate)} disabled={pending}>
                  {candidate.label}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </form>
  )
}
