import Domain
import ExternalTools
import Fluent
import Foundation
import Persistence
import SQLKit
import Views

/// Keeps `search_entries` and the database's full-text index in step (M0021). Entries are
/// replaced per source, inside the caller's transaction, so a search never sees half an update.
enum SearchIndex {
    struct Draft: Sendable {
        var sourceKind: String
        var sourceID: UUID
        var documentKind: DocumentKind
        var bodyID: UUID?
        var date: String
        var decisionKinds: [DecisionKind]
        var isPublic: Bool
        var isImported: Bool
        var title: String
        var text: String
        var link: String
    }

    static func isSQLite(_ database: any Database) -> Bool {
        (database as? any SQLDatabase)?.dialect.name == "sqlite"
    }

    /// Writes the entries, replacing any earlier ones for the same sources.
    static func replace(_ drafts: [Draft], organisationID: UUID, on database: any Database) async throws {
        for kind in Set(drafts.map(\.sourceKind)) {
            try await remove(sourceKind: kind, sourceIDs: drafts.filter { $0.sourceKind == kind }.map(\.sourceID), on: database)
        }
        try await insert(drafts, organisationID: organisationID, on: database)
    }

    /// Writes new entries, several hundred rows to a statement (an archive has millions).
    static func insert(_ drafts: [Draft], organisationID: UUID, on database: any Database) async throws {
        let sqlite = isSQLite(database)
        let entries = drafts.map { entry(for: $0, organisationID: organisationID, sqlite: sqlite) }
        var start = 0
        while start < entries.count {
            let chunk = Array(entries[start..<min(entries.count, start + 400)])
            try await chunk.create(on: database)
            if sqlite, let sql = database as? any SQLDatabase {
                let rows = chunk.map { entry -> SQLQueryString in "(\(bind: entry.ftsRowID), \(bind: entry.searchText))" }
                try await sql.raw("INSERT INTO search_fts(rowid, terms) VALUES " + rows.joined(separator: ", ")).run()
            }
            start += chunk.count
        }
    }

    private static func entry(for draft: Draft, organisationID: UUID, sqlite: Bool) -> SearchEntry {
        let entry = SearchEntry()
        let id = UUID()
        entry.id = id
        entry.$organisation.id = organisationID
        entry.sourceKind = draft.sourceKind
        entry.sourceID = draft.sourceID
        entry.documentKind = draft.documentKind.rawValue
        entry.bodyID = draft.bodyID
        entry.date = draft.date
        entry.year = Int(draft.date.prefix(4)) ?? 0
        entry.decisionKinds = " " + draft.decisionKinds.map(\.rawValue).joined(separator: " ") + " "
        entry.isPublic = draft.isPublic
        entry.isImported = draft.isImported
        entry.title = draft.title
        entry.text = draft.text
        entry.link = draft.link
        let all = draft.title + "\n" + draft.text
        entry.searchText = sqlite
            ? SearchTerms.scoped(SearchTerms.terms(in: all), organisationID: organisationID.uuidString).joined(separator: " ")
            : SearchTerms.organisationTerm(organisationID.uuidString) + " " + SearchTerms.folded(all)
        entry.ftsRowID = ftsRowID(id)
        return entry
    }

    static func remove(sourceKind: String, sourceIDs: [UUID], on database: any Database) async throws {
        guard !sourceIDs.isEmpty else { return }
        let old = try await SearchEntry.query(on: database).filter(\.$sourceKind == sourceKind).filter(\.$sourceID ~~ sourceIDs).all()
        guard !old.isEmpty else { return }
        if isSQLite(database), let sql = database as? any SQLDatabase {
            try await sql.raw("DELETE FROM search_fts WHERE rowid IN (\(binds: old.map(\.ftsRowID)))").run()
        }
        try await SearchEntry.query(on: database).filter(\.$id ~~ old.compactMap(\.id)).delete()
    }

    /// A positive 63-bit number from the entry's UUID: FTS5 rows are addressed by integer.
    static func ftsRowID(_ id: UUID) -> Int64 {
        let bytes = withUnsafeBytes(of: id.uuid) { Array($0.prefix(8)) }
        return Int64(bitPattern: bytes.reduce(0) { $0 << 8 | UInt64($1) }) & Int64.max
    }

