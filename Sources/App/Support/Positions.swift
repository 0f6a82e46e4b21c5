import Domain
import Fluent
import Persistence
import Vapor

/// A record kept in an order the kansli chooses, by a 1-based position (agenda items, standing items).
protocol Positioned: Model where IDValue == UUID {
    var position: Int { get set }
}

extension AgendaItem: Positioned {}
extension StandingAgendaItem: Positioned {}

enum Positions {
    /// Positions become 1…n in the given order; only records whose position changes are written.
    /// Callers run it in the same transaction as the change that caused it.
    static func renumber<R: Positioned>(_ records: [R], on database: any Database) async throws {
        for (index, record) in records.enumerated() where record.position != index + 1 {
            record.position = index + 1
            try await record.save(on: database)
        }
    }

    /// The records in their order after moving `record` one step as the form asks (`direction`);
    /// a move that is impossible or malformed is a bad request.
    static func moved<R: Positioned>(_ record: R, in records: [R], form: [String: String]) throws -> [R] {
        guard let direction = form["direction"].flatMap(Reordering.Direction.init(rawValue:)),
              let order = Reordering.move(try record.requireID(), direction, in: records.compactMap(\.id)) else {
            throw Abort(.badRequest)
        }
        let byID = Dictionary(uniqueKeysWithValues: records.compactMap { record in record.id.map { ($0, record) } })
        return order.compactMap { byID[$0] }
    }
}

/// JSON with sorted keys, so that the same content always gives the same text (and SHA-256).
enum CanonicalJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
