#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import UpskillCLI

// The `upskill` executable: binds the command line to this process. Everything else lives
// in the UpskillCLI library, which needs no more of Foundation than FoundationEssentials,
// so the static binary carries no ICU data.
exit(UpskillProcess.run())
