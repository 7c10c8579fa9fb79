import Foundation

// The baseline for `upskill-bench`: the smallest Foundation program that prints one line.
// upskill's everyday commands are measured against its start-up time.
FileHandle.standardOutput.write(Data("hello\n".utf8))
