import { useCallback, useRef, useState } from "react"

/**
 * The arrival chime, made by Web Audio (no sound file). Browsers let a page
 * play sound only after a tap on it: the kitchen arms the sound once, at the
 * start of service; until then `play` stays silent.
 */
export function useArrivalSound(): { armed: boolean; arm: () => void; play: () => void } {
  const context = useRef<AudioContext | null>(null)
  const [armed, setArmed] = useState(false)

  const play = useCallback(() => {
    const audio = context.current
    if (!audio) return
    // two rising beeps, loud enough over an oven's fan
    for (const [offset, frequency] of [
      [0, 880],
      [0.22, 1320],
    ] as const) {
      const oscillator = audio.createOscillator()
      const gain = audio.createGain()
      const start = audio.currentTime + offset
      oscillator.type = "square"
      oscillator.frequency.value = frequency
      gain.gain.setValueAtTime(0.0001, start)
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02)
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.2)
      oscillator.connect(gain).connect(audio.destination)
      oscillator.start(start)
      oscillator.stop(start + 0.21)
    }
  }, [])

  const arm = useCallback(() => {
    context.current ??= new AudioContext()
    void context.current.resume().then(() => {
      setArmed(true)
      play()
    })
  }, [play])

  return { armed, arm, play }
}
