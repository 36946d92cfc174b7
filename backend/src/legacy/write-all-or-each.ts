/**
 * Writes rows in one run and, when that run is refused, again one row at a
 * time, so that one bad row sets aside only itself (`setAside` says why).
 * The result of each row, in order; null for a row set aside.
 */
export async function writeAllOrEach<Row, Result>(
  rows: Row[],
  write: (rows: Row[]) => Promise<Result[]>,
  setAside: (row: Row, error: unknown) => void
): Promise<(Result | null)[]> {
  try {
    return await write(rows)
  } catch {
    // which one was refused: one at a time
    const results: (Result | null)[] = []
    for (const row of rows) {
      try {
        results.push((await write([row]))[0])
      } catch (error) {
        setAside(row, error)
        results.push(null)
      }
    }
    return results
  }
}
