import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Invitations to one sammanträde beyond the body and the presenters; guests get the kallelse.
struct MeetingGuestController {
    func register(editors: any RoutesBuilder) throws {
        editors.post(SiteURL.guestNew(SiteURL.slug, SiteURL.id).route, use: create)
        editors.post(SiteURL.guestRemove(SiteURL.slug, SiteURL.id).route, use: remove)
    }

    /// Invites one person, or everyone with a mandate in another body on the meeting day.
    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let meeting = try await MeetingPages.find(request)
        try await MeetingState.require(.inviteGuests, meeting, on: request)
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let personID = validator.reference("personID", required: false)
        let bodyID = validator.reference("bodyID", required: false)
        let meetingID = try meeting.requireID()
        let already = Set(try await MeetingGuest.query(on: request.db).filter(\.$meeting.$id == meetingID).all().map(\.$person.id))
        var invited: [UUID] = []
        if let personID {
            if try await Person.query(on: request.db).filter(\.$id == personID).filter(\.$organisation.$id == association.id).first() == nil {
                validator.add("personID", .unknownReference)
            } else if already.contains(personID) {
                validator.add("personID", .alreadyRecorded)
            } else {
                invited.append(personID)
            }
        }
        if let bodyID {
            if try await Body.query(on: request.db).filter(\.$id == bodyID).filter(\.$organisation.$id == association.id).first() == nil {
                validator.add("bodyID", .unknownReference)
            } else if let date = meeting.civilDate {
                func holders(of body: UUID) async throws -> Set<UUID> {
                    Set(try await Mandate.query(on: request.db).filter(\.$body.$id == body).all()
                        .filter { $0.facts.isActive(on: date) }.map(\.$person.id))
                }
                // Those with a mandate in the meeting's own body get the kallelse already.
                let new = try await holders(of: bodyID).subtracting(holders(of: meeting.$body.id)).subtracting(already).subtracting(invited)
                if new.isEmpty { validator.add("bodyID", .alreadyRecorded) }
                invited += new.sorted { $0.uuidString < $1.uuidString }
            }
        }
        if personID == nil, bodyID == nil { validator.add("personID", .required) }
        guard validator.isValid, !invited.isEmpty else {
            return try await MeetingPages.show(request, meeting, guestState: request.formState(values, issues: validator.issues))
        }
        let actor = request.actor
        let guests = invited
        try await request.db.transaction { db in
            for person in guests {
                try await MeetingGuest(organisationID: association.id, meetingID: meetingID, personID: person).create(on: db)
                try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .meeting,
                                          entityID: meetingID, name: meeting.date, before: nil, after: ["inbjuden": person.uuidString])
            }
        }
        let flash = invited.count == 1 ? Sv.Meetings.guestAdded : Sv.Meetings.guestsAdded(invited.count)
        return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: flash)
    }

    @Sendable func remove(_ request: Request) async throws -> Response {
        let association = try request.association
        guard let guest = try await MeetingGuest.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).with(\.$meeting).first() else { throw Abort(.notFound) }
        try await MeetingState.require(.inviteGuests, guest.meeting, on: request)
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
