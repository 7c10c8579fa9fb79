import Foundation
import Testing

/// Issue 16 through the built binary: a hostile or broken curriculum never crashes a
/// command, never reaches the terminal as a command, and never blocks progress.
@Suite("Hostile and broken curricula (binary)")
struct HostileCurriculumTests {
    /// An upskill home whose curricula folder holds `files`.
    static func home(_ files: [String: String]) throws -> URL {
        let home = try UpskillBinary.temporaryFolder()
        let folder = home.appendingPathComponent("curricula")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return home
    }

    /// A curriculum whose text holds OSC (window title), ESC [2J (clear screen), BEL, a
    /// C1 CSI, a right-to-left override and a carriage return.
    static let hostile = #"""
        {"curriculum": "acme", "title": "Acme \u001b[2J", "skills": [
          {"id": "acme-tool", "name": "Acme \u001b]0;pwned\u0007\u001b[2J\u009b31m\u202etool\r", "category": "acme\u001b[31m",
           "hours": 3, "description": "Clears \u001b[2J the screen"}],
         "roles": [{"id": "acme-role", "name": "Acme \u009b2J role", "requires": ["acme-tool"]}]}
        """#

    @Test("format 1e19 is a located error, not a crash, in validate and in the user's folder (finding 1)")
    func hugeFormat() throws {
        let home = try Self.home(["big.json": #"{"format": 1e19, "curriculum": "big", "title": "Big"}"#])
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.path + "/curricula/big.json"
        let validate = try UpskillBinary.run(["validate", file])
        #expect(validate.status == 65)
        #expect(validate.stderr.hasPrefix("\(file):1:12: error: format: unsupported format version 1e+19"), "\(validate.stderr)")
        for command in [["skills"], ["next"], ["status"], ["plan", "--to", "ml-engineer"]] {
            let result = try UpskillBinary.run(command, environment: ["UPSKILL_HOME": home.path])
            #expect(result.status < 128, "\(command) crashed: \(result.stderr)")
            if command.count > 1 || command == ["skills"] {
                #expect(result.status == 0)
                #expect(result.stderr.hasPrefix("warning: left out \(file): \(file):1:12: error: format: unsupported"), "\(command): \(result.stderr)")
            }
        }
    }

    @Test("No ESC, OSC, C1 or bidi override reaches the output of show, skills, roles or plugins (finding 10)")
    func terminalEscapes() throws {
        let home = try Self.home(["acme.json": Self.hostile])
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["UPSKILL_HOME": home.path]
        let commands = [
            ["show", "acme-tool"], ["show", "acme-role"], ["skills"], ["skills", "acme"], ["roles"], ["plugins"],
            ["show", "acme-tool\u{1B}[2J"], ["plan", "--to", "acme-role", "--format", "csv"],
            ["plan", "--to", "acme-role", "--format", "dot"], ["plan", "--to", "acme-role", "--format", "html"],
        ]
        for command in commands {
            let result = try UpskillBinary.run(command, environment: environment)
            for text in [result.stdout, result.stderr] {
                let bad = text.unicodeScalars.filter {
                    $0 == "\u{1B}" || $0 == "\u{07}" || (0x80..<0xA0).contains($0.value) || $0 == "\u{202E}"
                }
                #expect(bad.isEmpty, "\(command) printed \(bad.map { String($0.value, radix: 16) }.joined(separator: " "))")
            }
        }
        let show = try UpskillBinary.run(["show", "acme-tool"], environment: environment)
        #expect(show.stdout.contains("Acme ]0;pwned[2J31mtool"), "\(show.stdout)")
    }

    @Test("A broken user curriculum is left out with one line; progress on its skills is kept and shown (finding 12)")
    func brokenCurriculumKeepsProgress() throws {
        let good = #"{"curriculum": "acme", "title": "Acme", "skills": [{"id": "acme-tool", "name": "Acme tool", "hours": 3}]}"#
        let home = try Self.home(["acme.json": good])
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["UPSKILL_HOME": home.path]
        #expect(try UpskillBinary.run(["init", "--from", "data-scientist", "--to", "ml-engineer"], environment: environment).status == 0)
        #expect(try UpskillBinary.run(["log", "acme-tool", "90m"], environment: environment).status == 0)
        // Break it: a reference to a skill no curriculum defines.
        let file = home.path + "/curricula/acme.json"
        try good.replacingOccurrences(of: #""hours": 3"#, with: #""hours": 3, "requires": ["nope"]"#)
            .write(toFile: file, atomically: true, encoding: .utf8)
        let warning = "warning: left out \(file): \(file):1:"
        for command in [["next"], ["log", "git", "30m"], ["skills"], ["done", "git"], ["status"]] {
            let result = try UpskillBinary.run(command, environment: environment)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix(warning), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("unknown skill 'nope'; see every problem with 'upskill validate \(file)'"))
        }
        let status = try UpskillBinary.run(["status"], environment: environment)
        #expect(status.stdout.contains("acme-tool (started, 1.5 h logged)"), "\(status.stdout)")
        #expect(try UpskillBinary.run(["next", "--strict"], environment: environment).status == 65)
        // Fixed again: the progress is where it was.
        try good.write(toFile: file, atomically: true, encoding: .utf8)
        let show = try UpskillBinary.run(["show", "acme-tool"], environment: environment)
        #expect(show.stderr.isEmpty)
        #expect(show.stdout.contains("1.5 h logged"), "\(show.stdout)")
    }

    @Test("--hours-per-week takes plain decimals only: 0x10, 1e1, inf are usage errors (finding 11)",
          arguments: ["0x10", "1e1", "inf", "nan", "+8", "8.", "8,5"])
    func hoursPerWeek(text: String) throws {
        let result = try UpskillBinary.run(["plan", "--to", "ml-engineer", "--hours-per-week", text])
        if text == "8." {
            #expect(result.status == 0)
        } else {
            #expect(result.status == 64, "\(text)")
            #expect(result.stderr.hasPrefix("error: --hours-per-week takes a number of hours from 0.25 to 168, not '\(text)'"))
        }
    }

    @Test("Without HOME (or UPSKILL_HOME), progress commands say what to set instead of using ./.local (finding 11)")
    func noHome() throws {
        let folder = try UpskillBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = UpskillBinary.url
        process.arguments = ["init", "--to", "ml-engineer"]
        process.environment = ["PATH": "/usr/bin:/bin"]
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 64)
        #expect(stderr.hasPrefix("error: cannot tell where to keep your progress: HOME is not set; set UPSKILL_HOME"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        // Catalog commands still work.
        let roles = try UpskillBinary.run(["roles"], environment: ["HOME": "", "UPSKILL_HOME": ""])
        #expect(roles.status == 0, "\(roles.stderr)")
    }

    @Test("CSV cells that a spreadsheet would read as formulas get a quote, after line breaks and in full width (finding 11)")
    func csvFormulas() throws {
        let home = try Self.home([
            "f.json": #"{"curriculum": "f", "title": "F", "skills": [{"id": "f1", "name": "\r\n=HYPERLINK(\"x\")", "hours": 1}, {"id": "f2", "name": "＝1+1", "hours": 1, "requires": ["f1"]}], "roles": [{"id": "f-role", "name": "F", "requires": ["f2"]}]}"#
        ])
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try UpskillBinary.run(["plan", "--to", "f-role", "--format", "csv"], environment: ["UPSKILL_HOME": home.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""'"#), "\(result.stdout)")
        #expect(result.stdout.contains("'＝1+1"), "\(result.stdout)")
        #expect(!result.stdout.contains(",\"\r\n=HYPERLINK"))
    }
}
