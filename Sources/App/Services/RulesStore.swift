import Domain
import Fluent
import Foundation
import Persistence

/// The association's rules (förbundsordningen), made with the defaults on first use.
enum RulesStore {
    /// Every association gets its rules row when created; one missing is recreated with the defaults.
    static func record(for association: OrganisationContext, on database: any Database) async throws -> RulesRecord {
        try await record(forOrganisation: association.id, on: database)
    }

    static func record(forOrganisation id: UUID, on database: any Database) async throws -> RulesRecord {
        if let record = try await RulesRecord.query(on: database).filter(\.$organisation.$id == id).first() {
            return record
        }
        let record = RulesRecord(organisationID: id, rules: .defaults)
        try await record.create(on: database)
        return record
    }
}
