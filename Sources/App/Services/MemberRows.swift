import Domain
import Fluent
import Foundation
import Persistence
import SQLKit
import Vapor
import Views

/// The register's list of members, read as SQL rows straight into the page's rows: the page is
/// the logged-in users' most read, and decoding models costs more than the query (issue 17). It
/// is the same for every user of the association, so it is kept until anything changes.
enum MemberRows {
    static func list(of organisationID: UUID, on request: Request) async throws -> [MemberList.Row] {
        let models = request.application.publicReadModels
        let generation = models.currentGeneration
        if let kept = request.application.keptMemberLists.value(for: organisationID, generation: generation) { return kept }
        let rows = try await read(of: organisationID, on: request.db)
        request.application.keptMemberLists.keep(rows, for: organisationID, readAt: generation, current: models.currentGeneration)
        return rows
    }

    static func read(of organisationID: UUID, on database: any Database) async throws -> [MemberList.Row] {
        let rows = try await Read.rows([.uuid(organisationID)], on: database)
        // Current members first, then by kind and name, as the register always lists them.
        let members = try rows.map { row -> (order: (Int, Int, String), row: MemberList.Row) in
            let kind = MemberKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .municipality
            let name = try row.decode(column: "name", as: String.self)
            let leftOn = try row.decode(column: "left_on", as: String?.self)
            return ((leftOn == nil ? 0 : 1, kind.listingOrder, name),
                    MemberList.Row(id: try row.decode(column: "id", as: UUID.self).uuidString, name: name, kind: Sv.memberKind(kind),
                                   organisationNumber: try row.decode(column: "organisation_number", as: String.self),
                                   joinedOn: try row.decode(column: "joined_on", as: String.self), leftOn: leftOn,
                                   postsNotices: try row.decode(column: "posts_notices", as: Bool.self)))
        }
        return members.sorted { $0.order < $1.order }.map(\.row)
    }

    private enum Read: PreparedRead {
        static let sql = """
            SELECT id, name, kind, organisation_number, joined_on, left_on, posts_notices FROM members WHERE organisation_id = $1
            """
    }
}

extension Application {
    private struct KeptMemberListsKey: StorageKey {
        typealias Value = KeptReads<[MemberList.Row]>
    }

    /// Created in `configure`, so that every request shares one.
    var keptMemberLists: KeptReads<[MemberList.Row]> {
        get { storage[KeptMemberListsKey.self] ?? KeptReads() }
        set { storage[KeptMemberListsKey.self] = newValue }
    }
}
