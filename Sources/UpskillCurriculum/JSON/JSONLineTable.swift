#if canImport(Darwin)
import Foundation  // NSLock: Synchronization's Mutex needs macOS 15, and upskill supports 13.
#elseif canImport(Synchronization)
import Synchronization  // Mutex: NSLock would link all of Foundation and its ICU data.
#else
#error("The line table needs a lock: Foundation's NSLock (Darwin) or Synchronization's Mutex.")
#endif

/// Maps byte offsets to line and column positions, for error messages.
///
/// Positions are only needed when something is wrong, so the parser never tracks lines.
/// The table of line starts is built the first time a document is asked for a position and
/// kept for later questions; a one-off question (the parser's own error) scans instead.
final class JSONLineTable: @unchecked Sendable {
    // `@unchecked`: `cachedStarts` is only read and written while the lock is held.
    #if canImport(Darwin)
    private let lock = NSLock()
    private var cachedStarts: [Int]?
    #else
    private let cachedStarts = Mutex<[Int]?>(nil)
    #endif
    /// The file's bytes.
    private let bytes: [UInt8]
    /// The file's length in bytes.
    private let count: Int

    /// A table for the file `bytes`, built on first use.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        self.count = bytes.count
    }

    /// The position of the byte at `offset`, clamped to `0...count`.
    func position(ofOffset offset: Int) -> SourcePosition {
        let starts = lineStarts()
        let offset = min(max(offset, 0), count)
        // The last line start at or before `offset`: binary search.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourcePosition(line: low + 1, column: max(offset - starts[low], 0) + 1)
    }

    /// The offsets at which lines start: computed once, then cached.
    private func lineStarts() -> [Int] {
        #if canImport(Darwin)
        lock.lock()
        defer { lock.unlock() }
        if let cachedStarts { return cachedStarts }
        let starts = Self.lineStarts(bytes, count: count)
        cachedStarts = starts
        return starts
        #else
        return cachedStarts.withLock { cached in
            if let cached { return cached }
            let starts = Self.lineStarts(bytes, count: count)
            cached = starts
            return starts
        }
        #endif
    }

    /// The offsets at which lines start in the first `count` bytes of `bytes`.
    private static func lineStarts(_ bytes: [UInt8], count: Int) -> [Int] {
        var starts = [Self.firstLineStart(bytes, count: count)]
        var index = starts[0]
        while index < count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A || (byte == 0x0D && (index >= count || bytes[index] != 0x0A)) {
                starts.append(index)
            }
        }
        return starts
    }

    /// The position of `offset` in the first `count` bytes of `bytes`, by a scan from the
    /// start; for a single question, where building a table would not pay.
    static func position(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>, count: Int)
        -> SourcePosition
    {
        let count = min(max(count, 0), bytes.count)
        let offset = min(max(offset, 0), count)
        var line = 1
        var lineStart = firstLineStart(bytes, count: count)
        var index = lineStart
        while index < offset {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A || (byte == 0x0D && (index >= count || bytes[index] != 0x0A)) {
                line += 1
                lineStart = index
            }
        }
        return SourcePosition(line: line, column: max(offset - lineStart, 0) + 1)
    }

    /// 3 when the file starts with a UTF-8 byte order mark (which takes no column), else 0.
    private static func firstLineStart<C: RandomAccessCollection>(_ bytes: C, count: Int) -> Int
    where C.Element == UInt8, C.Index == Int {
        guard count >= 3 else { return 0 }
        let base = bytes.startIndex
        return bytes[base] == 0xEF && bytes[base + 1] == 0xBB && bytes[base + 2] == 0xBF ? 3 : 0
    }
}
