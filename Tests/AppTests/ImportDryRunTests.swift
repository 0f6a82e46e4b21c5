import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import App

/// Issue 16, item 4: `import --dry-run` without an association opens no database (so no file is
/// created), and its summary is English with the Swedish warnings marked as such.
@Suite struct ImportDryRunTests {
    @Test func aDryRunCreatesNoDatabaseFile() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-dry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let packet = directory.appendingPathComponent("protokoll.txt")
        try Data(ArchiveCommitTests.packet.utf8).write(to: packet)
        let databasePath = directory.appendingPathComponent("samordna.sqlite").path
        let app = try await Application.make(.testing)
        do {
            try await configure(app, settings: AppSettings(database: .sqlite(path: databasePath), bcryptCost: 4))
            try await ImportCommand().run(signature: ImportCommand.Signature(["--dry-run", packet.path]), application: app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        #expect(!FileManager.default.fileExists(atPath: databasePath), "nothing was written")
    }

    @Test func theSummaryIsEnglishWithTheSwedishWarningsMarked() {
        let result = PacketImporter(lexicon: ArchiveLexicon.shared).run(text: "Protokoll\nStyrelsen\n§ 1 Mötets öppnande\n", source: "kort.txt")
        let summary = ImportReport.text(result.packet)
        #expect(summary.hasPrefix("kort.txt: 1 document(s)"))
        #expect(summary.contains("! meeting.date [sv]: Sammanträdesdatum hittades inte."))
    }
}
