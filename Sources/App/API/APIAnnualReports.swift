import Domain
import Fluent
import Foundation
import Persistence
import Vapor

/// A year's annual report as open data (issue 18, item 8): the statements' main figures in whole
/// kronor and the association's participant counts for the year, each person once. Aggregate
/// only: no episode and no participant key ever leaves.
struct APIAnnualReport: Content {
    struct OpeningClosing: Content {
        var opening: Int64
        var closing: Int64
    }

    struct CashFlow: Content {
        var operating: Int64
        var investing: Int64
        var financing: Int64
        var total: Int64
    }

    struct Participants: Content {
        struct During: Content {
            var women: Int
            var men: Int
            var other: Int
            var total: Int
        }

        struct Outcomes: Content {
            var work: Int
            var studies: Int
            var otherPositive: Int
            var dropOut: Int
        }

        var during: During
        var new: Int
        var ended: Int
        var outcomes: Outcomes
        var remaining: Int
    }

    var year: Int
    var status: String
    var income: Int64
    var costs: Int64
    var financialNet: Int64
    var result: Int64
    var equity: OpeningClosing
    var cash: OpeningClosing
    var cashFlow: CashFlow
    var participants: Participants
    var impactIndex: Double?

    enum CodingKeys: String, CodingKey {
        case year, status, income, costs, financialNet, result, equity, cash, cashFlow, participants, impactIndex
    }

    /// `impactIndex` is written as null while there is none, as the contract says.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(status, forKey: .status)
        try container.encode(income, forKey: .income)
        try container.encode(costs, forKey: .costs)
        try container.encode(financialNet, forKey: .financialNet)
        try container.encode(result, forKey: .result)
        try container.encode(equity, forKey: .equity)
        try container.encode(cash, forKey: .cash)
        try container.encode(cashFlow, forKey: .cashFlow)
        try container.encode(participants, forKey: .participants)
        try container.encode(impactIndex, forKey: .impactIndex)
    }

    init(year: Int, accounts: AnnualAccounts, participants f: PeriodFigures, impactIndex: Double?) {
        let p = accounts.printed
        let flow = p.cashFlow
        self.year = year
        status = AnnualReportState.draft.rawValue
        income = p.income
        costs = p.costs
        financialNet = p.financialNet
        result = p.result
        equity = OpeningClosing(opening: p.opening.equity, closing: p.closing.equity)
        cash = OpeningClosing(opening: p.opening.cash, closing: p.closing.cash)
        cashFlow = CashFlow(operating: flow.operating, investing: flow.investing, financing: flow.financing, total: flow.total)
        participants = Participants(
            during: .init(women: f.during.women.value, men: f.during.men.value, other: f.during.other.value, total: f.during.total.value),
            new: f.new.value, ended: f.ended.total.value,
            outcomes: .init(work: f.ended.group(.work).value, studies: f.ended.group(.studies).value,
                            otherPositive: f.ended.group(.otherPositive).value, dropOut: f.ended.group(.dropOut).value),
            remaining: f.remaining.value)
        // One decimal, as the social accounting shows it.
        self.impactIndex = impactIndex.map { ($0 * 10).rounded() / 10 }
    }
}

extension APIAnnualReport {
    /// The figures as the records give them now, as a draft.
    static func compute(organisationID: UUID, year: Int, on database: any Database) async throws -> APIAnnualReport? {
        guard let accounts = try await AnnualReports.accounts(organisationID: organisationID, year: year, on: database) else { return nil }
        let episodes = try await ParticipantRecords.episodes(of: organisationID, on: database).compactMap(\.recorded)
        let counts = try await ParticipantRecords.counts(of: organisationID, on: database)
        return APIAnnualReport(year: year, accounts: accounts,
                               participants: ParticipantRecords.figures(.year(year), episodes: episodes, counts: counts),
                               impactIndex: try await SocialAccounts.impactIndex(organisationID: organisationID, year: year, on: database))
    }
}

extension APIController {
    /// Once laid before the board, the figures of the document it signs; adopted when signed.
    @Sendable func annualReport(_ request: Request) async throws -> APIAnnualReport {
        let organisation = try await find(request)
        let organisationID = try organisation.requireID()
        guard let year = request.parameters.get("year", as: Int.self) else { throw Abort(.notFound) }
        let record = try await AnnualReportAdoption.record(organisationID: organisationID, year: year, on: request.db)
        if var kept = AnnualReportAdoption.keptFigures(record), let record {
            kept.status = record.status == .adopted ? AnnualReportState.adopted.rawValue : AnnualReportState.draft.rawValue
            return kept
        }
        guard let report = try await APIAnnualReport.compute(organisationID: organisationID, year: year, on: request.db) else { throw Abort(.notFound) }
        return report
    }
}
