#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal's C calls, behind the platform's C library.
enum TerminalPlatform {
    /// The width in columns of the terminal on `descriptor` (`ioctl(TIOCGWINSZ)`), or nil
    /// when it is not a terminal or does not say.
    static func columns(of descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
