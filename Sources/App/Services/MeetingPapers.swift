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
        let meetingID = try meeting.requireID()
        let items = try await AgendaItems.of(meetingID, on: database)
        let attachments = try await Attachment.query(on: database).filter(\.$meeting.$id == meetingID).with(\.$versions).sort(\.$number).all()
        let links = try await AgendaItemAttachment.query(on: database).filter(\.$item.$id ~~ items.compactMap(\.id)).all()
        let numberOf = Dictionary(uniqueKeysWithValues: attachments.map { ($0.id!, $0.number) })
        var content = NoticeContent(
            associationName: associationName, bodyName: meeting.body.displayName, date: meeting.date, startsAt: meeting.startsAt,
            endsAt: meeting.endsAt, place: meeting.place, address: meeting.address, remoteOffered: meeting.remoteOffered,
            theme: meeting.theme,
            items: items.map { item in
                NoticeContent.Item(number: item.position, title: item.title, kind: item.kind, presenter: item.presenter?.name,
                                   background: item.background, proposal: item.proposal, recommendation: item.recommendation,
                                   recommendationText: item.recommendationText, secrecyGround: item.secrecyGround,
                                   addedAtMeeting: item.addedAtMeeting,
                                   attachmentNumbers: links.filter { $0.$item.id == item.id }.compactMap { numberOf[$0.$attachment.id] }.sorted())
            },
            attachments: attachments.map { attachment in
                let itemGrounds = items.filter { item in links.contains { $0.$item.id == item.id && $0.$attachment.id == attachment.id } }
                    .map(\.secrecyGround)
                return NoticeContent.AttachmentRef(
                    number: attachment.number, title: attachment.title, version: attachment.versions.map(\.version).max() ?? 0,
                    secrecyGround: AttachmentSecrecy.ground(own: attachment.secrecyGround, itemGrounds: itemGrounds,
                                                            publishedExplicitly: attachment.publishedExplicitly),
                    publishedExplicitly: attachment.publishedExplicitly)
            })
        content.format = meeting.formatRaw.flatMap(MeetingFormat.init(rawValue:))
        let matterIDs = items.compactMap(\.matterID)
        let matters = matterIDs.isEmpty ? [] : try await RegisteredMatter.query(on: database).filter(\.$id ~~ matterIDs).all()
        for index in content.items.indices where content.items[index].secrecyGround == nil {
            guard let matterID = items.first(where: { $0.position == content.items[index].number })?.matterID else { continue }
            content.items[index].diaryNumber = matters.first { $0.id == matterID }?.diaryNumber.text
        }
        return content
    }

    /// Everyone with a mandate in the body on the meeting day (ledamöter, ersättare, sekreterare,
    /// adjungerade), the items' presenters and the meeting's invited guests; those without an
    /// e-mail address are named apart.
    static func invited(_ meeting: Meeting, on database: any Database) async throws -> (recipients: [Outbox.Recipient], unreachable: [String]) {
        guard let date = meeting.civilDate else { return ([], []) }
        let mandates = try await Mandate.query(on: database).filter(\.$body.$id == meeting.$body.id).with(\.$person).all()
            .filter { $0.facts.isActive(on: date) }
        let presenters = try await AgendaItems.of(meeting.requireID(), on: database).compactMap(\.presenter)
        let guests = try await MeetingGuest.query(on: database).filter(\.$meeting.$id == meeting.requireID()).with(\.$person).all().map(\.person)
        var seen: Set<UUID> = []
        var recipients: [Outbox.Recipient] = []
        var unreachable: [String] = []
        for person in mandates.map(\.person) + presenters + guests {
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

    static func notices(of meetingID: UUID, on database: any Database) async throws -> [Notice] {
        try await Notice.query(on: database).filter(\.$meeting.$id == meetingID).sort(\.$version).all()
    }
}
