import Domain
import Fluent
import Foundation
import Persistence

extension Body {
    /// The association's board (styrelse), the body imported and demo meetings belong to by default.
    static func board(of organisationID: UUID, on database: any Database) async throws -> Body? {
        try await Body.query(on: database).filter(\.$organisation.$id == organisationID).filter(\.$kindRaw == BodyKind.board.rawValue).first()
    }
}
