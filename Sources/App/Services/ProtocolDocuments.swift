import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// What every rendering of a protokoll shares: the content (as signed, or the live draft), the
/// rättelser recorded since, and the BEVIS of its anslag.
enum ProtocolDocuments {
    /// The signed snapshot once the protokoll has gone for justering; the live draft before that.
    static func snapshot(_ record: MeetingProtocol, associationName: String, on database: any Database) async throws -> ProtocolSnapshot {
        if let content = record.content { return try JSONDecoder().decode(ProtocolSnapshot.self, from: Data(content.utf8)) }
        return try await ProtocolContent.snapshot(record, associationName: associationName, on: database)
    }

    static func corrections(of protocolID: UUID, on database: any Database) async throws -> [Correction] {
        try await Correction.query(on: database).filter(\.$protocol.$id == protocolID).sort(\.$createdAt).all()
    }

    static func lines(_ corrections: [Correction], paragraph: Int? = nil) -> [String] {
        corrections.filter { paragraph == nil || $0.paragraphNumber == paragraph }.map {
            Sv.Corrections.line(date: $0.recordedOn, by: $0.recordedBy, paragraph: $0.paragraphNumber, what: $0.what, why: $0.why)
        }
    }

    /// The BEVIS: where the protokoll is kept and every anslagstavla the notice went up on (the
    /// association's own when its rules say so, and each member posting notices on the posting day).
    static func bevis(_ record: MeetingProtocol, _ snapshot: ProtocolSnapshot, organisation: Organisation,
                      on database: any Database) async throws -> PublicProtocolPage.Bevis {
        var bevis = PublicProtocolPage.Bevis(meetingDate: snapshot.date, adjustedOn: record.adjustedOn ?? "", postedOn: record.postedOn,
                                             takenDownOn: record.appealEndsOn, keptAt: Sv.Anslag.keptAtText(organisation.postalAddress),
                                             signedBy: try await secretary(of: record, on: database))
        if let posted = record.postedOn.flatMap({ CivilDate(iso: $0) }) {
            let rules = try await RulesStore.record(forOrganisation: organisation.requireID(), on: database).rules
            bevis.postedAt = (rules.postsOnOwnNoticeBoard ? [Sv.Anslag.ownBoard(snapshot.associationName)] : [])
                + (try await memberBoards(of: organisation, on: database, today: posted))
        }
        return bevis
    }

    /// The sekreterare, who signs the BEVIS and certifies an utdrag.
    static func secretary(of record: MeetingProtocol, on database: any Database) async throws -> String? {
        try await ProtocolSigner.query(on: database).filter(\.$protocol.$id == record.requireID())
            .filter(\.$roleRaw == SignerRole.secretary.rawValue).with(\.$person).first()?.person.name
    }

    /// The members that put the association's notices up on their own anslagstavla, as the
    /// register says on the day.
    static func memberBoards(of organisation: Organisation, on database: any Database, today: CivilDate) async throws -> [String] {
        try await Member.query(on: database).filter(\.$organisation.$id == organisation.requireID()).filter(\.$postsNotices == true)
            .sort(\.$name).all()
            .filter { member in member.leftOn.flatMap { CivilDate(iso: $0) }.map { $0 >= today } ?? true }
            .map(\.name)
    }

    static func filename(_ kind: String, _ record: MeetingProtocol, suffix: String = "") -> String {
        "\(kind)-\(Slug.suggest(from: record.meeting.body.displayName))-\(record.meeting.date)\(suffix).pdf"
    }
}
