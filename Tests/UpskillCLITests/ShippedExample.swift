import Foundation

/// Whether the package still holds the ExampleCo example plugin. A company may remove it
/// (`swift package --allow-writing-to-package-directory remove-curriculum ExampleCo`);
/// the tests that exercise it are then skipped rather than failed.
enum ShippedExample {
    static let isPresent = FileManager.default.fileExists(
        atPath: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Plugins/ExampleCo").path)
}
