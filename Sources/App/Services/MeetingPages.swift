import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// A meeting within the association, and its page with every form on it (cancel, kallelse,
/// guests), so that the controllers answering those forms render it without calling each other.
enum MeetingPages {
    static func find(_ request: Request) async throws -> Meeting {
        let association = try request.association
        guard let meeting = try await Meeting.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).with(\.$body).first() else { throw Abort(.notFound) }
        return meeting
    }

    static func show(_ request: Request, _ meeting: Meeting, cancelState: FormState? = nil, noticeState: FormState? = nil,
                  guestState: FormState? = nil) async throws -> Response {
        let association = try request.association
        var proposal: (url: String, date: String)?
        if meeting.body.kind == .board, let date = meeting.civilDate?.adding(days: -7),
           let group = try await Body.query(on: request.db).filter(\.$organisation.$id == association.id)
               .filter(\.$kindRaw == BodyKind.preparatoryGroup.rawValue).all().first(where: { $0.dissolvedOn == nil }) {
            var query = URLComponents()
            query.queryItems = [URLQueryItem(name: "organ", value: try group.requireID().uuidString),
                                URLQueryItem(name: "datum", value: date.iso), URLQueryItem(name: "start", value: meeting.startsAt),
                                URLQueryItem(name: "plats", value: meeting.place), URLQueryItem(name: "adress", value: meeting.address)]
            proposal = (SiteURL.meetingNew(association.slug).path + "?" + (query.percentEncodedQuery ?? ""), date.iso)
        }
        var model = MeetingShow.Model(row: meeting.row(try await MeetingState.phase(of: meeting, on: request.db, today: request.today)), endsAt: meeting.endsAt, address: meeting.address,
                                      cancellationReason: meeting.cancellationReason, preparatoryProposal: proposal,
                                      agenda: try await AgendaItems.of(meeting.requireID(), on: request.db).map(\.row),
                                      notice: try await noticeModel(request, meeting),
                                      attachments: try await Bilagor.rows(of: meeting.requireID(), on: request.db),
                                      history: try await AuditLog.history(of: meeting.requireID(), on: request.db))
        model.protocolID = try await MeetingProtocol.query(on: request.db).filter(\.$meeting.$id == meeting.requireID()).first()?
            .id?.uuidString
        model.guests = try await MeetingGuest.query(on: request.db).filter(\.$meeting.$id == meeting.requireID()).with(\.$person).all()
            .map { ($0.id!.uuidString, $0.person.name) }.sorted { $0.1 < $1.1 }
        model.people = try await Person.query(on: request.db).filter(\.$organisation.$id == association.id).sort(\.$name).all()
            .map { ($0.id!.uuidString, $0.name) }
        model.bodies = try await Body.query(on: request.db).filter(\.$organisation.$id == association.id).all()
            .filter { $0.id != meeting.$body.id && $0.dissolvedOn == nil }.map { ($0.id!.uuidString, $0.displayName) }.sorted { $0.1 < $1.1 }
        let hasErrors = cancelState?.hasErrors == true || noticeState?.hasErrors == true || guestState?.hasErrors == true
        return .html(MeetingShow.render(model, slug: association.slug, cancelState: cancelState ?? request.formState(),
                                        noticeState: noticeState ?? request.formState(), guestState: guestState ?? request.formState(),
                                        context: request.pageContext()),
                     status: hasErrors ? .unprocessableEntity : .ok)
    }

    private static func noticeModel(_ request: Request, _ meeting: Meeting) async throws -> NoticeSection.Model {
        let association = try request.association
        let meetingID = try meeting.requireID()
        let latest = try await MeetingPapers.notices(of: meetingID, on: request.db).last
        let current = try await MeetingPapers.noticeContent(meeting, associationName: association.name, on: request.db)
        let deliveries = try await OutboxMessage.query(on: request.db).filter(\.$subjectID == meetingID)
            .sort(\.$createdAt, .descending).sort(\.$recipient).limit(200).all()
        return NoticeSection.Model(
            latest: latest.map { ($0.version, Sv.Notices.version($0.version, AuditLog.format($0.publishedAt), $0.publishedBy)) },
            changedSincePublished: try latest.map { try MeetingPapers.decode($0) != current } ?? false,
            hasItems: !current.items.isEmpty, unreachable: try await MeetingPapers.invited(meeting, on: request.db).unreachable,
            deliveries: deliveries.map { message in
                NoticeSection.Delivery(recipient: message.recipientName.map { "\($0) <\(message.recipient)>" } ?? message.recipient,
                                       subject: message.subject, status: Sv.Notices.deliveryStatus(message.statusRaw),
                                       attempts: message.attempts, lastError: message.lastError)
            })
    }
}
