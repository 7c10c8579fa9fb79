#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import UpskillCurriculum
import UpskillTracking

/// Reads a curriculum file's bytes once, into the array the parser reads, and finds lines
/// and columns in it later without keeping those bytes.
///
/// A catalog lives for the whole run, and diagnostics with a line are rare; so the
/// locator of a file's source keeps only its path and a fingerprint of its bytes (their
/// count and a hash), and reads the file again when a diagnostic needs a position. If the
/// file changed in between, positions are left out rather than wrong ones given.
enum CurriculumFile {
    /// The whole file at `path`, or nil when it cannot be read (no such file, a folder,
    /// a read error). A regular file is read straight into the array, its size from
    /// `fstat`; anything else (a pipe, a device) through Foundation, as before.
    static func read(_ path: String) -> [UInt8]? {
        let fd = StorePlatform.open(path, .readOnly)
        guard fd >= 0 else { return nil }
        defer { StorePlatform.close(fd) }
        guard let status = StorePlatform.status(fd) else { return nil }
        guard status.kind == .regular else {
            return FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        }
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(status.size, 0)) { buffer, count in
            count = fill(buffer, from: fd, at: 0, failed: &failed)
        }
        // A file that grew after `fstat` is read to its end.
        while !failed {
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let count = chunk.withUnsafeMutableBufferPointer { fill($0, from: fd, at: bytes.count, failed: &failed) }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        return failed ? nil : bytes
    }

    /// Reads from `offset` into `buffer` until it is full or the file ends; returns the
    /// number of bytes read, and sets `failed` on a read error.
    private static func fill(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, from fd: Int32, at offset: Int, failed: inout Bool
    ) -> Int {
        var filled = 0
        while filled < buffer.count {
            let rest = UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[filled...]))
            let count = StorePlatform.read(fd, into: rest, count: rest.count, at: offset + filled)
            if count < 0 {
                if StorePlatform.lastError == StorePlatform.interrupted { continue }
                failed = true
                break
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    /// A locator for the file at `path`, whose bytes were `bytes` when it was decoded: it
    /// reads the file again when asked, and gives no positions if its bytes differ now.
    static func locator(path: String, bytes: [UInt8]) -> @Sendable ([JSONPath]) -> [SourcePosition?] {
        let fingerprint = Fingerprint(bytes)
        return { paths in
            guard let again = read(path), Fingerprint(again) == fingerprint else { return paths.map { _ in nil } }
            return JSONDocument.locator(for: again)(paths)
        }
    }

    /// The byte count and a 64-bit hash of a file's bytes: enough to tell that a file was
    /// edited between decoding it and reporting a problem in it.
    struct Fingerprint: Equatable {
        var count: Int
        var hash: UInt64

        init(_ bytes: [UInt8]) {
            count = bytes.count
            hash = bytes.withUnsafeBytes { raw in
                // Four independent lanes of 8 bytes, so that the multiplications overlap
                // (about 1 ms for 19 MB); then the rest a word and a byte at a time.
                let prime: UInt64 = 0x0000_0100_0000_01B3
                let seed: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: raw.count)
                var lanes = (seed, seed &+ 1, seed &+ 2, seed &+ 3)
                @inline(__always) func mix(_ lane: inout UInt64, _ word: UInt64) {
                    lane = (lane ^ word) &* prime
                    lane ^= lane >> 29
                }
                @inline(__always) func word(_ offset: Int) -> UInt64 {
                    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                }
                var index = 0
                while index + 32 <= raw.count {
                    mix(&lanes.0, word(index))
                    mix(&lanes.1, word(index + 8))
                    mix(&lanes.2, word(index + 16))
                    mix(&lanes.3, word(index + 24))
                    index += 32
                }
                while index + 8 <= raw.count {
                    mix(&lanes.0, word(index))
                    index += 8
                }
                while index < raw.count {
                    mix(&lanes.0, UInt64(raw[index]))
                    index += 1
                }
                var hash = lanes.0
                mix(&hash, lanes.1)
                mix(&hash, lanes.2)
                mix(&hash, lanes.3)
                return hash
            }
        }
    }
}
