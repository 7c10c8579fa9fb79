/// The current time in UTC as `2026-01-05T10:02:03Z`, for the journal's `at` field.
enum Timestamp {
    static func now() -> String {
        let (year, month, day, hour, minute, second) = StorePlatform.utcNow()
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))Z"
    }
}
