import type { Metadata } from "next"
import Link from "next/link"
import { ActionForm } from "@/components/forms/action-form"
import { Field } from "@/components/forms/field"
import { resetPasswordAction } from "@/lib/actions/account-actions"
import { t } from "@/lib/i18n/locale"
import { readResetToken } from "@/lib/session/reset-token"

export const dynamic = "force-dynamic"

// the address holds the reset token: no request from this page (assets included) names it
export const metadata: Metadata = { referrer: "no-referrer" }

/**
 * The e-mail's link: a new password, twice. The token moves from the address
 * into the form, which posts it to the server action; a link that has
 * expired or was already used says so and offers a new one.
 */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string; link?: string }> }) {
  const [{ m }, { token, link }] = await Promise.all([t(), searchParams])
  const account = readResetToken(token)
  const refused = link === "expired" || account?.expired ? "reset_link_expired" : !account ? "reset_link_broken" : null
  return (
    <>
      <h1>{m.newPasswordTitle}</h1>
      <section className="panel">
        {refused ? (
          <>
            <p role="alert" className="error" data-code={refused}>
              {refused === "reset_link_expired" ? m.resetLinkExpired : m.resetLinkBroken}
            </p>
            <p>
              <Link href="/account/forgot-password">{m.askNewLink}</Link>
            </p>
          </>
        ) : (
          <ActionForm action={resetPasswordAction} submitLabel={m.saveNewPassword}>
            <input type="hidden" name="token" value={token} />
            <Field name="password" type="password" label={m.newPassword} autoComplete="new-password" hint={m.passwordHint} />
            <Field name="password_confirmation" type="password" label={m.confirmPassword} autoComplete="new-password" />
          </ActionForm>
        )}
      </section>
    </>
  )
}
