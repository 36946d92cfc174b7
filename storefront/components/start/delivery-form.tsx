"use client"

import Link from "next/link"
import { startTransition, useActionState, useRef, useState } from "react"
import { chooseDelivery, type DeliveryFormState } from "@/lib/actions/place-actions"

type Texts = { yourAddress: string; addressHint: string; findMyPizzeria: string; useMyLocation: string; locating: string; locationRefused: string; pickup: string }

/** An address, or the browser's position: either resolves to the pizzeria that delivers it. Refusals are said in words, with pickup as the way out. */
export function DeliveryForm({ texts, address }: { texts: Texts; address: string }) {
  const [state, action, pending] = useActionState<DeliveryFormState, FormData>(chooseDelivery, { error: null, address })
  const form = useRef<HTMLFormElement>(null)
  const [locating, setLocating] = useState(false)
  const [locationError, setLocationError] = useState<string | null>(null)

  function useMyLocation() {
    setLocationError(null)
    if (!("geolocation" in navigator)) return setLocationError(texts.locationRefused)
    setLocating(true)
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false)
        // the position goes with the form's data itself: hidden fields set from
        // state were not always rendered yet when the form was sent
        const data = new FormData(form.current ?? undefined)
        data.set("lat", String(coords.latitude))
        data.set("lng", String(coords.longitude))
        startTransition(() => action(data))
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
    <form ref={form} action={action} className="delivery-form" noValidate>
      <label htmlFor="address">{texts.yourAddress}</label>
      <p id="address-hint" className="muted hint">
        {texts.addressHint}
      </p>
      <input
        id="address"
        name="address"
        type="text"
        autoComplete="street-address"
        defaultValue={state.address}
        aria-describedby={error ? "address-hint address-error" : "address-hint"}
        aria-invalid={Boolean(state.error)}
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
          <p id="address-error" role="alert" className="error" data-code={state.error?.code}>
            {error} {state.error && ["outside_delivery_area", "pizzeria_closed", "online_orders_paused"].includes(state.error.code) && <Link href="#pickup">{texts.pickup} ↓</Link>}
          </p>
        )}
      </div>
    </form>
  )
}
