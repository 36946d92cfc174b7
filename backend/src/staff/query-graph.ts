import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { GraphQLUtils } from "@medusajs/framework/utils"

/** Entity type → its relations (name → target entity type), links included. */
export type QueryGraph = Map<string, Map<string, string>>

let graph: QueryGraph | undefined
let relationNames: Set<string> | undefined

/**
 * The graph `query.graph` walks, rebuilt the way Medusa builds it at boot
 * (modules-sdk `medusa-app.js`): every loaded module's and link's joiner
 * schema, merged. Read once the application has loaded its modules.
 */
export function queryGraph(): QueryGraph {
  if (graph) return graph
  const loaded = MedusaModule.getAllJoinerConfigs()
    .map((config) => config?.schema ?? "")
    .join("\n")
  const base = "scalar DateTime\nscalar JSON\ndirective @enumValue(value: String) on ENUM_VALUE\n"
  const { schema } = GraphQLUtils.cleanGraphQLSchema(base + loaded)
  const executable = GraphQLUtils.makeExecutableSchema({ typeDefs: GraphQLUtils.mergeTypeDefs(schema) })
  graph = new Map()
  for (const [name, type] of Object.entries(executable.getTypeMap())) {
    if (!GraphQLUtils.isObjectType(type)) continue
    const relations = new Map<string, string>()
    for (const [field, config] of Object.entries(type.getFields())) {
      const target = GraphQLUtils.getNamedType(config.type)
      if (GraphQLUtils.isObjectType(target)) relations.set(field, target.name)
    }
    graph.set(name, relations)
  }
  return graph
}

/** Every name that is a relation on some entity: such a name never passes as a plain field. */
export function allRelationNames(): Set<string> {
  relationNames ??= new Set([...queryGraph().values()].flatMap((relations) => [...relations.keys()]))
  return relationNames
}
