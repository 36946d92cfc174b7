"use client"

import dynamic from "next/dynamic"
import { useActionState, useState } from "react"
import { Field } from "@/components/forms/field"
import { placeOrder, type CheckoutState } from "@/lib/actions/checkout-actions"
import { INSTRUCTION_LIMITS, type CheckoutFields } from "@/lib/checkout/read-checkout-form"
import type { SlotPickerTexts } from "@/lib/i18n/slot-picker-texts"
import type { SlotChoice } from "@/lib/medusa/slots"
import { SlotPicker } from "./slot-picker"

// Stripe's code reaches the phone only when the customer pays by card
const CardPayment = dynamic(() => import("./card-payment").then((module) => module.CardPayment))

type Texts = Record<
  | "delivery"
  | "pickup"
  | "contact"
  | "email"
  | "firstName"
  | "lastName"
  | "phone"
  | "deliveryAddress"
  | "address"
  | "postalCode"
  | "city"
  | "payment"
  | "payOnDelivery"
  | "payAtPickup"
  | "payByCard"
  | "placeOrder"
  | "placing"
  | "howToGet"
  | "pay"
  | "paying"
  | "otherPayment"
  | "instructionsLegend"
  | "doorCode"
  | "floorFlat"
  | "driverNote"
  | "savedAddresses"
  | "useSavedAddress",
  string
> &
  SlotPickerTexts

/** An address the signed-in customer saved, offered instead of typing it again. */
export type SavedAddress = { id: string; address_1: string; postal_code: string; city: string }

