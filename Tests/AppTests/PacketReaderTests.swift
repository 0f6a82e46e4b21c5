import Documents
import Domain
import ExternalTools
import Foundation
import Testing
import Views
@testable import App

/// Whatever file arrives, the reader and the importer answer with text or a clear error, never a
/// crash or a hang: random bytes, a truncated PDF, one 10-MB line, an empty file, Latin-1 text.
@Suite struct PacketReaderTests {
    let importer = PacketImporter(lexicon: Lexicon(DomainLexicon.words))

    @Test func damagedFilesGiveAClearError() async throws {
        var generator = SeededGenerator(seed: 11)
        let noise = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        await #expect(throws: PacketReader.Failure.self) { try await PacketReader.read(data: noise, fileName: "slump.pdf", tools: testTools) }
        let pdf = try await WeasyPrintRenderer(tools: testTools).pdf(fromHTML: "<html><head><meta charset=\"utf-8\"></head><body><p>Protokoll</p></body></html>")
        do {
            let text = try await PacketReader.read(data: pdf.prefix(pdf.count / 2), fileName: "avkortad.pdf", tools: testTools)
            _ = importer.run(text: text.text, source: "avkortad.pdf")
        } catch let failure as PacketReader.Failure {
            #expect(failure.swedish == Sv.Archive.damagedPDF && failure.description.contains("cannot be read"))
        }
    }

    @Test func oddTextIsReadAndImported() async throws {
        let latin1 = try await PacketReader.read(data: Data([0x50, 0xE5, 0x20, 0x6D, 0xF6, 0x74, 0x65, 0x74]), fileName: "gammal.txt", tools: testTools)
        #expect(latin1.text == "På mötet" && latin1.notes == [.readAsLatin1])
        let empty = try await PacketReader.read(data: Data(), fileName: "tom.txt", tools: testTools)
        #expect(empty.text.isEmpty && importer.run(text: empty.text, source: "tom.txt").packet.documents.isEmpty)
        let line = String(repeating: "Styrelsen beslutar § 12 om 400 tkr. ", count: 10_000_000 / 36)
        let long = try await PacketReader.read(data: Data(line.utf8), fileName: "lang.txt", tools: testTools)
        #expect(long.text.utf8.count > 9_900_000 && importer.run(text: long.text, source: "lang.txt").packet.documents.count <= 1)
    }

    /// Issue 16, item 5: pages are read in parallel but come out in page order, and the reader
    /// tells how many are done as it goes.
    @Test func pagesReadInParallelKeepTheirOrder() async throws {
        let pages = (1...6).map { #"<section style="page-break-after: always"><p>Sidan nummer \#($0) av sex</p></section>"# }.joined()
        let pdf = try await WeasyPrintRenderer(tools: testTools).pdf(fromHTML: #"<html><head><meta charset="utf-8"></head><body>\#(pages)</body></html>"#)
        let reported = Reported()
        let text = try await PacketReader.read(data: pdf, fileName: "sex-sidor.pdf", tools: testTools) { done, total in
            await reported.add(done, total)
        }
        let order = (1...6).compactMap { text.text.range(of: "Sidan nummer \($0) av sex")?.lowerBound }
        #expect(order.count == 6 && order == order.sorted(), "page 1 first, page 6 last")
        let seen = await reported.values
        #expect(seen.first == [0, 6] && seen.last == [6, 6] && seen.map { $0[0] } == Array(0...6))
    }

    actor Reported {
        var values: [[Int]] = []
        func add(_ done: Int, _ total: Int) { values.append([done, total]) }
    }

    @Test func aFileOverTheLimitIsRefused() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stor-\(UUID().uuidString).txt").path
        try Data(repeating: 65, count: 3 * 1_048_576).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        await #expect(throws: PacketReader.Failure.self) { try await PacketReader.read(path: path, sizeLimit: 2 * 1_048_576, tools: testTools) }
        do { _ = try await PacketReader.read(path: path, sizeLimit: 2 * 1_048_576, tools: testTools) } catch let failure as PacketReader.Failure {
            #expect(failure.description.contains("over 2 MB are refused") && failure.swedish == Sv.Archive.tooLarge(2))
        }
    }
}
