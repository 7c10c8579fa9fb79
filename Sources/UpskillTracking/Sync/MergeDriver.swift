/// `upskill merge-driver`: the git merge driver for a store kept in a git repository.
///
/// Git runs it for the files `.gitattributes` gives `merge=upskill` when both sides
/// changed them, with the common ancestor's, our and their versions in temporary files;
/// the driver writes the merge over ours and git takes it without a conflict:
///
/// - `journal.jsonl`: ours, then their entries ours lacks (``JournalMerge``);
/// - `state.json`: ours, unchanged. It stays right for the merged journal, which starts
///   with ours byte for byte: the entries appended after its mark are committed changes
///   every reader applies, and the next change writes them into `state.json`.
package enum MergeDriver {
    /// The files the driver merges, by name.
    package static let files = ["journal.jsonl", "state.json"]

    /// Merges one file for git, writing the result over `ours` (atomically).
    /// - Parameters:
    ///   - base: The common ancestor's version (`%O`).
    ///   - ours: Our version (`%A`), replaced by the merge.
    ///   - theirs: Their version (`%B`).
    ///   - path: The file's path in the repository (`%P`), which says which file it is.
    /// - Throws: ``TrackingError``: `invalidSetting` for a file the driver does not merge,
    ///   `damaged` or `newerVersion` for a version that does not read, `conflict` for
    ///   journals that cannot be merged safely, `io`. `ours` is unchanged then.
    package static func merge(base: String, ours: String, theirs: String, path: String) throws(TrackingError) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        switch name {
        case "journal.jsonl":
            let merged = try JournalMerge.merge(
                base: try StoreFiles.read(base) ?? [], ours: try StoreFiles.read(ours) ?? [],
                theirs: try StoreFiles.read(theirs) ?? [], file: path)
            try StoreFiles.writeAtomically(merged, to: ours)
        case "state.json":
            // Ours is kept; it must read, so that a damaged file is reported now rather
            // than committed as a merge.
            guard let bytes = try StoreFiles.read(ours) else {
                throw TrackingError(.io, file: path, "cannot read our version of \(path) at \(ours): there is no such file")
            }
            _ = try StateFile.decode(bytes, file: "\(path) (ours)")
        default:
            throw TrackingError(
                .invalidSetting, file: path,
                "upskill merge-driver merges \(files.joined(separator: " and ")) of an upskill folder, not '\(path)'; check the merge=upskill lines of .gitattributes")
        }
    }
}
