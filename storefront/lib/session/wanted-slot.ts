import { cookies } from "next/headers"
import "server-only"
import { cookieOptions } from "./cookie-options"

const SLOT_COOKIE = "ocp_slot"

/** The slot a customer picked on the home page while every pizzeria was closed: the checkout's picker starts on it, the backend still decides. */
export async function wantedSlot(): Promise<string | null> {
  const raw = (await cookies()).get(SLOT_COOKIE)?.value
  return raw && !Number.isNaN(Date.parse(raw)) ? raw : null
}

export async function rememberWantedSlot(slot: string | null): Promise<void> {
  const jar = await cookies()
  if (slot) jar.set(SLOT_COOKIE, slot, await cookieOptions(1))
  else jar.delete(SLOT_COOKIE)
}
