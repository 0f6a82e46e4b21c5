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
