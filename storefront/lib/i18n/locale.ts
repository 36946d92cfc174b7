import { cookies, headers } from "next/headers"
import "server-only"
import { LOCALES, messages, type Locale, type Messages } from "./messages"

export const LOCALE_COOKIE = "ocp_locale"

/** The visitor's language: their choice (cookie), else their browser's, else French. */
export async function currentLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value
  if (isLocale(chosen)) return chosen
  const accepted = (await headers()).get("accept-language") ?? ""
  const preferred = accepted
    .split(",")
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find(isLocale)
  return preferred ?? "fr"
}

export async function t(): Promise<{ locale: Locale; m: Messages }> {
  const locale = await currentLocale()
  return { locale, m: messages[locale] }
}

function isLocale(value: string | undefined): value is Locale {
  return LOCALES.includes(value as Locale)
}
