/** Calls the admin API with the signed-in session; an error carries the API's message. */
export async function adminApi<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = await response.json()
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`)
  return body as T
}

/** Whether the admin speaks French (its own language setting, else the browser's); French by default. */
export function adminSpeaksFrench(): boolean {
  const chosen = (typeof localStorage !== "undefined" && localStorage.getItem("lng")) || navigator.language || "fr"
  return !chosen.toLowerCase().startsWith("en")
}
