/// Whether the package still holds the ExampleCo example plugin. A company may remove it
/// (`swift package --allow-writing-to-package-directory remove-curriculum ExampleCo`);
/// the tests that exercise it are then skipped rather than failed.
enum ShippedExample {
    #if canImport(ExampleCo)
    static let isPresent = true
    #else
    static let isPresent = false
    #endif
}
