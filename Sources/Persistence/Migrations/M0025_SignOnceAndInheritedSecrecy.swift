import Domain
import Fluent
import SQLKit

/// Issue 13: a person signs a content once (a unique index, after removing the duplicates that
/// two simultaneous submissions could store), protokoll left "för justering" with every
/// signature in place are justerat as of their last signature, and a bilaga can be published
/// explicitly although it belongs only to secret items.
struct M0025_SignOnceAndInheritedSecrecy: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("attachments").field("published_explicitly", .bool, .required, .sql(.default(false))).update()
        try await removeDuplicateSignatures(on: database)
        try await adjustCompletedProtocols(on: database)
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("""
            CREATE UNIQUE INDEX signatures_once_idx ON signatures (protocol_id, person_id, content_sha256) WHERE declined = false
            """).run()
        try await sql.raw("""
            CREATE UNIQUE INDEX paragraph_signatures_once_idx ON paragraph_signatures (paragraph_id, person_id, content_sha256)
            """).run()
    }

    /// The first signature of each content by each person stays; later copies go.
    private func removeDuplicateSignatures(on database: any Database) async throws {
        var seen: Set<String> = []
        for signature in try await Signature.query(on: database).filter(\.$declined == false).sort(\.$signedAt).all() {
            let key = "\(signature.$protocol.id) \(signature.$person.id) \(signature.contentSHA256)"
            if !seen.insert(key).inserted { try await signature.delete(on: database) }
        }
        seen = []
        for signature in try await ParagraphSignature.query(on: database).sort(\.$signedAt).all() {
            let key = "\(signature.$paragraph.id) \(signature.$person.id) \(signature.contentSHA256)"
            if !seen.insert(key).inserted { try await signature.delete(on: database) }
        }
    }

    /// Every signer signed the content sent, but two signed at once and neither saw it complete.
    /// Their §§ reach the search index with the next `samordna reindex` (README: upgrading).
    /// Only the columns this migration knows are read and written: later migrations add others.
    private func adjustCompletedProtocols(on database: any Database) async throws {
        let waiting = try await MeetingProtocol.query(on: database).field(\.$id).field(\.$contentSHA256)
            .filter(\.$statusRaw == ProtocolState.forAdjustment.rawValue).all()
        for record in waiting {
            guard let id = record.id, let sha = record.contentSHA256 else { continue }
            let signers = Set(try await ProtocolSigner.query(on: database).filter(\.$protocol.$id == id).all().map(\.$person.id))
            let signatures = try await Signature.query(on: database).filter(\.$protocol.$id == id)
                .filter(\.$contentSHA256 == sha).filter(\.$declined == false).all()
            guard !signers.isEmpty, signers.isSubset(of: Set(signatures.map(\.$person.id))),
                  let last = signatures.map(\.signedOn).max() else { continue }
            try await MeetingProtocol.query(on: database).filter(\.$id == id)
                .set(\.$statusRaw, to: ProtocolState.adjusted.rawValue).set(\.$adjustedOn, to: last).update()
        }
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.raw("DROP INDEX paragraph_signatures_once_idx").run()
            try await sql.raw("DROP INDEX signatures_once_idx").run()
        }
        try await database.schema("attachments").deleteField("published_explicitly").update()
    }
}
