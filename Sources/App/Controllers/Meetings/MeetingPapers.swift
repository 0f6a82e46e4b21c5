import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// What a meeting's documents and mailings are built from: the kallelse content as it stands
/// now, and who is invited.
enum MeetingPapers {
    /// Requires the meeting's body to be loaded.
    static func noticeContent(_ meeting: Meeting, associationName: String, on database: any Database) async throws -> NoticeContent {
        let items = try await AgendaController.items(of: meeting.requireID(), on: database)
        return NoticeContent(
            associationName: associationName, bodyName: meeting.body.displayName, date: meeting.date, startsAt: meeting.startsAt,
            endsAt: meeting.endsAt, place: meeting.place, address: meeting.address, remoteOffered: meeting.remoteOffered,
            theme: meeting.theme,
            items: items.map {
                NoticeContent.Item(number: $0.position, title: $0.title, kind: $0.kind, presenter: $0.presenter?.name,
                                   background: $0.background, proposal: $0.proposal, recommendation: $0.recommendation,
                                   recommendationText: $0.recommendationText, secrecyGround: $0.secrecyGround,
                                   addedAtMeeting: $0.addedAtMeeting)
            })
    }

    /// Everyone with a mandate in the body on the meeting day (ledamöter, ersättare, sekreterare,
    /// adjungerade) and the items' presenters; those without an e-mail address are named apart.
    static func invited(_ meeting: Meeting, on database: any Database) async throws -> (recipients: [Outbox.Recipient], unreachable: [String]) {
        guard let date = meeting.civilDate else { return ([], []) }
        let mandates = try await Mandate.query(on: database).filter(\.$body.$id == meeting.$body.id).with(\.$person).all()
            .filter { $0.facts.isActive(on: date) }
        let presenters = try await AgendaController.items(of: meeting.requireID(), on: database).compactMap(\.presenter)
        var seen: Set<UUID> = []
        var recipients: [Outbox.Recipient] = []
        var unreachable: [String] = []
        for person in mandates.map(\.person) + presenters {
            guard let id = person.id, seen.insert(id).inserted else { continue }
            if let email = person.email, !email.isEmpty {
                recipients.append(Outbox.Recipient(email: email, name: person.name))
            } else {
                unreachable.append(person.name)
            }
        }
        return (recipients, unreachable.sorted())
    }

    static func decode(_ notice: Notice) throws -> NoticeContent {
        try JSONDecoder().decode(NoticeContent.self, from: Data(notice.content.utf8))
    }

    static func encode(_ content: NoticeContent) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(content), as: UTF8.self)
    }

    static func notices(of meetingID: UUID, on database: any Database) async throws -> [Notice] {
        try await Notice.query(on: database).filter(\.$meeting.$id == meetingID).sort(\.$version).all()
    }
}
