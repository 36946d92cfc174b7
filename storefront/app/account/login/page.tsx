import Link from "next/link"
import { redirect } from "next/navigation"
import { ActionForm } from "@/components/forms/action-form"
import { Field } from "@/components/forms/field"
import { signInAction, signUpAction } from "@/lib/actions/account-actions"
import { t } from "@/lib/i18n/locale"
import { currentCustomer } from "@/lib/medusa/customer"

export const dynamic = "force-dynamic"

export default async function LoginPage() {
  const { m } = await t()
  // the customer, not just the cookie: an expired session must be able to sign in again
  if (await currentCustomer()) redirect("/account")
  return (
    <>
      <h1>{m.account}</h1>
      <div className="columns">
        <section aria-labelledby="sign-in" className="panel">
          <h2 id="sign-in">{m.signIn}</h2>
          <ActionForm action={signInAction} submitLabel={m.signIn}>
            <Field idPrefix="sign-in" name="email" type="email" label={m.email} autoComplete="email" />
            <Field idPrefix="sign-in" name="password" type="password" label={m.password} autoComplete="current-password" />
          </ActionForm>
          <p>
            <Link href="/account/forgot-password">{m.forgotPassword}</Link>
          </p>
        </section>
        <section aria-labelledby="sign-up" className="panel">
          <h2 id="sign-up">{m.signUp}</h2>
          <ActionForm action={signUpAction} submitLabel={m.signUp}>
            <Field idPrefix="sign-up" name="first_name" label={m.firstName} autoComplete="given-name" />
            <Field idPrefix="sign-up" name="last_name" label={m.lastName} autoComplete="family-name" />
            <Field idPrefix="sign-up" name="email" type="email" label={m.email} autoComplete="email" />
            <Field idPrefix="sign-up" name="phone" type="tel" label={m.phone} autoComplete="tel" required={false} />
            <Field idPrefix="sign-up" name="password" type="password" label={m.password} autoComplete="new-password" hint={m.passwordHint} />
          </ActionForm>
        </section>
      </div>
    </>
  )
}
