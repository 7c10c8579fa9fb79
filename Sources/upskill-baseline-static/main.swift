import Foundation

// The like-for-like baseline for `upskill-bench`: the trivial Foundation program of
// `upskill-baseline`, linked statically as the release `upskill` is.
FileHandle.standardOutput.write(Data("hello\n".utf8))
