"use client"

import { useEffect, useState } from "react"
import type { AddressSuggestion, AddressSuggestions } from "@oc-pizza/api-types"

const DEBOUNCE_MS = 150
const MIN_QUERY = 3
const LIMIT = 6

/**
 * The addresses the shop suggests for the text, asked once the customer
 * pauses (150 ms) through the shop's own route (app/api/addresses/suggestions).
 * An answer for a text that has changed since is dropped (the request is
 * aborted), so a slow early answer never replaces a later one. A failed
 * search shows nothing: the form still sends the text as typed.
 */
export function useAddressSuggestions(text: string): { suggestions: AddressSuggestion[]; settled: boolean } {
  const query = text.trim()
  const [answer, setAnswer] = useState<{ query: string; suggestions: AddressSuggestion[] }>({ query: "", suggestions: [] })

  useEffect(() => {
    if (query.length < MIN_QUERY) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`/api/addresses/suggestions?${new URLSearchParams({ q: query, limit: String(LIMIT) })}`, { signal: controller.signal })
        .then(async (response) => {
          const body = response.ok ? ((await response.json()) as AddressSuggestions) : { suggestions: [] }
          if (!controller.signal.aborted) setAnswer({ query, suggestions: body.suggestions })
        })
        .catch((error: Error) => {
          if (error.name === "AbortError") return
          console.warn(`address suggestions: ${error.message}`)
          setAnswer({ query, suggestions: [] })
        })
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query])

  if (query.length < MIN_QUERY) return { suggestions: [], settled: true }
  if (answer.query === query) return { suggestions: answer.suggestions, settled: true }
  // while the customer types on, the answer for the start of the text stays (no flicker); never one for another text
  return { suggestions: query.startsWith(answer.query) && answer.query !== "" ? answer.suggestions : [], settled: false }
}
