import Domain
import Fluent

/// Issue 14: standing items, the agenda items made from them and the §§ made from those carry
/// what they are for (`StandingItem.Purpose`), so that Samordna finds "Val av justerare" by its
/// purpose and not by its Swedish title. Existing rows get theirs from the common titles once.
struct M0026_StandingItemPurposes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for table in ["standing_agenda_items", "agenda_items", "paragraphs"] {
            try await database.schema(table).field("purpose", .string).update()
        }
        let purposes = Dictionary(uniqueKeysWithValues: StandingItem.defaults.compactMap { item in
            item.purpose.map { (item.title.lowercased(), $0.rawValue) }
        })
        // Only the columns this migration knows are read and written: later migrations add others.
        for item in try await StandingAgendaItem.query(on: database).field(\.$id).field(\.$title).all() {
            guard let id = item.id, let purpose = purposes[item.title.lowercased()] else { continue }
            try await StandingAgendaItem.query(on: database).filter(\.$id == id).set(\.$purposeRaw, to: purpose).update()
        }
        for item in try await AgendaItem.query(on: database).filter(\.$standingPlacementRaw != nil).field(\.$id).field(\.$title).all() {
            guard let id = item.id, let purpose = purposes[item.title.lowercased()] else { continue }
            try await AgendaItem.query(on: database).filter(\.$id == id).set(\.$purposeRaw, to: purpose).update()
        }
        for paragraph in try await Paragraph.query(on: database).field(\.$id).field(\.$title).all() {
            guard let id = paragraph.id, let purpose = purposes[paragraph.title.lowercased()] else { continue }
            try await Paragraph.query(on: database).filter(\.$id == id).set(\.$purposeRaw, to: purpose).update()
        }
    }

    func revert(on database: any Database) async throws {
        for table in ["paragraphs", "agenda_items", "standing_agenda_items"] {
            try await database.schema(table).deleteField("purpose").update()
        }
    }
}
