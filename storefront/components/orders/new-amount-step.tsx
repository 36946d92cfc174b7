"use client"

import dynamic from "next/dynamic"
import { useEffect, useRef, useState } from "react"
import { resumeNewAmount, type ResumedNewAmount } from "@/lib/actions/order-actions"

// Stripe's code reaches the phone only when a changed card order's new amount is to be confirmed
const ConfirmNewAmount = dynamic(() => import("./confirm-new-amount").then((module) => module.ConfirmNewAmount))

type Texts = { heading: string; waiting: string; confirmPay: string; paying: string; opening: string; generic: string }

/**
 * The card step of a changed order, whenever its tracking says the new
 * amount waits for the card (`paymentCollectionId`): right after the change,
 * after a reload, or when the customer comes back later. It opens once per
 * collection, so that the page's live refreshes do not reset the card form;
 * once opened it stays, with its outcome, after the tracking stops waiting.
 */
export function NewAmountStep({
  orderId,
  token,
  paymentCollectionId,
  publishableKey,
  locale,
  call,
  texts,
}: {
  orderId: string
  token: string
  paymentCollectionId: string | null
  publishableKey: string
  locale: "fr" | "en"
  /** The pizzeria's phone, for a step that cannot be done online. */
  call: { href: string; label: string } | null
  texts: Texts
}) {
  const [current, setCurrent] = useState<{ collection: string; resumed: ResumedNewAmount | null } | null>(null)
  // once per collection, also when React runs the effect twice in development
  const requested = useRef<string | null>(null)

  useEffect(() => {
    // a later change opens a new collection: its card step starts afresh
    if (!paymentCollectionId || requested.current === paymentCollectionId) return
    const collection = paymentCollectionId
    requested.current = collection
    setCurrent({ collection, resumed: null })
    const settle = (resumed: ResumedNewAmount) => setCurrent((now) => (now?.collection === collection ? { collection, resumed } : now))
    resumeNewAmount(orderId, token).then(settle, (error: unknown) => {
      console.error(`Order ${orderId}: the card step could not be opened`, error)
      settle({ step: "refused", error: { code: "generic", message: texts.generic } })
    })
  }, [orderId, token, paymentCollectionId, texts.generic])

  const resumed = current?.resumed ?? null
  if (!current || resumed?.step === "nothing") return null
  return (
    <section aria-labelledby={`new-amount-heading-${orderId}`} className="panel">
      <h2 id={`new-amount-heading-${orderId}`}>{texts.heading}</h2>
      <div aria-live="polite">
        {!resumed && (
          <p role="status" aria-busy="true" className="muted">
            {texts.opening}
          </p>
        )}
        {resumed?.step === "outcome" && (
          <p role="status" className={resumed.outcome.screen === "paid" ? "ok" : "notice"} data-code={resumed.outcome.code ?? undefined}>
            {resumed.outcome.message}
          </p>
        )}
      </div>
      {resumed?.step === "refused" && (
        <p role="alert" className="error" data-code={resumed.error.code}>
          {resumed.error.message} {call && <a href={call.href}>{call.label}</a>}
        </p>
      )}
      {resumed?.step === "card" && (
        <ConfirmNewAmount
          key={resumed.client_secret}
          orderId={orderId}
          token={token}
          clientSecret={resumed.client_secret}
          publishableKey={publishableKey}
          locale={locale}
          texts={{
            confirmNewAmount: texts.waiting.replace("{total}", resumed.total),
            confirm: texts.confirmPay.replace("{total}", resumed.total),
            paying: texts.paying,
          }}
        />
      )}
    </section>
  )
}
