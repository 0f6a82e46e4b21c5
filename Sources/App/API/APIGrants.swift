import Domain
import Fluent
import Foundation
import Persistence
import Vapor

/// Grants as open data: per insats and year the amount in force, in whole kronor, and the § that
/// granted it once its protokoll is justerat and the § is public.
struct APIGrant: Content {
    struct InterventionRef: Content {
        var code: String
        var name: String
    }

    var intervention: InterventionRef
    var year: Int
    var amount: Int64
    var decision: APIBudget.DecisionRef?

    enum CodingKeys: String, CodingKey { case intervention, year, amount, decision }

    /// `decision` is written as null until the § may be named.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(intervention, forKey: .intervention)
        try container.encode(year, forKey: .year)
        try container.encode(amount, forKey: .amount)
        try container.encode(decision, forKey: .decision)
    }
}

extension APIController {
    @Sendable func grants(_ request: Request) async throws -> APIList<APIGrant> {
        let organisation = try await find(request)
        let grants = try await Grants.inForce(organisationID: organisation.requireID(), on: request.db)
        let interventions = try await Intervention.query(on: request.db).filter(\.$organisation.$id == organisation.requireID())
            .with(\.$names).all()
        let byID = Dictionary(uniqueKeysWithValues: interventions.map { ($0.id!, $0) })
        return APIList(data: grants.compactMap { grant in
            guard let intervention = byID[grant.$intervention.id] else { return nil }
            let paragraph = grant.decision.paragraph
            let decision = paragraph.protocol.status >= .adjusted && paragraph.secrecyGround == nil
                ? APIBudget.DecisionRef(meeting: paragraph.protocol.meeting.id!.uuidString, paragraph: paragraph.number) : nil
            return APIGrant(intervention: .init(code: intervention.code, name: intervention.name(on: CivilDate(year: grant.year, month: 12, day: 31)!)),
                            year: grant.year, amount: grant.amount, decision: decision)
        }.sorted { ($0.intervention.code, $0.year) < ($1.intervention.code, $1.year) })
    }
}
