"use client"

import { useEffect, useRef, useState } from "react"

/** Where the reading line sits: just under the sticky header and these chips. */
const READING_LINE = 130

/**
 * The menu's categories as chips under the header: plain links to their
 * sections (so they work before any script), and the chip of the section
 * being read marked current as the page scrolls. The section being read is
 * the one crossing a line under the sticky bars, or the last one once the end
 * of the menu (`endId`) is on screen, as a short last section never reaches
 * that line.
 */
export function CategoryNav({ label, categories, endId }: { label: string; categories: { anchor: string; name: string }[]; endId: string }) {
  const [current, setCurrent] = useState(categories[0]?.anchor ?? "")
  const list = useRef<HTMLUListElement>(null)

  useEffect(() => {
    const crossing = new Map<string, boolean>()
    let atEnd = false
    const update = () => {
      const found = atEnd && window.scrollY > 0 ? categories.at(-1) : categories.find(({ anchor }) => crossing.get(anchor))
      if (found) setCurrent(found.anchor)
    }
    const line = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) crossing.set(entry.target.id, entry.isIntersecting)
        update()
      },
      { rootMargin: `-${READING_LINE}px 0px -${Math.max(0, window.innerHeight - READING_LINE - 48)}px 0px` }
    )
    const end = new IntersectionObserver(([entry]) => {
      atEnd = entry.isIntersecting
      update()
    })
    for (const { anchor } of categories) {
      const section = document.getElementById(anchor)
      if (section) line.observe(section)
    }
    const endMark = document.getElementById(endId)
    if (endMark) end.observe(endMark)
    return () => {
      line.disconnect()
      end.disconnect()
    }
  }, [categories, endId])

  useEffect(() => {
    // keep the current chip in view when the chips are wider than the phone
    const chips = list.current
    const chip = chips?.querySelector<HTMLElement>(`a[href="#${current}"]`)
    if (chips && chip) chips.scrollTo({ left: chip.offsetLeft - chips.offsetLeft - 16 })
  }, [current])

  return (
    <nav aria-label={label} className="category-nav">
      <ul ref={list}>
        {categories.map(({ anchor, name }) => (
          <li key={anchor}>
            <a href={`#${anchor}`} aria-current={anchor === current ? "true" : undefined}>
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
