import Link from "next/link"
import { ActionForm } from "@/components/forms/action-form"
import { Field } from "@/components/forms/field"
import { forgotPasswordAction } from "@/lib/actions/account-actions"
import { t } from "@/lib/i18n/locale"

export const dynamic = "force-dynamic"

/** Asks for a reset link; once asked, says the same thing whether the address has an account or not. */
export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<{ sent?: string }> }) {
  const [{ m }, { sent }] = await Promise.all([t(), searchParams])
  return (
    <>
      <h1>{m.forgotPasswordTitle}</h1>
      <section className="panel">
        {sent ? (
          <p role="status" className="notice">
            {m.resetLinkSent}
          </p>
        ) : (
          <>
            <p>{m.forgotPasswordIntro}</p>
            <ActionForm action={forgotPasswordAction} submitLabel={m.sendResetLink}>
              <Field name="email" type="email" label={m.email} autoComplete="email" />
            </ActionForm>
          </>
        )}
        <p>
          <Link href="/account/login">{m.backToSignIn}</Link>
        </p>
      </section>
    </>
  )
}
