"use server"

import { cookies } from "next/headers"
import { revalidatePath } from "next/cache"
import { LOCALE_COOKIE } from "@/lib/i18n/locale"
import { LOCALES, type Locale } from "@/lib/i18n/messages"
import { cookieOptions } from "@/lib/session/cookie-options"

export async function chooseLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale")
  if (!LOCALES.includes(locale as Locale)) return
  ;(await cookies()).set(LOCALE_COOKIE, String(locale), { ...(await cookieOptions(365)), httpOnly: false })
  revalidatePath("/", "layout")
}
