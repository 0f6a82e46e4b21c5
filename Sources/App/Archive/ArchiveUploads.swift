import Domain
import Fluent
import Foundation
import Persistence
import SQLKit
import Vapor
import Views

/// Reads files uploaded for import in the background, so that a packet needing OCR does not hold
/// the browser's request: each waiting upload is claimed (so two app servers never read the same
/// file), read into text, run through the importer and left ready for review, or marked failed
/// with the reason in Swedish.
enum ArchiveUploads {
    /// Starts reading what waits as a background task that stops with the application, unless
    /// under test (the tests call `readWaiting` themselves).
    static func start(_ application: Application) {
        guard application.environment != .testing else { return }
        application.backgroundTasks.run { [weak application] in
            if let application { await readWaiting(application) }
        }
    }

    /// When the server starts: uploads a restart interrupted are read again, with what waits.
    static func resume(_ application: Application) async throws {
        try await ArchiveUpload.query(on: application.db).filter(\.$statusRaw == ArchiveUpload.Status.reading.rawValue)
            .set(\.$statusRaw, to: ArchiveUpload.Status.waiting.rawValue).update()
        start(application)
    }

    /// Reads waiting uploads, oldest first, until none is left.
    static func readWaiting(_ application: Application) async {
        while true {
            do {
                guard let id = try await claim(on: application.db) else { return }
                try await read(id, application: application)
            } catch {
                application.logger.error("archive upload: \(error)")
                return
            }
        }
    }

    static func claim(on database: any Database) async throws -> UUID? {
        guard let sql = database as? any SQLDatabase,
              let next = try await ArchiveUpload.query(on: database).filter(\.$statusRaw == ArchiveUpload.Status.waiting.rawValue)
                .sort(\.$createdAt).field(\.$id).first()?.requireID() else { return nil }
        let claimed = try await sql.update(ArchiveUpload.schema).set("status", to: ArchiveUpload.Status.reading.rawValue)
            .where("id", .equal, next).where("status", .equal, ArchiveUpload.Status.waiting.rawValue).returning("id").all()
        // Another server took it first: look for the next one.
        return claimed.isEmpty ? try await claim(on: database) : next
    }

    static func read(_ id: UUID, application: Application) async throws {
        guard let upload = try await ArchiveUpload.find(id, on: application.db) else { return }
        let names = Set(try await Person.query(on: application.db).filter(\.$organisation.$id == upload.$organisation.id).all().map(\.name))
        let data = upload.data, fileName = upload.fileName
        do {
            let text = try await readWhileWanted(id, data: data, fileName: fileName, application: application)
            let result = try await application.threadPool.runIfActive {
                PacketImporter(lexicon: ArchiveLexicon.shared, registerNames: names).run(text: text.text, source: fileName)
            }
            upload.packet = String(decoding: try JSONEncoder().encode(result.packet), as: UTF8.self)
            upload.lines = String(decoding: try JSONEncoder().encode(result.lines), as: UTF8.self)
            upload.readerNotes = text.notes.map(\.swedish).joined(separator: "\n")
            upload.statusRaw = ArchiveUpload.Status.ready.rawValue
        } catch is Removed {
            application.logger.info("archive upload \(fileName): removed while being read; reading stopped")
            return
        } catch {
            // Whatever went wrong, the file leaves "Läses": a reviewer sees why and can remove it.
            application.logger.warning("archive upload \(fileName): \(error)")
            upload.problem = (error as? PacketReader.Failure)?.swedish ?? Sv.Archive.unreadable
            upload.statusRaw = ArchiveUpload.Status.failed.rawValue
        }
        try await upload.save(on: application.db)
    }

    /// Reads the file with the external programs, and stops them (killing their process group) as
    /// soon as the upload is removed, by this server or another one sharing the database.
    static func readWhileWanted(_ id: UUID, data: Data, fileName: String, application: Application) async throws -> PacketReader.Text {
        let tools = application.tools
        return try await withThrowingTaskGroup(of: PacketReader.Text?.self) { group in
            group.addTask {
                try await PacketReader.read(data: data, fileName: fileName, tools: tools) { done, total in
                    await recordProgress(id, done: done, total: total, at: application.settings.today.now(), on: application.db)
                }
            }
            group.addTask {
                while true {
                    try await Task.sleep(for: .seconds(2))
                    let stillWanted = try await ArchiveUpload.query(on: application.db).filter(\.$id == id)
                        .filter(\.$statusRaw == ArchiveUpload.Status.reading.rawValue).count() > 0
                    if !stillWanted { throw Removed() }
                }
            }
            defer { group.cancelAll() }
            while let next = try await group.next() {
                if let text = next { return text }
            }
            throw Removed()
        }
    }

    struct Removed: Error {}

    /// Stores the pages done; a failure to store them only costs the progress bar an update.
    static func recordProgress(_ id: UUID, done: Int, total: Int, at now: Date, on database: any Database) async {
        var update = ArchiveUpload.query(on: database).filter(\.$id == id).set(\.$pagesDone, to: done).set(\.$pagesTotal, to: total)
        if done == 0 { update = update.set(\.$readingStartedAt, to: now) }
        try? await update.update()
    }

    /// Every column but the file itself (up to the import limit, 100 MB by default): pages show what was found, not the bytes.
    static func withoutFile(_ query: QueryBuilder<ArchiveUpload>) -> QueryBuilder<ArchiveUpload> {
        query.field(\.$id).field(\.$organisation.$id).field(\.$fileName).field(\.$byteCount).field(\.$statusRaw).field(\.$problem)
            .field(\.$readerNotes).field(\.$packet).field(\.$lines).field(\.$body.$id).field(\.$uploadedBy).field(\.$createdAt).field(\.$updatedAt)
            .field(\.$pagesTotal).field(\.$pagesDone).field(\.$readingStartedAt)
    }

    /// What the importer found, with the lines it read.
    static func result(of upload: ArchiveUpload) throws -> PacketImporter.Result {
        guard let packet = upload.packet, let lines = upload.lines else { throw Abort(.notFound) }
        return PacketImporter.Result(packet: try JSONDecoder().decode(ImportedPacket.self, from: Data(packet.utf8)),
                                     lines: try JSONDecoder().decode([TextRepair.Line].self, from: Data(lines.utf8)))
    }
}
