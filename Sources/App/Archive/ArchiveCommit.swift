import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Commits an imported packet (issue 4): the source file, every document found in it, and for a
/// kallelse or protokoll the historical meeting; for a protokoll also its §§, decisions,
/// attendance and signers, people matched to the register or added to it. One transaction: a
/// failure leaves the database as it was. A file already imported (same content hash) creates
/// nothing.
enum ArchiveCommit {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct Outcome: Sendable {
        /// The file was imported before (at `importedAt`); nothing was created.
        var alreadyImported = false
        var importedAt: Date?
        var documents = 0
        var meetings = 0
        var protocols = 0
        var paragraphs = 0
        var decisions = 0
        var attendances = 0
        var newPeople = 0
        /// Dates of protokoll not created because the meeting already has one.
        var protocolsAlreadyThere: [String] = []
    }

    /// `afterDocument` runs inside the transaction after each document is written; what it throws
    /// undoes the whole commit (the tests use it to fail half-way).
    /// The meetings belong to `bodyID` (one of the association's bodies), or to the board when nil.
    static func commit(_ result: PacketImporter.Result, file: Data, fileName: String, organisation: Organisation,
                       importedBy: String, bodyID: UUID? = nil, on database: any Database,
                       afterDocument: @escaping @Sendable (Int) throws -> Void = { _ in }) async throws -> Outcome {
        let organisationID = try organisation.requireID()
        let digest = FileStore.sha256(file)
        if let earlier = try await ArchiveImport.query(on: database).filter(\.$organisation.$id == organisationID)
            .filter(\.$contentSHA256 == digest).first() {
            return Outcome(alreadyImported: true, importedAt: earlier.createdAt)
        }
        return try await database.transaction { db in
            let found = if let bodyID {
                try await Body.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$id == bodyID).first()
            } else {
                try await Body.board(of: organisationID, on: db)
            }
            guard let body = found else {
                throw Failure(description: bodyID == nil ? "the association has no board (styrelse) in its register to import meetings into"
                                  : "the body chosen for the import is not one of the association's")
            }
            let stored = try await FileStore.store(file, on: db)
            let warnings = result.packet.documents.reduce(0) { $0 + ($1.warnings?.count ?? 0) }
            let record = ArchiveImport(organisationID: organisationID, storedFileID: try stored.requireID(), contentSHA256: digest,
                                       fileName: fileName, importedBy: importedBy, warningCount: warnings)
            try await record.create(on: db)
            var writer = Writer(organisation: organisation, body: body, importID: try record.requireID(), database: db,
                                people: try await People(organisationID: organisationID, on: db))
            for (position, document) in result.packet.documents.enumerated() {
                try await writer.write(document, position: position, lines: result.lines)
                try afterDocument(position)
            }
            return writer.outcome
        }
    }

    /// The register's people by name, growing as the import adds people.
    struct People {
        let organisationID: UUID
        var matcher: NameMatcher<UUID>
        var created = 0

        init(organisationID: UUID, on database: any Database) async throws {
            self.organisationID = organisationID
            let people = try await Person.query(on: database).filter(\.$organisation.$id == organisationID).all()
            matcher = NameMatcher(try people.map { (try $0.requireID(), $0.name) })
        }

        mutating func id(for name: String, on database: any Database) async throws -> UUID {
            if let id = matcher.match(name) { return id }
            let person = Person(organisationID: organisationID, draft: PersonDraft(name: ArchiveText.collapse(name), title: nil, email: nil, phone: nil))
            try await person.create(on: database)
            let id = try person.requireID()
            matcher.add(id: id, name: name)
            created += 1
            return id
        }
    }

    struct Writer {
        let organisation: Organisation
        /// The body whose meetings the packet records (the board unless another was chosen).
        let body: Body
        let importID: UUID
        let database: any Database
        var people: People
        /// The meeting the packet's bilagor belong to: the first one the packet names (its kallelse's).
        var packetMeeting: Meeting?
        var outcome = Outcome()

        mutating func write(_ document: ImportedDocument, position: Int, lines: [TextRepair.Line]) async throws {
            let indices = document.lineIndices(in: lines.count)
            let range = lines[indices]
            let fields = String(decoding: try JSONEncoder().encode(document), as: UTF8.self)
            let archived = ArchiveDocument(organisationID: try organisation.requireID(), importID: importID, position: position,
                                           kind: document.kind, title: document.title,
                                           lines: (indices.lowerBound + 1)...max(indices.lowerBound + 1, indices.upperBound), fields: fields,
                                           text: range.map(\.repaired).joined(separator: "\n"),
                                           originalText: range.map(\.original).joined(separator: "\n"))
            switch document.kind {
            case .kallelse:
                let meeting = try await meeting(for: document)
                archived.$meeting.id = try meeting?.requireID()
                packetMeeting = packetMeeting ?? meeting
            case .protokoll:
                if let meeting = try await meeting(for: document) {
                    archived.$meeting.id = try meeting.requireID()
                    archived.$protocol.id = try await createProtocol(document, of: meeting)
                    packetMeeting = packetMeeting ?? meeting
                }
            case .bilaga, .arsredovisning, .annat:
                archived.$meeting.id = try packetMeeting?.requireID()
            }
            try await archived.create(on: database)
            if document.kind != .protokoll {
                let date = document.kind == .kallelse ? document.meeting?.date : packetMeeting?.date
                try await SearchIndex.index(document: archived, date: date ?? "", slug: organisation.slug, on: database)
            }
            outcome.documents += 1
            outcome.newPeople = people.created
        }

        /// Old papers do not always give the time; the meeting model needs one.
        static let unknownTime = ClockTime(hour: 0, minute: 0)!

        /// The body's meeting on the document's date, created when the register has none.
        mutating func meeting(for document: ImportedDocument) async throws -> Meeting? {
            guard let fields = document.meeting, let iso = fields.date, let date = CivilDate(iso: iso) else { return nil }
            let bodyID = try body.requireID()
            if let existing = try await Meeting.query(on: database).filter(\.$body.$id == bodyID).filter(\.$date == date.iso)
                .filter(\.$statusRaw == MeetingStatus.planned.rawValue).first() {
                return existing
            }
            let draft = MeetingDraft(bodyID: bodyID, date: date, startsAt: fields.start.flatMap { ClockTime(text: $0) } ?? Self.unknownTime,
                                     endsAt: fields.end.flatMap { ClockTime(text: $0) }, place: fields.place ?? Sv.Archive.unknownPlace,
                                     address: nil, remoteOffered: fields.remote, theme: nil, format: fields.remote ? .remote : nil)
            let meeting = Meeting(organisationID: try organisation.requireID(), draft: draft)
            try await meeting.create(on: database)
            outcome.meetings += 1
            return meeting
        }

        /// A justerat protokoll marked as imported; nil when the meeting already has a protokoll.
        mutating func createProtocol(_ document: ImportedDocument, of meeting: Meeting) async throws -> UUID? {
            let meetingID = try meeting.requireID()
            guard try await MeetingProtocol.query(on: database).filter(\.$meeting.$id == meetingID).first() == nil else {
                outcome.protocolsAlreadyThere.append(meeting.date)
                return nil
            }
            let organisationID = try organisation.requireID()
            // The association's name as it was on the day of the meeting.
            let name = try await organisation.currentName(on: database, today: meeting.civilDate ?? CivilDate(year: 2000, month: 1, day: 1)!)
            var snapshot = ImportedRecords.snapshot(of: document, associationName: name, bodyName: body.displayName)
            snapshot.time = Sv.Meetings.timeRange(meeting.startsAt, meeting.endsAt)
            let content = try CanonicalJSON.encode(snapshot)
            let record = MeetingProtocol(organisationID: organisationID, meetingID: meetingID, bodyID: try body.requireID(),
                                         year: meeting.civilDate?.year ?? 0)
            record.statusRaw = ProtocolState.adjusted.rawValue
            record.content = content
            record.contentSHA256 = FileStore.sha256(Data(content.utf8))
            record.adjustedOn = document.adjustedOn
            record.postedOn = document.noticePostedOn
            record.appealEndsOn = document.noticeRemovedOn
            record.archiveImportID = importID
            try await record.create(on: database)
            let protocolID = try record.requireID()
            outcome.protocols += 1
            for paragraph in document.paragraphs ?? [] {
                let kinds = paragraph.decisions.compactMap { ImportedRecords.decisionKind($0.kind) }
                let row = Paragraph(organisationID: organisationID, protocolID: protocolID, agendaItemID: nil, number: paragraph.number,
                                    title: paragraph.title, kind: kinds.isEmpty ? .information : .decision, secrecyGround: nil,
                                    addedAtMeeting: false)
                row.narrative = ImportedRecords.narrative(of: paragraph)
                try await row.create(on: database)
                outcome.paragraphs += 1
                for decision in paragraph.decisions {
                    guard let kind = ImportedRecords.decisionKind(decision.kind) else { continue }
                    let saved = Decision(organisationID: organisationID, paragraphID: try row.requireID(),
                                         draft: DecisionDraft(kind: kind, wording: decision.text))
                    // Whether an old uppdrag was carried out is not in the packet; it is not listed as open.
                    saved.taskStatusRaw = nil
                    try await saved.create(on: database)
                    outcome.decisions += 1
                }
            }
            // At a distansmöte everyone took part remotely.
            let mode: ParticipationMode = meeting.format == .remote ? .remote : .onSite
            for person in document.attendance ?? [] {
                let (role, isChair) = ImportedRecords.role(of: person)
                let entry = AttendanceEntry(personID: try await people.id(for: person.name, on: database), role: role, mode: mode,
                                            paragraphs: ImportedRecords.paragraphRange(of: person), servesForPersonID: nil, isChair: isChair)
                try await Attendance(organisationID: organisationID, protocolID: protocolID, entry: entry).create(on: database)
                outcome.attendances += 1
            }
            let signers = [(document.secretary, SignerRole.secretary), (document.chair, .chair)] + (document.adjusters ?? []).map { ($0, .adjuster) }
            for case let (name?, role) in signers {
                try await ProtocolSigner(protocolID: protocolID, personID: try await people.id(for: name, on: database), role: role)
                    .create(on: database)
            }
            try await SearchIndex.index(protocol: record, slug: organisation.slug, on: database)
            return protocolID
        }
    }
}
