import {
  And,
  DataSource,
  In,
  LessThanOrEqual,
  MoreThan,
  Raw,
  type EntitySchema,
  type FindOperator,
  type FindOptionsWhere,
  type Logger as TypeOrmLogger,
  type ObjectLiteral,
  type QueryRunner,
} from "typeorm"
import { LEGACY_ENTITIES } from "./entities"

/**
 * The previous system's database, read through TypeORM over mysql2 in one
 * read-only transaction with a consistent snapshot: every table is read as
 * of the same instant, even if the old system still takes orders during the
 * import, and nothing can be written there. Every SQL statement sent is kept
 * in `statements` (the report and the tests show what was read). Each
 * process writing a share of the orders has a read of its own.
 */
export class LegacySource {
  readonly statements: string[] = []

  private constructor(
    private readonly dataSource: DataSource,
    private readonly runner: QueryRunner
  ) {}

  static async open(url: string): Promise<LegacySource> {
    const statements: string[] = []
    const recorder: TypeOrmLogger = {
      logQuery: (query) => void statements.push(query),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    }
    const dataSource = new DataSource({
      type: "mysql",
      url,
      entities: LEGACY_ENTITIES,
      synchronize: false,
      migrationsRun: false,
      charset: "utf8mb4",
      dateStrings: true,
      logging: ["query"],
      logger: recorder,
      poolSize: 1,
    })
    await dataSource.initialize()
    const runner = dataSource.createQueryRunner()
    await runner.connect()
    await runner.query("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ")
    await runner.query("START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT")
    const source = new LegacySource(dataSource, runner)
    source.statements.push(...statements)
    recorder.logQuery = (query) => void source.statements.push(query)
    return source
  }

  /** Every row of a small table, in key order (the first of two clients sharing an e-mail is the older). */
  async all<T extends ObjectLiteral>(entity: EntitySchema<T>): Promise<T[]> {
    const order = Object.fromEntries(this.dataSource.getMetadata(entity).primaryColumns.map((column) => [column.propertyName, "ASC"]))
    return this.runner.manager.find(entity, { order: order as never })
  }

  /** The rows of a table whose `column` is one of `values` (the lines of a page of orders, say). */
  async whereIn<T extends ObjectLiteral>(entity: EntitySchema<T>, column: keyof T & string, values: (number | string)[]): Promise<T[]> {
    if (!values.length) return []
    return this.runner.manager.find(entity, { where: { [column]: In(values) } as FindOptionsWhere<T> })
  }

  /** The rows of a table, or of a share of it by key (`pages`). */
  async count<T extends ObjectLiteral>(entity: EntitySchema<T>, key?: keyof T & string, share: KeyShare = {}): Promise<number> {
    return this.runner.manager.count(entity, { where: whereShare<T>(key, share) })
  }

  /**
   * A large table in pages of `size` rows by its integer key, in key order
   * (memory stays flat; progress can be shown); with a share, only its keys:
   * up to a last one, and one in `of` of them (several processes, a share each).
   */
  async *pages<T extends ObjectLiteral>(entity: EntitySchema<T>, key: keyof T & string, size: number, share: KeyShare = {}): AsyncGenerator<T[]> {
    let after = -Infinity
    for (;;) {
      const where = whereShare<T>(key, share, after)
      const page = await this.runner.manager.find(entity, { where, order: { [key]: "ASC" } as never, take: size })
      if (!page.length) return
      yield page
      after = Number(page[page.length - 1][key])
    }
  }

  /** The highest key of a table, as of this read (0 when it is empty). */
  async lastKey<T extends ObjectLiteral>(entity: EntitySchema<T>, key: keyof T & string): Promise<number> {
    const [row] = await this.runner.manager.find(entity, { order: { [key]: "DESC" } as never, take: 1 })
    return row ? Number(row[key]) : 0
  }

  async close(): Promise<void> {
    try {
      await this.runner.query("ROLLBACK")
    } finally {
      await this.runner.release()
      await this.dataSource.destroy()
    }
  }
}

/** Part of a table by its integer key: the keys up to `upTo`, and of those the ones equal to `index` modulo `of`. */
export type KeyShare = { upTo?: number; index?: number; of?: number }

function whereShare<T>(key: string | undefined, share: KeyShare, after = -Infinity): FindOptionsWhere<T> {
  const conditions: FindOperator<number>[] = []
  if (Number.isFinite(after)) conditions.push(MoreThan(after))
  if (share.upTo !== undefined) conditions.push(LessThanOrEqual(share.upTo))
  if (share.of !== undefined && share.of > 1) conditions.push(Raw((column) => `${column} % :of = :index`, { of: share.of, index: share.index ?? 0 }))
  return (key && conditions.length ? { [key]: And(...conditions) } : {}) as FindOptionsWhere<T>
}