    /// The §§ of a justerat protokoll, from the content that was signed (or imported). A secret §
    /// is found only by those with access to the association.
    static func index(protocol record: MeetingProtocol, slug: String, on database: any Database) async throws {
        guard let content = record.content, record.status >= .adjusted,
              let snapshot = try? JSONDecoder().decode(ProtocolSnapshot.self, from: Data(content.utf8)) else { return }
        let protocolID = try record.requireID()
        let rows = try await Paragraph.query(on: database).filter(\.$protocol.$id == protocolID).all()
        let decisions = Dictionary(grouping: try await Decision.query(on: database).filter(\.$paragraph.$id ~~ rows.compactMap(\.id)).all(),
                                   by: \.$paragraph.id)
        var drafts: [Draft] = []
        for paragraph in snapshot.paragraphs {
            guard let row = rows.first(where: { $0.number == paragraph.number }) else { continue }
            let text = ([paragraph.narrative].compactMap { $0 } + paragraph.decisions).joined(separator: "\n")
            drafts.append(Draft(sourceKind: "paragraph", sourceID: try row.requireID(), documentKind: .protokoll, bodyID: record.$body.id,
                                date: snapshot.date, decisionKinds: (decisions[try row.requireID()] ?? []).map(\.kind), isPublic: paragraph.secrecyGround == nil,
                                isImported: record.archiveImportID != nil, title: "§ \(paragraph.number) \(paragraph.title)", text: text,
                                link: SiteURL.publicProtocol(slug, protocolID.uuidString).path))
        }
        try await replace(drafts, organisationID: record.$organisation.id, on: database)
    }

    /// The items of a published kallelse (the latest version replaces the earlier). A secret item
    /// is found only by those with access to the association.
    static func index(notice content: NoticeContent, meetingID: UUID, bodyID: UUID, organisationID: UUID, slug: String,
                      attachmentTexts: [Int: String], on database: any Database) async throws {
        let items = try await AgendaItem.query(on: database).filter(\.$meeting.$id == meetingID).all()
        try await remove(sourceKind: "agenda_item", sourceIDs: items.compactMap(\.id), on: database)
        let drafts = try content.items.compactMap { item -> Draft? in
            guard let row = items.first(where: { $0.position == item.number }) else { return nil }
            let text = [item.background, item.proposal, item.recommendationText].compactMap { $0 }.joined(separator: "\n")
            return Draft(sourceKind: "agenda_item", sourceID: try row.requireID(), documentKind: .kallelse, bodyID: bodyID, date: content.date,
                         decisionKinds: [], isPublic: item.secrecyGround == nil, isImported: false,
                         title: Sv.Search.agendaItem(item.number, item.title), text: text,
                         link: SiteURL.publicNotice(slug, meetingID.uuidString).path)
        }
        try await insert(drafts, organisationID: organisationID, on: database)
        try await index(attachments: content, meetingID: meetingID, bodyID: bodyID, organisationID: organisationID, slug: slug,
                        texts: attachmentTexts, on: database)
    }

    /// The bilagor a published kallelse names, in the version it names: title and the text of the
    /// file (read beforehand by `attachmentTexts`). A public bilaga is found by everyone (and links
    /// to its public download), a secret one only by those with access to the association.
    static func index(attachments content: NoticeContent, meetingID: UUID, bodyID: UUID, organisationID: UUID, slug: String,
                      texts: [Int: String], on database: any Database) async throws {
        let attachments = try await Attachment.query(on: database).filter(\.$meeting.$id == meetingID).all()
        var drafts: [Draft] = []
        for reference in content.attachments {
            guard let attachment = attachments.first(where: { $0.number == reference.number }) else { continue }
            let id = try attachment.requireID()
            let isPublic = content.secrecyGround(ofAttachment: reference.number) == nil
            drafts.append(Draft(sourceKind: "attachment", sourceID: id, documentKind: .bilaga, bodyID: bodyID, date: content.date,
                                decisionKinds: [], isPublic: isPublic, isImported: false,
                                title: Sv.Search.attachment(reference.number, attachment.title), text: texts[reference.number] ?? "",
                                link: isPublic ? SiteURL.publicAttachment(slug, meetingID.uuidString, String(reference.number)).path
                                    : SiteURL.attachment(slug, id.uuidString).path))
        }
        // A revised kallelse may name fewer bilagor: every bilaga of the meeting leaves the index first.
        try await remove(sourceKind: "attachment", sourceIDs: attachments.compactMap(\.id), on: database)
        try await insert(drafts, organisationID: organisationID, on: database)
    }

