import UpskillCurriculum

extension CatalogBuilder {
    /// The roles in id order, where each comes from, and their requirement items with the
    /// included roles' items merged in; include cycles are reported.
    mutating func buildRoles(roleIDs: [String], definitions: [String: Definition], resolver: Resolver)
        -> ([Role], [Int32], RequirementTable)
    {
        var roles: [Role] = []
        var roleSources: [Int32] = []
        var ownItems: [[[Int32]]] = []
        var includes: [[Int32]] = []
        for id in roleIDs {
            guard let definition = definitions[id] else { continue }
            let role = sources[definition.source].curriculum.roles[definition.position]
            roles.append(role)
            roleSources.append(Int32(definition.source))
            ownItems.append(
                resolve(role.requires, source: definition.source, path: definition.path.appending("requires"),
                    resolver: resolver))
            var included: [Int32] = []
            for (position, includedID) in role.includes.enumerated() {
                if let index = resolver.roleIndex[includedID] {
                    included.append(index)
                } else if Identifier.isValid(includedID) {
                    error(
                        resolver.unknownRoleMessage(includedID), source: definition.source,
                        path: definition.path.appending("includes").appending(position))
                }
            }
            includes.append(included)
        }
        reportIncludeCycles(roles: roles, includes: includes, definitions: definitions)

        // A role's items: its own, then those of the roles it includes (depth first, each
        // role once), without repeating an item.
        var table = RequirementTable()
        for role in roles.indices {
            var items: [[Int32]] = []
            var seenItems: Set<[Int32]> = []
            var visited: Set<Int32> = []
            var stack: [Int32] = [Int32(role)]
            while let current = stack.popLast() {
                guard visited.insert(current).inserted else { continue }
                for item in ownItems[Int(current)] where seenItems.insert(item.sorted()).inserted {
                    items.append(item)
                }
                stack.append(contentsOf: includes[Int(current)].reversed())
            }
            table.appendOwner(items: items)
        }
        return (roles, roleSources, table)
    }

    mutating func reportIncludeCycles(roles: [Role], includes: [[Int32]], definitions: [String: Definition]) {
        // Depth-first search with colours; a grey target closes a cycle.
        var state = [UInt8](repeating: 0, count: roles.count)  // 0 new, 1 on stack, 2 done
        for start in roles.indices where state[start] == 0 {
            var stack: [(role: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = stack.last {
                let edges = includes[top.role]
                if top.next < edges.count {
                    stack[stack.count - 1].next += 1
                    let target = Int(edges[top.next])
                    if state[target] == 0 {
                        state[target] = 1
                        stack.append((target, 0))
                    } else if state[target] == 1, let from = stack.firstIndex(where: { $0.role == target }) {
                        let cycle = stack[from...].map { roles[$0.role].id } + [roles[target].id]
                        if let definition = definitions[roles[target].id] {
                            error(
                                "roles include each other: \(cycle.joined(separator: " → ")); remove one of these 'includes'",
                                source: definition.source, path: definition.path.appending("includes"))
                        }
                    }
                } else {
                    state[top.role] = 2
                    stack.removeLast()
                }
            }
        }
    }
}
