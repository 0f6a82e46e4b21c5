import ExternalTools
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
@testable import App

/// Issue 13, item 4: every external program runs within a time, memory and output limit, in a
/// bounded queue and a process group of its own; a packet that exceeds a limit is marked with
/// the reason, and one that is removed while being read stops its program.
@Suite struct ToolLimitTests {
    @Test func aProgramThatRunsTooLongIsStopped() async throws {
        let runner = ToolRunner(limits: ToolLimits(seconds: 1))
        let start = ContinuousClock.now
        await #expect(throws: ToolFailure(tool: "sleep", kind: .timedOut(seconds: 1))) { try await runner.run("sleep", ["300"]) }
        #expect(ContinuousClock.now - start < .seconds(60))
    }

    @Test func aProgramOverItsMemoryLimitFails() async throws {
        let runner = ToolRunner(limits: ToolLimits(memoryMegabytes: 200))
        let result = try await runner.run("python3", ["-c", "b = bytearray(500 * 1024 * 1024)"])
        #expect(result.status != 0 && result.errorText.contains("MemoryError"))
        #expect(try await ToolRunner(limits: ToolLimits()).run("python3", ["-c", "b = bytearray(50 * 1024 * 1024)"]).status == 0)
    }

    @Test func aProgramThatWritesTooMuchIsStopped() async throws {
        let runner = ToolRunner(limits: ToolLimits(outputMegabytes: 1))
        await #expect(throws: ToolFailure(tool: "head", kind: .outputTooLarge(megabytes: 1))) {
            try await runner.run("head", ["-c", "5000000", "/dev/zero"])
        }
    }

    @Test func aFullQueueRefusesAtOnce() async throws {
        let runner = ToolRunner(limits: ToolLimits(concurrent: 1, queueLength: 0))
        let started = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-queue-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: started) }
        let first = Task { try await runner.run("sh", ["-c", "touch '\(started.path)'; sleep 2"]) }
        // Waits for the first program to hold the place, however slow the machine is.
        for _ in 0..<600 where !FileManager.default.fileExists(atPath: started.path) { try await Task.sleep(for: .milliseconds(100)) }
        await #expect(throws: ToolFailure(tool: "true", kind: .busy)) { try await runner.run("true", []) }
        _ = try await first.value
        #expect(try await runner.run("true", []).status == 0, "the place is free again")
    }

    @Test func aMissingProgramIsNamed() async throws {
        await #expect(throws: ToolFailure(tool: "finns-inte-program", kind: .missing)) {
            try await testTools.run("finns-inte-program", [])
        }
    }

    /// Giving up on a program kills its whole process group, children included.
    @Test func cancellingKillsTheProgramAndItsChildren() async throws {
        let marker = "41.\(Int.random(in: 100_000...999_999))"
        let task = Task { try await testTools.run("sh", ["-c", "sleep \(marker) & sleep \(marker); wait"]) }
        for _ in 0..<600 where Self.processes(containing: "sleep\u{0}\(marker)") < 2 { try await Task.sleep(for: .milliseconds(100)) }
        #expect(Self.processes(containing: "sleep\u{0}\(marker)") == 2)
        task.cancel()
        await #expect(throws: ToolFailure.self) { try await task.value }
        for _ in 0..<600 where Self.processes(containing: "sleep\u{0}\(marker)") > 0 { try await Task.sleep(for: .milliseconds(100)) }
        #expect(Self.processes(containing: "sleep\u{0}\(marker)") == 0)
    }

    /// How many running processes have `text` in their command line (arguments separated by NUL).
    static func processes(containing text: String) -> Int {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { $0.allSatisfy(\.isNumber) }.filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: data, as: UTF8.self).contains(text)
        }.count
    }

    /// A PDF whose one page repeats a line of text at the same place: pdftotext's layout work
    /// grows much faster than the text (1 000 lines 0.05 s, 4 000 lines 1 s, 16 000 lines over a
    /// minute on the development machine).
    static func busyPDF(lines: Int = 16_000) -> [UInt8] {
        let stream = String(repeating: "BT /F1 10 Tf 72 700 Td (Styrelsen beslutar att godkanna budgeten) Tj ET\n", count: lines)
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
                       "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                       "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 6\n0000000000 65535 f \n" + offsets.map { String(repeating: "0", count: 10 - String($0).count) + "\($0) 00000 n \n" }.joined()
        pdf += "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(pdf.utf8)
    }

    @Test(arguments: TestDatabase.all)
    func aPacketThatKeepsItsProgramBusyIsMarkedUnreadable(database: TestDatabase) async throws {
        try await withSamordna(database, settings: { $0.toolLimits = ToolLimits(seconds: 2) }) { app in
            _ = try await Fixture.load(app)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            try await kansli.get("/f/bjorkadalen/arkiv")
            try await kansli.upload("/f/bjorkadalen/arkiv", [:], files: [("files[]", "tung.pdf", Self.busyPDF())])
            let start = ContinuousClock.now
            await ArchiveUploads.readWaiting(app)
            #expect(ContinuousClock.now - start < .seconds(90))
            let upload = try #require(try await ArchiveUpload.query(on: app.db).first())
            #expect(upload.status == .failed && upload.problem?.contains("arbetade längre än 2 sekunder") == true)
            #expect(try await kansli.get("/f/bjorkadalen/arkiv").body.contains("arbetade längre än 2 sekunder"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPacketRemovedWhileBeingReadStopsItsProgram(database: TestDatabase) async throws {
        try await withSamordna(database, settings: { $0.toolLimits = ToolLimits(seconds: 900) }) { app in
            _ = try await Fixture.load(app)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            try await kansli.get("/f/bjorkadalen/arkiv")
            try await kansli.upload("/f/bjorkadalen/arkiv", [:], files: [("files[]", "tung.pdf", Self.busyPDF(lines: 40_000))])
            let reading = Task { await ArchiveUploads.readWaiting(app) }
            var upload = try #require(try await ArchiveUpload.query(on: app.db).first())
            for _ in 0..<600 where upload.status != .reading {
                try await Task.sleep(for: .milliseconds(100))
                upload = try #require(try await ArchiveUpload.query(on: app.db).first())
            }
            let list = try await kansli.get("/f/bjorkadalen/arkiv")
            #expect(list.body.contains("Läses") && list.body.contains("/ta-bort"), "a file being read can be removed")
            let removedAt = ContinuousClock.now
            #expect(try await kansli.post("/f/bjorkadalen/arkiv/uppladdningar/\(upload.id!.uuidString)/ta-bort", [:]).status == .seeOther)
            await reading.value
            #expect(ContinuousClock.now - removedAt < .seconds(90), "the reading stops instead of running for many minutes")
            #expect(try await ArchiveUpload.query(on: app.db).count() == 0)
        }
    }
}
