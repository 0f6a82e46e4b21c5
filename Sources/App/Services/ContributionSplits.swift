import Domain
import Fluent
import Foundation
import Persistence

/// The member contributions of a year from the register: the members during the year with that
/// year's population figures. Used by the contributions page and by the budget's income lines.
enum ContributionSplits {
    struct Computed {
        var result: Result<ContributionSplit, ContributionSplit.Problem>
        var organisationNumbers: [String: String]
    }

    static func compute(organisationID: UUID, year: Int, total: Int64, on database: any Database) async throws -> Computed {
        let members = try await Member.query(on: database).filter(\.$organisation.$id == organisationID).all()
            .filter { $0.facts.isMember(during: year) }
        let populations = try await MemberPopulation.query(on: database)
            .filter(\.$organisation.$id == organisationID).filter(\.$year == year).all()
        let byMember = Dictionary(populations.map { ($0.$member.id, $0.count) }, uniquingKeysWith: { a, _ in a })
        let participants = members.map {
            ContributionSplit.Participant(id: $0.id!, name: $0.name, kind: $0.kind, population: byMember[$0.id!])
        }
        let numbers = Dictionary(uniqueKeysWithValues: members.map { ($0.id!.uuidString, $0.organisationNumber) })
        return Computed(result: ContributionSplit.compute(year: year, totalKronor: total, participants: participants),
                        organisationNumbers: numbers)
    }
}
