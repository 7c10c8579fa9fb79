import UpskillCurriculum

/// The "did you mean" of an unknown id: the ids that contain what was typed (`kube` →
/// `kubernetes`, `kubeflow-pipelines`, …) when there are a few, else the closest by edit
/// distance.
enum DidYouMean {
    /// At most this many ids are offered at once.
    static let limit = 4

    /// The ids to offer for `word`, best first: shortest containing matches (then by id),
    /// or the single closest misspelling; empty when nothing is close.
    static func candidates(for word: String, in ids: [String]) -> [String] {
        let needle = word.lowercased()
        if needle.count >= 2 {
            let containing = ids.filter { $0.lowercased().contains(needle) }
                .sorted { ($0.count, $0) < ($1.count, $1) }
            if !containing.isEmpty, containing.count <= limit { return containing }
        }
        return Suggestion.closest(to: word, in: ids).map { [$0] } ?? []
    }

    /// `; did you mean 'a'?` or `; did you mean 'a', 'b' or 'c'?`, or `""`.
    static func suffix(for word: String, in ids: [String]) -> String {
        let quoted = candidates(for: word, in: ids).map { "'\($0)'" }
        guard let last = quoted.last else { return "" }
        let list = quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last
        return "; did you mean \(list)?"
    }
}