/** Contact, delivery or pickup, payment; every refusal comes back in words above the button, with what was typed kept. */
export function CheckoutForm({
  initial,
  texts,
  pickupName,
  totals,
  card,
  refusal,
  saved = [],
  slots,
}: {
  /** The quarter hours with room at the cart's pizzeria, per kind of order (null: no pizzeria known yet). */
  slots: Record<CheckoutFields["mode"], SlotChoice> | null
  initial: CheckoutFields
  /** The signed-in customer's saved addresses (the first one prefills the form when no other address is known). */
  saved?: SavedAddress[]
  texts: Texts
  pickupName: string | null
  /** What the button says the order costs, delivered or picked up. */
  totals: Record<CheckoutFields["mode"], string>
  /** Stripe's publishable key and the customer's language, when cards are taken. */
  card: { publishableKey: string; locale: "fr" | "en" } | null
  /** A refusal met on the bank's page, brought back by /checkout/complete. */
  refusal: string | null
}) {
  const [state, action, pending] = useActionState<CheckoutState, FormData>(placeOrder, { fields: null, fieldErrors: {}, error: null, card: null })
  const fields = state.fields ?? initial
  const [mode, setMode] = useState<CheckoutFields["mode"]>(fields.mode)
  // held here, not in the form: React resets a form after its action, and a refused order must not fall back to cash
  const [payment, setPayment] = useState<"on_handover" | "card">("on_handover")
  // the customer may leave the card step and pay on handover instead
  const [leftCard, setLeftCard] = useState<string | null>(null)
  const cardStep = state.card && card && leftCard !== state.card.client_secret ? state.card : null
  const errors = state.fieldErrors
  // a saved address chosen since the last answer: the address fields start again from it
  const [chosen, setChosen] = useState<{ address: SavedAddress; answer: CheckoutState } | null>(null)
  const where = chosen?.answer === state ? chosen.address : fields
  const details = (
    <form action={action} className="checkout" noValidate>
      <fieldset>
        <legend>{texts.howToGet}</legend>
        <label className="choice">
          <input type="radio" name="mode" value="delivery" checked={mode === "delivery"} onChange={() => setMode("delivery")} /> {texts.delivery}
        </label>
        <label className="choice">
          <input type="radio" name="mode" value="pickup" checked={mode === "pickup"} onChange={() => setMode("pickup")} /> {texts.pickup}
          {pickupName && <span className="muted"> — {pickupName}</span>}
        </label>
      </fieldset>
      {slots && <SlotPicker key={mode} choice={slots[mode]} initial={fields.scheduled_for} texts={texts} />}
      <fieldset>
        <legend>{texts.contact}</legend>
        <Field name="email" type="email" label={texts.email} autoComplete="email" defaultValue={fields.email} error={errors.email} />
        <Field name="first_name" label={texts.firstName} autoComplete="given-name" defaultValue={fields.first_name} error={errors.first_name} />
        <Field name="last_name" label={texts.lastName} autoComplete="family-name" defaultValue={fields.last_name} error={errors.last_name} />
        <Field name="phone" type="tel" label={texts.phone} autoComplete="tel" defaultValue={fields.phone} error={errors.phone} />
      </fieldset>
      {mode === "delivery" && (
        <fieldset>
          <legend>{texts.deliveryAddress}</legend>
          {saved.length > 0 && (
            <div role="group" aria-label={texts.savedAddresses} className="saved-addresses">
              {saved.map((address) => {
                const line = `${address.address_1}, ${address.postal_code} ${address.city}`
                const current = chosen?.answer === state && chosen.address.id === address.id
                return (
                  <button key={address.id} type="button" className="chip" aria-pressed={current} onClick={() => setChosen({ address, answer: state })}>
                    {texts.useSavedAddress.replace("{address}", line)}
                  </button>
                )
              })}
            </div>
          )}
          <div key={chosen?.answer === state ? chosen.address.id : "typed"}>
            <Field name="address_1" label={texts.address} autoComplete="address-line1" defaultValue={where.address_1} error={errors.address_1} />
            <Field name="postal_code" label={texts.postalCode} autoComplete="postal-code" defaultValue={where.postal_code} error={errors.postal_code} />
            <Field name="city" label={texts.city} autoComplete="address-level2" defaultValue={where.city} error={errors.city} />
          </div>
        </fieldset>
      )}
      {mode === "delivery" && (
        <fieldset className="instructions">
          <legend>{texts.instructionsLegend}</legend>
          <Field name="door_code" label={texts.doorCode} autoComplete="off" required={false} defaultValue={fields.door_code} error={errors.door_code} />
          <Field name="floor" label={texts.floorFlat} autoComplete="address-line2" required={false} defaultValue={fields.floor} error={errors.floor} />
          <div className="field">
            <label htmlFor="note">{texts.driverNote}</label>
            <textarea
              id="note"
              name="note"
              rows={2}
              maxLength={INSTRUCTION_LIMITS.note}
              defaultValue={fields.note}
              aria-invalid={Boolean(errors.note)}
              aria-describedby={errors.note ? "note-error" : undefined}
            />
            {errors.note && (
              <p id="note-error" className="error small">
                {errors.note}
              </p>
            )}
          </div>
        </fieldset>
      )}
      <fieldset>
        <legend>{texts.payment}</legend>
        <label className="choice">
          <input type="radio" name="payment" value="on_handover" checked={payment === "on_handover"} onChange={() => setPayment("on_handover")} disabled={Boolean(cardStep)} />{" "}
          {mode === "delivery" ? texts.payOnDelivery : texts.payAtPickup}
        </label>
        {card && (
          <label className="choice">
            <input type="radio" name="payment" value="card" checked={payment === "card"} onChange={() => setPayment("card")} disabled={Boolean(cardStep)} /> {texts.payByCard}
          </label>
        )}
      </fieldset>
      <div aria-live="assertive">
        {(state.error || (refusal && !state.fields)) && (
          <p role="alert" className="error" data-code={state.error?.code}>
            {state.error?.message ?? refusal}
          </p>
        )}
      </div>
      {!cardStep && (
        <button type="submit" className="primary big" disabled={pending}>
          {pending ? texts.placing : texts.placeOrder.replace("{total}", totals[mode])}
        </button>
      )}
    </form>
  )
  if (!cardStep || !card) return details
  // the card is confirmed in a form of its own, once the cart is ready
  return (
    <>
      {details}
      <CardPayment
        publishableKey={card.publishableKey}
        clientSecret={cardStep.client_secret}
        locale={card.locale}
        texts={{ pay: texts.pay.replace("{total}", totals[mode]), paying: texts.paying }}
      />
      <button
        type="button"
        className="link"
        onClick={() => {
          setLeftCard(cardStep.client_secret)
          setPayment("on_handover")
        }}
      >
        {texts.otherPayment}
      </button>
    </>
  )
}
