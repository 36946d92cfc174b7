"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { refusal, type Refusal } from "@/lib/i18n/error-text"
import { t } from "@/lib/i18n/locale"
import { fill } from "@/lib/i18n/messages"
import { addLine, cartAt, claimCart, forgetCart } from "@/lib/medusa/cart"
import { StoreApiError } from "@/lib/medusa/client"
import { addAddress, currentCustomer, deleteAddress, signIn, signUp } from "@/lib/medusa/customer"
import { getMenuItems, variantsOf } from "@/lib/medusa/menu"
import { listMyOrders } from "@/lib/medusa/orders"
import { askPasswordReset, setNewPassword } from "@/lib/medusa/password-reset"
import { listPizzerias } from "@/lib/medusa/pizzerias"
import { signInWith, signOut } from "@/lib/session/customer-session"
import { readResetToken } from "@/lib/session/reset-token"
import { currentPlace, rememberPlace } from "@/lib/session/place"

export type AccountFormState = { error: Refusal | null }

async function startSession(token: string): Promise<void> {
  const customer = await currentCustomer(token)
  if (!customer) throw new Error("A token Medusa just gave names no customer")
  await signInWith(token)
  await claimCart(token, customer.id)
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()

export async function signInAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const { m, locale } = await t()
  try {
    await startSession(await signIn(text(formData, "email"), String(formData.get("password") ?? "")))
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 401) return { error: { code: "wrong_credentials", message: m.wrongCredentials } }
    return { error: refusal(error, m, locale) }
  }
  revalidatePath("/", "layout")
  redirect("/account")
}

export async function signUpAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const { m, locale } = await t()
  const password = String(formData.get("password") ?? "")
  // the backend checks the whole rule (10 characters, not a common password); this saves a round trip for the obvious case
  if ([...password].length < 10) return { error: { code: "weak_password", message: m.passwordHint } }
  try {
    const token = await signUp({
      email: text(formData, "email"),
      password,
      first_name: text(formData, "first_name"),
      last_name: text(formData, "last_name"),
      phone: text(formData, "phone") || null,
    })
    await startSession(token)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 401) return { error: { code: "email_taken", message: m.emailTaken } }
    return { error: refusal(error, m, locale) }
  }
  revalidatePath("/", "layout")
  redirect("/account")
}

/**
 * Asks for a reset e-mail. The answer is the same page whether an account
 * exists or not (the backend answers the same too); only a refusal that is
 * about the asker (too many requests) is shown.
 */
export async function forgotPasswordAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const { m, locale } = await t()
  const email = text(formData, "email")
  if (!email) return { error: { code: "email_required", message: m.forgotPasswordIntro } }
  try {
    await askPasswordReset(email, locale)
  } catch (error) {
    return { error: refusal(error, m, locale) }
  }
  redirect("/account/forgot-password?sent=1")
}

/**
 * Sets the new password with the e-mail's token, then signs the customer in
 * with it. A token the backend refuses (expired, already used) leads to the
 * page that offers a new link; the token never travels in an address again.
 */
export async function resetPasswordAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const { m, locale } = await t()
  const token = String(formData.get("token") ?? "")
  const password = String(formData.get("password") ?? "")
  const account = readResetToken(token)
  if (!account || account.expired) redirect("/account/reset-password?link=expired")
  if (password !== String(formData.get("password_confirmation") ?? "")) return { error: { code: "passwords_differ", message: m.passwordsDiffer } }
  // the backend checks the whole rule before it spends the token; this saves a round trip for the obvious case
  if ([...password].length < 10) return { error: { code: "weak_password", message: m.passwordHint } }
  try {
    await setNewPassword(token, account.email, password)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 401) redirect("/account/reset-password?link=expired")
    return { error: refusal(error, m, locale) }
  }
  try {
    await startSession(await signIn(account.email, password))
  } catch (error) {
    console.error(`signing in after a password reset failed: ${(error as Error).message}`)
    return { error: { code: "sign_in_again", message: m.passwordChangedSignIn } }
  }
  revalidatePath("/", "layout")
  redirect("/account")
}

/** Signing out leaves the cart behind too: on a shared phone, the next person starts their own. */
export async function signOutAction(): Promise<void> {
  await signOut()
  await forgetCart()
  revalidatePath("/", "layout")
  redirect("/")
}

export async function addAddressAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const { m, locale } = await t()
  try {
    await addAddress({
      first_name: text(formData, "first_name") || null,
      last_name: text(formData, "last_name") || null,
      address_1: text(formData, "address_1"),
      postal_code: text(formData, "postal_code"),
      city: text(formData, "city"),
      phone: text(formData, "phone") || null,
    })
  } catch (error) {
    return { error: refusal(error, m, locale) }
  }
  revalidatePath("/account")
  return { error: null }
}

export async function deleteAddressAction(formData: FormData): Promise<void> {
  try {
    await deleteAddress(text(formData, "address_id"))
  } catch (error) {
    // an expired session: the account page sends the customer to sign in again
    console.error(`address not deleted: ${(error as Error).message}`)
  }
  revalidatePath("/account")
}

/** The same dishes again, from the same pizzeria (as a pickup there unless it delivers the chosen address): what tonight's kitchen cannot make is named and left out. */
export async function reorderAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const { m, locale } = await t()
  try {
    const [orders, pizzerias, place] = await Promise.all([listMyOrders(), listPizzerias(), currentPlace()])
    const order = orders.find((candidate) => candidate.id === text(formData, "order_id"))
    const pizzeria = pizzerias.find((candidate) => candidate.sales_channel_id === order?.sales_channel_id)
    if (!order || !pizzeria) return { error: { code: "order_not_found", message: m.orderNotFound } }
    const offered = variantsOf(await getMenuItems(pizzeria.id))
    const cart = await cartAt(pizzeria.sales_channel_id)
    // a delivery address that pizzeria serves stays chosen
    if (place?.pizzeria_id !== pizzeria.id) await rememberPlace({ mode: "pickup", pizzeria_id: pizzeria.id })
    const left: string[] = []
    for (const item of order.items) {
      const entry = item.variant_id ? offered.get(item.variant_id) : undefined
      if (entry && entry.item.available && entry.variant.available) await addLine(cart, entry.variant.id, item.quantity)
      else left.push(`${item.title} (${item.variant_title ?? ""})`)
    }
    revalidatePath("/", "layout")
    if (left.length > 0) return { error: { code: "unavailable_item", message: fill(m.reorderPartial, { items: left.join(", ") }) } }
  } catch (error) {
    return { error: refusal(error, m, locale) }
  }
  redirect("/cart")
}
