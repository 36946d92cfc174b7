import type { AxiosInstance } from "axios"

/** Every demo account's password in this test file (integration-tests/setup-env.ts makes it). */
export const DEMO_PASSWORD = process.env.OCP_DEMO_PASSWORD!

export type AdminHeaders = { headers: { authorization: string } }

/** Signs a staff member in (a demo account unless a password is given): the headers of their admin requests. */
export async function signIn(api: AxiosInstance, email: string, password = DEMO_PASSWORD): Promise<AdminHeaders> {
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token as string}` } }
}
