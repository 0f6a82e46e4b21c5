import Domain
import Fluent
import Foundation
import Persistence
import Vapor

/// Budgets as open data: every version with its status, and one version's lines and computed
/// figures per year, in whole kronor. The decision is named only once its protokoll is justerat
/// and the § is public.
struct APIBudgetSummary: Content {
    var id: String
    var status: String
    var years: [Int]
}

struct APIBudget: Content {
    struct DecisionRef: Content {
        var meeting: String
        var paragraph: Int
    }

    struct Line: Content {
        var kind: String
        var section: String
        var code: String?
        var name: String
        var amount: Int64

        enum CodingKeys: String, CodingKey { case kind, section, code, name, amount }

        /// `code` is written as null for lines without an insats, as the contract says.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(section, forKey: .section)
            try container.encode(code, forKey: .code)
            try container.encode(name, forKey: .name)
            try container.encode(amount, forKey: .amount)
        }
    }

    struct Year: Content {
        var year: Int
        var lines: [Line]
        var income: Int64
        var costs: Int64
        var result: Int64
        var openingEquity: Int64
        var closingEquity: Int64
        var allocation: Int64
        var equityCeiling: Int64
    }

    var id: String
    var status: String
    var decision: DecisionRef?
    var years: [Year]

    enum CodingKeys: String, CodingKey { case id, status, decision, years }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        try container.encode(decision, forKey: .decision)
        try container.encode(years, forKey: .years)
    }
}

extension APIController {
    @Sendable func budgets(_ request: Request) async throws -> APIList<APIBudgetSummary> {
        let organisation = try await find(request)
        let all = try await Budget.query(on: request.db).filter(\.$organisation.$id == organisation.requireID()).all()
            .sorted { $0.version < $1.version }
        return APIList(data: all.map { APIBudgetSummary(id: $0.id!.uuidString, status: $0.statusRaw, years: $0.years) })
    }

    @Sendable func budget(_ request: Request) async throws -> APIBudget {
        let organisation = try await find(request)
        guard let raw = request.parameters.get("budgetID"), let id = UUID(uuidString: raw),
              let budget = try await Budgets.find(id, organisationID: organisation.requireID(), on: request.db)
        else { throw Abort(.notFound, reason: "No budget with that id in this association") }
        let (plan, _) = Budgets.plan(budget)
        var decision: APIBudget.DecisionRef?
        if let adopted = budget.decision, adopted.paragraph.protocol.status >= .adjusted, adopted.paragraph.secrecyGround == nil {
            decision = .init(meeting: adopted.paragraph.protocol.meeting.id!.uuidString, paragraph: adopted.paragraph.number)
        }
        let years = plan.figures.map { figure in
            APIBudget.Year(
                year: figure.year,
                lines: plan.lines.indices.filter { plan.lines[$0].parent == nil }.map { index in
                    let line = plan.lines[index]
                    return .init(kind: line.section.kind.rawValue, section: line.section.rawValue, code: line.code, name: line.name,
                                 amount: plan.amount(of: index, year: figure.year))
                },
                income: figure.income, costs: figure.costs, result: figure.result, openingEquity: figure.openingEquity,
                closingEquity: figure.closingEquity, allocation: figure.allocation, equityCeiling: figure.equityCeiling)
        }
        return APIBudget(id: budget.id!.uuidString, status: budget.statusRaw, decision: decision, years: years)
    }
}
