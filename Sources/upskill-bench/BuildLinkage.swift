import Foundation

/// How this build links the Swift runtime, seen from the running benchmark: a build with
/// `--static-swift-stdlib` maps no `libswiftCore.so`.
enum BuildLinkage: String {
    case `static` = "statically"
    case dynamic = "dynamically"

    static var current: BuildLinkage {
        let maps = (try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)) ?? ""
        return maps.contains("libswiftCore.so") ? .dynamic : .static
    }
}
