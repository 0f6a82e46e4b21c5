import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Invitations to one sammanträde beyond the body and the presenters; guests get the kallelse.
struct MeetingGuestController {
    let meetings = MeetingController()

    func register(editors: any RoutesBuilder) throws {
        editors.post(SiteURL.guestNew(SiteURL.slug, SiteURL.id).route, use: create)
        editors.post(SiteURL.guestRemove(SiteURL.slug, SiteURL.id).route, use: remove)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let meeting = try await meetings.find(request)
        guard meeting.status == .planned else { throw Abort(.forbidden) }
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let personID = validator.reference("personID")
        let meetingID = try meeting.requireID()
        if let personID {
            if try await Person.query(on: request.db).filter(\.$id == personID).filter(\.$organisation.$id == association.id).first() == nil {
                validator.add("personID", .unknownReference)
            } else if try await MeetingGuest.query(on: request.db).filter(\.$meeting.$id == meetingID).filter(\.$person.$id == personID)
                .first() != nil {
                validator.add("personID", .alreadyRecorded)
            }
        }
        guard let personID, validator.isValid else {
            return try await meetings.showPage(request, meeting, guestState: request.formState(values, issues: validator.issues))
        }
        let guest = MeetingGuest(organisationID: association.id, meetingID: meetingID, personID: personID)
        let actor = request.actor
        try await request.db.transaction { db in
            try await guest.create(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .meeting,
                                      entityID: meetingID, name: meeting.date, before: nil, after: ["inbjuden": personID.uuidString])
        }
        return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: Sv.Meetings.guestAdded)
    }

    @Sendable func remove(_ request: Request) async throws -> Response {
        let association = try request.association
        guard let guest = try await MeetingGuest.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).with(\.$meeting).first() else { throw Abort(.notFound) }
        let meetingID = guest.$meeting.id
        let actor = request.actor
        try await request.db.transaction { db in
            try await guest.delete(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .removed, subject: .meeting,
                                      entityID: meetingID, name: guest.meeting.date, before: ["inbjuden": guest.$person.id.uuidString], after: nil)
        }
        return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: Sv.Meetings.guestRemoved)
    }
}
