import Testing
import UpskillTracking

@Suite("Study durations")
struct StudyDurationTests {
    @Test(
        "Durations people write read as whole minutes",
        arguments: [
            ("90m", 90), ("1.5h", 90), ("2h30m", 150), ("2h 30m", 150), ("1h", 60), ("0.25h", 15), ("45min", 45),
            ("3 hours", 180), ("2H", 120), ("30m1h", 90), ("0.01h", 1), ("168h", 10_080), ("1hr 5mins", 65),
            ("1:30", 90), ("0:45", 45), ("2:05", 125), ("10:00", 600), (" 1:30 ", 90),
        ] as [(String, Int)])
    func valid(text: String, minutes: Int) throws {
        #expect(try StudyDuration.minutes(text) == minutes)
    }

    @Test(
        "Anything else is refused with what would be accepted",
        arguments: [
            ("45", "'45' has no unit: write 45m for minutes or 45h for hours"),
            ("2h30", "'2h30' ends in a number without a unit: write 2h30m"),
            ("", "the duration is empty"),
            ("abc", "'abc' is not a duration"),
            ("h", "'h' has no number before 'h'"),
            ("2d", "unknown unit 'd' in '2d': use h for hours and m for minutes"),
            ("1h2h", "gives hours twice"),
            ("1.5m", "minutes must be whole"),
            ("0m", "no time at all"),
            ("0.001h", "less than a minute"),
            ("169h", "more than a week"),
            ("99999m", "more than a week"),
            ("1:75", "'1:75': the minutes after ':' go from 00 to 59, e.g. 2:15"),
            ("1:5", "write hours and minutes as H:MM, e.g. 1:30"),
            (":30", "write hours and minutes as H:MM"),
            ("1:30:00", "write hours and minutes as H:MM"),
            ("0:00", "no time at all"),
            ("169:00", "more than a week"),
            ("99999999999999999999m", "more than a week"),
            ("1.5m", "minutes must be whole, e.g. 2m"),
            ("1..5h", "is not a number"),
            ("-1h", "is not a duration"),
        ] as [(String, String)])
    func invalid(text: String, message: String) {
        do {
            let minutes = try StudyDuration.minutes(text)
            Issue.record("'\(text)' was read as \(minutes) minutes")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test("Minutes print as people write them")
    func format() {
        #expect(StudyDuration.format(minutes: 45) == "45m")
        #expect(StudyDuration.format(minutes: 120) == "2h")
        #expect(StudyDuration.format(minutes: 150) == "2h30m")
    }
}