    /// The text of each bilaga a kallelse names (by number), in the version it names: a PDF's text
    /// layer or a text file as it is; other formats (Word, images) give none and the bilaga is found
    /// by its title. Read before the publishing transaction, within the programs' limits, without
    /// OCR: publishing a kallelse must not wait minutes for a scanned bilaga, and a bilaga that
    /// cannot be read is found by its title only.
    static func attachmentTexts(_ content: NoticeContent, meetingID: UUID, tools: ToolRunner, logger: Logger,
                                on database: any Database) async throws -> [Int: String] {
        let attachments = try await Attachment.query(on: database).filter(\.$meeting.$id == meetingID).with(\.$versions).all()
        var texts: [Int: String] = [:]
        for reference in content.attachments {
            guard let version = attachments.first(where: { $0.number == reference.number })?.versions.first(where: { $0.version == reference.version }),
                  version.filename.lowercased().hasSuffix(".pdf") || version.filename.lowercased().hasSuffix(".txt"),
                  let file = try await StoredFile.find(version.$file.id, on: database) else { continue }
            do {
                texts[reference.number] = try await PacketReader.read(data: file.data, fileName: version.filename, ocr: false, tools: tools).text
            } catch {
                logger.warning("bilaga \(reference.number) (\(version.filename)) is searchable by its title only: \(error)")
            }
        }
        return texts
    }

    /// An imported document other than a protokoll (whose §§ are indexed one by one): found only by
    /// those with access to the association, since bilagor may name people.
    static func index(document: ArchiveDocument, date: String, slug: String, on database: any Database) async throws {
        let id = try document.requireID()
        let draft = Draft(sourceKind: "document", sourceID: id, documentKind: document.kind, bodyID: nil, date: date, decisionKinds: [],
                          isPublic: false, isImported: true, title: document.title ?? Sv.Search.untitled(document.kind.rawValue),
                          text: document.text, link: SiteURL.archiveDocument(slug, id.uuidString).path)
        try await replace([draft], organisationID: document.$organisation.id, on: database)
    }

    /// Every justerat protokoll, the latest version of every kallelse and every imported document
    /// other than a protokoll, indexed again in one transaction.
    static func rebuild(on database: any Database, tools: ToolRunner, logger: Logger) async throws -> (protocols: Int, documents: Int) {
        // The bilagor's text is read first: no program runs inside the transaction.
        let latestNotices = Dictionary(grouping: try await Notice.query(on: database).with(\.$meeting).sort(\.$version).all(),
                                       by: \.$meeting.id).values.compactMap(\.last)
        var texts: [UUID: [Int: String]] = [:]
        for notice in latestNotices {
            texts[notice.$meeting.id] = try await attachmentTexts(try MeetingPapers.decode(notice), meetingID: notice.$meeting.id,
                                                                  tools: tools, logger: logger, on: database)
        }
        let bilagaTexts = texts
        return try await database.transaction { db in
            let slugs = Dictionary(uniqueKeysWithValues: try await Organisation.query(on: db).all().map { ($0.id!, $0.slug) })
            let protocols = try await MeetingProtocol.query(on: db).filter(\.$statusRaw != ProtocolState.draft.rawValue)
                .filter(\.$statusRaw != ProtocolState.forAdjustment.rawValue).all()
            for record in protocols {
                try await index(protocol: record, slug: slugs[record.$organisation.id] ?? "", on: db)
            }
            for notice in latestNotices {
                try await index(notice: try MeetingPapers.decode(notice), meetingID: notice.$meeting.id, bodyID: notice.meeting.$body.id,
                                organisationID: notice.$organisation.id, slug: slugs[notice.$organisation.id] ?? "",
                                attachmentTexts: bilagaTexts[notice.$meeting.id] ?? [:], on: db)
            }
            let documents = try await ArchiveDocument.query(on: db).filter(\.$kindRaw != DocumentKind.protokoll.rawValue).with(\.$meeting).all()
            for document in documents {
                try await index(document: document, date: document.meeting?.date ?? "", slug: slugs[document.$organisation.id] ?? "", on: db)
            }
            return (protocols.count, documents.count)
        }
    }
}
