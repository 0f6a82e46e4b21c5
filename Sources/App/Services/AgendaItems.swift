import Domain
import Fluent
import Foundation
import Persistence

/// A meeting's föredragningslista and the association's standing items, as every page and
/// document that shows them reads them.
enum AgendaItems {
    static func of(_ meetingID: UUID, on database: any Database) async throws -> [AgendaItem] {
        try await AgendaItem.query(on: database).filter(\.$meeting.$id == meetingID).with(\.$presenter).sort(\.$position).all()
    }

    /// Adds a punkt before the closing standing items and renumbers the list; a punkt added on
    /// the day of the meeting or later is marked as added at the meeting. The caller has checked
    /// that the meeting's phase allows it.
    static func add(_ draft: AgendaItemDraft, to meeting: Meeting, actor: Actor, today: CivilDate, on database: any Database) async throws
        -> AgendaItem {
        let meetingID = try meeting.requireID()
        return try await database.transaction { db in
            var items = try await of(meetingID, on: db)
            let addedAtMeeting = meeting.civilDate.map { today >= $0 } ?? false
            let item = AgendaItem(organisationID: meeting.$organisation.id, meetingID: meetingID, position: items.count + 1, draft: draft,
                                  addedAtMeeting: addedAtMeeting)
            let insertAt = items.firstIndex { $0.standingPlacement == .closing } ?? items.count
            items.insert(item, at: insertAt)
            item.position = insertAt + 1
            try await item.create(on: db)
            try await Positions.renumber(items, on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: meeting.$organisation.id, action: .created, subject: .agendaItem,
                                      entityID: item.id, name: item.title, before: nil, after: item.snapshot)
            return item
        }
    }
}

enum StandingItems {
    /// The association's own list; the first time, it starts as the common standing items.
    static func records(for association: OrganisationContext, on database: any Database) async throws -> [StandingAgendaItem] {
        let existing = try await StandingAgendaItem.query(on: database).filter(\.$organisation.$id == association.id)
            .sort(\.$position).all()
        guard existing.isEmpty else { return existing }
        return try await database.transaction { db in
            var created: [StandingAgendaItem] = []
            for (index, item) in StandingItem.defaults.enumerated() {
                let record = StandingAgendaItem(organisationID: association.id, position: index + 1, item: item)
                try await record.create(on: db)
                created.append(record)
            }
            return created
        }
    }

    /// Opening items first, then closing ones, each in the order the association chose.
    static func template(for association: OrganisationContext, on database: any Database) async throws -> [StandingItem] {
        let items = try await records(for: association, on: database).map(\.item)
        return items.filter { $0.placement == .opening } + items.filter { $0.placement == .closing }
    }
}
