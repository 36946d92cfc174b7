"use client"

import { startTransition, useActionState, type FormEvent, type ReactNode } from "react"
import type { AccountFormState } from "@/lib/actions/account-actions"

/** A form on a server action whose refusal is read out above its button. */
export function ActionForm({
  action,
  submitLabel,
  children,
  className,
}: {
  action: (state: AccountFormState, formData: FormData) => Promise<AccountFormState>
  submitLabel: string
  children?: ReactNode
  className?: string
}) {
  const [state, formAction, pending] = useActionState<AccountFormState, FormData>(action, { error: null })
  // React empties a form after its action; a refused form keeps what was typed instead (without JavaScript, the action attribute still works)
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }
  return (
    <form action={formAction} onSubmit={submit} className={className}>
      {children}
      <div aria-live="polite">
        {state.error && (
          <p role="alert" className="error" data-code={state.error.code}>
            {state.error.message}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  )
}
