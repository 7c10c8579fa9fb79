/// The storage of a model value's ``CodeLocation``, left out of its equality and hash.
///
/// Where a skill was declared says nothing about what it is: the same skill written in
/// Swift and in JSON, or on another line, is the same skill. Every site is equal to every
/// other, so the model types keep their synthesised `Hashable` conformances.
package struct DeclarationSite: Hashable, Sendable {
    /// Where the value was declared in Swift, if it was.
    package var location: CodeLocation?

    package init(_ location: CodeLocation? = nil) {
        self.location = location
    }

    /// Always `true`: a declaration site does not take part in comparisons.
    package static func == (lhs: DeclarationSite, rhs: DeclarationSite) -> Bool {
        true
    }

    /// Adds nothing: a declaration site does not take part in hashing.
    package func hash(into hasher: inout Hasher) {}
}
