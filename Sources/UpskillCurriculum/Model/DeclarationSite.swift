/// The storage of a model value's ``CodeLocation``, left out of its equality and hash.
///
/// Where a skill was declared says nothing about what it is: the same skill written in
/// Swift and in JSON, or on another line, is the same skill. Every site is equal to every
/// other, so the model types keep their synthesised `Hashable` conformances.
///
/// A location is kept in a box, so a site is one word (8 bytes rather than 24): values
/// decoded from JSON, which have none, are smaller by 16 bytes each, 1.6 MB for a
/// curriculum of 100,000 skills and as much again for the catalog's copy.
package struct DeclarationSite: Hashable, Sendable {
    /// A location, boxed.
    private final class Box: Sendable {
        let location: CodeLocation

        init(_ location: CodeLocation) {
            self.location = location
        }
    }

    private var box: Box?

    /// Where the value was declared in Swift, if it was.
    package var location: CodeLocation? {
        get { box?.location }
        set { box = newValue.map(Box.init) }
    }

    package init(_ location: CodeLocation? = nil) {
        self.box = location.map(Box.init)
    }

    /// Always `true`: a declaration site does not take part in comparisons.
    package static func == (lhs: DeclarationSite, rhs: DeclarationSite) -> Bool {
        true
    }

    /// Adds nothing: a declaration site does not take part in hashing.
    package func hash(into hasher: inout Hasher) {}
}
