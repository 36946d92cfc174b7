"use client"

import dynamic from "next/dynamic"
import { useActionState, useState } from "react"
import { Field } from "@/components/forms/field"
import { placeOrder, type CheckoutState } from "@/lib/actions/checkout-actions"
import type { CheckoutFields } from "@/lib/checkout/read-checkout-form"

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
  | "otherPayment",
  string
>

/** Contact, delivery or pickup, payment; every refusal comes back in words above the button, with what was typed kept. */
export function CheckoutForm({
  initial,
  texts,
  pickupName,
  totals,
  card,
  refusal,
}: {
  initial: CheckoutFields
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
          <Field name="address_1" label={texts.address} autoComplete="address-line1" defaultValue={fields.address_1} error={errors.address_1} />
          <Field name="postal_code" label={texts.postalCode} autoComplete="postal-code" defaultValue={fields.postal_code} error={errors.postal_code} />
          <Field name="city" label={texts.city} autoComplete="address-level2" defaultValue={fields.city} error={errors.city} />
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
