/// "Did you mean" suggestions: the closest candidate to a misspelt word.
package enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a
    /// plausible misspelling (at most a third of the longer word's length, and at most 3
    /// edits), or a candidate that `word` is a case-insensitive prefix of.
    ///
    /// Ties go to the candidate that sorts first, so the answer is deterministic.
    /// - Complexity: O(n · m · k) for k candidates of length m and a word of length n.
    package static func closest<S: Sequence>(to word: String, in candidates: S) -> String?
    where S.Element == String {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        var best: (distance: Int, candidate: String)?
        for candidate in candidates {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            let limit = min(3, max(1, max(target.count, scalars.count) / 3))
            let distance: Int
            if scalars.count > target.count, scalars.starts(with: target) {
                distance = 1  // a prefix: `kube` → `kubernetes`
            } else {
                distance = editDistance(target, scalars, limit: limit)
                if distance > limit { continue }
            }
            if let current = best,
                current.distance < distance || (current.distance == distance && current.candidate <= candidate)
            {
                continue
            }
            best = (distance, candidate)
        }
        return best?.candidate
    }

    /// The Damerau–Levenshtein (optimal string alignment) distance between two words,
    /// or `limit + 1` as soon as it is known to exceed `limit`.
    package static func editDistance(
        _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max
    ) -> Int {
        if abs(a.count - b.count) > limit { return limit &+ 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit &+ 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
