import Domain
import Fluent
import Foundation
import Persistence
import Vapor

/// Utlysningar as open data: every published call with its dates, in whole kronor, and whether
/// it takes applications today. An unpublished call is not shown.
struct APICall: Content {
    var id: UUID
    var title: String
    var text: String
    var criteria: [String]
    var amount: Int64
    var applicationDeadline: String
    var reviewOn: String?
    var decisionOn: String?
    var latestStart: String?
    var publishedOn: String
    var open: Bool

    enum CodingKeys: String, CodingKey {
        case id, title, text, criteria, amount, applicationDeadline, reviewOn, decisionOn, latestStart, publishedOn, open
    }

    /// Absent dates are written as null, so every field is always present.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(text, forKey: .text)
        try container.encode(criteria, forKey: .criteria)
        try container.encode(amount, forKey: .amount)
        try container.encode(applicationDeadline, forKey: .applicationDeadline)
        try container.encode(reviewOn, forKey: .reviewOn)
        try container.encode(decisionOn, forKey: .decisionOn)
        try container.encode(latestStart, forKey: .latestStart)
        try container.encode(publishedOn, forKey: .publishedOn)
        try container.encode(open, forKey: .open)
    }
}

extension APIController {
    @Sendable func calls(_ request: Request) async throws -> APIList<APICall> {
        let organisation = try await find(request)
        let today = request.today
        return APIList(data: try await Calls.published(of: organisation.requireID(), on: request.db).map { call in
            APICall(id: try call.requireID(), title: call.title, text: call.text, criteria: call.criteria, amount: call.amount,
                    applicationDeadline: call.applicationDeadline, reviewOn: call.reviewOn, decisionOn: call.decisionOn, latestStart: call.latestStart,
                    publishedOn: call.publishedOn ?? "", open: call.isOpen(on: today))
        })
    }
}
