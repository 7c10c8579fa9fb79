/// What ``JSONParser/parseElementwise(_:handler:)`` hands a file's values to: each element
/// of the root object's arrays as soon as it ends, then what is left of the file.
protocol JSONElementHandler {
    associatedtype Result

    /// Takes the element at tape index `element` of the array at tape index `array`, a
    /// member of the root object. The element's subtree is complete on `tape`; the array and
    /// the root are still open (their `next` is not set), and the members of the root
    /// before the array are complete. The element is dropped from the tape afterwards.
    mutating func element(_ element: Int, of array: Int, on tape: JSONTape)

    /// Takes the parsed file, whose root is at tape index 0: the arrays whose elements were
    /// handed over are empty on `tape`.
    mutating func root(on tape: JSONTape) -> Result
}
