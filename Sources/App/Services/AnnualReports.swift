import Domain
import Fluent
import Foundation
import Persistence
import SQLKit
import Views

/// The annual report of a year (issue 18, items 6 and 8), computed from the records: the
/// bookkeeping in force for the whole year (results and balance sheet), the participations, the
/// board's meetings and the insatser. Nothing in it is typed; it exists once the year's
/// bookkeeping through December is in force.
enum AnnualReports {
    struct YearFigures: Sendable {
        var year: Int
        var accounts: AnnualAccounts
    }

    struct Report: Sendable {
        var year: Int
        var accounts: AnnualAccounts
        /// The driftredovisning of the year, whose result must be the accounts' result.
        var statement: Ledgers.Statement
        var participants: PeriodFigures
        var perIntervention: [(code: String, name: String, figures: PeriodFigures)]
        var boardMeetings: Int
        var interventionsStarted: [String]
        var interventionsEnded: [String]
        var contributions: ContributionSplit?
        /// The year and up to four before it that have a whole year's bookkeeping, oldest first.
        var fiveYears: [YearFigures]
        var equityCeiling: Int64
        /// Identities that fail, besides the accounts' own: the result against the driftredovisning.
        var reconciliation: [AnnualReportCheck]
    }

    /// The years that have bookkeeping through December in force, newest first.
    static func years(organisationID: UUID, on database: any Database) async throws -> [Int] {
        Array(Set(try await LedgerImport.query(on: database).filter(\.$organisation.$id == organisationID)
            .filter(\.$statusRaw == LedgerImport.Status.active.rawValue).filter(\.$lastMonth == 12).all().map(\.year))).sorted(by: >)
    }

    /// The import in force that runs through December: its #UB are the year's closing balances.
    static func yearEnd(of imports: [LedgerImport]) -> UUID? {
        imports.first { $0.lastMonth == 12 }?.id
    }

    /// The accounts of a year, or nil when its bookkeeping through December is not in force.
    static func accounts(organisationID: UUID, year: Int, on database: any Database) async throws -> AnnualAccounts? {
        let imports = try await Ledgers.inForce(organisationID: organisationID, year: year, on: database)
        guard let lastID = yearEnd(of: imports) else { return nil }
        var results: [String: Int64] = [:]
        for (key, ore) in try await Ledgers.sums(importIDs: imports.compactMap(\.id), on: database) { results[key.account, default: 0] += ore }
        let balances = try await LedgerBalance.query(on: database).filter(\.$ledgerImport.$id == lastID).all()
        return AnnualAccounts(year: year, results: results,
                              balances: Dictionary(balances.map { ($0.account, $0.balance) }, uniquingKeysWith: { a, _ in a }))
    }

    static func report(organisationID: UUID, year: Int, today: CivilDate, on database: any Database) async throws -> Report? {
        guard let accounts = try await accounts(organisationID: organisationID, year: year, on: database) else { return nil }
        let budgets = try await Budget.query(on: database).filter(\.$organisation.$id == organisationID).with(\.$lines).all()
        let statement = try await Ledgers.statement(organisationID: organisationID, year: year, budgets: budgets, on: database)
        let period = ReportingPeriod.year(year)
        let episodes = try await ParticipantRecords.episodes(of: organisationID, on: database).compactMap(\.recorded)
        let counts = try await ParticipantRecords.counts(of: organisationID, on: database)
        let interventions = try await Intervention.query(on: database).filter(\.$organisation.$id == organisationID).with(\.$names).all()
            .sorted { $0.code < $1.code }
        // The insatser that had participants in the year.
        let perIntervention = interventions.map { i in
            (code: i.code, name: i.name(on: period.to), figures: ParticipantRecords.figures(period, episodes: episodes, counts: counts, of: [i.id!]))
        }.filter { $0.figures.during.total.value > 0 }
        let inYear = { (iso: String?) in iso.flatMap(CivilDate.init(iso:)).map(period.contains) ?? false }
        var fiveYears: [YearFigures] = []
        for earlier in (year - 4)...year {
            if let figures = earlier == year ? accounts : try await self.accounts(organisationID: organisationID, year: earlier, on: database) {
                fiveYears.append(YearFigures(year: earlier, accounts: figures))
            }
        }
        let allocation = statement.statement.total(.memberContributions).actual
        let split = try await ContributionSplits.compute(organisationID: organisationID, year: year, total: allocation, on: database)
        let ledgerResult = OperatingStatement.kronor(accounts.incomeStatement.result)
        return Report(
            year: year, accounts: accounts, statement: statement, participants: ParticipantRecords.figures(period, episodes: episodes, counts: counts),
            perIntervention: perIntervention,
            boardMeetings: try await boardMeetings(organisationID: organisationID, in: period, today: today, on: database),
            interventionsStarted: interventions.filter { inYear($0.startsOn) }.map { "\($0.code) \($0.name(on: period.to))" },
            interventionsEnded: interventions.filter { inYear($0.closedOn) || inYear($0.mergedOn) }.map { "\($0.code) \($0.name(on: period.to))" },
            contributions: try? split.result.get(), fiveYears: fiveYears, equityCeiling: EquityCeiling.ceiling(allocation: allocation),
            reconciliation: statement.statement.result.actual == ledgerResult ? []
                : [.resultDiffersFromStatement(accounts: ledgerResult, statement: statement.statement.result.actual)])
    }

    /// The board's decisions of the year that the förvaltningsberättelse names, in the order they
    /// were made: those of a justerat protokoll, in open §§, that decide something (not a report
    /// placed on file), each under its meeting, § and the §'s title.
    static func decisions(organisationID: UUID, year: Int, on database: any Database) async throws -> [(reference: String, wording: String)] {
        let deciding: Set<DecisionKind> = [.decision, .assignment, .approval, .rejection, .policy]
        return try await DecisionRows.all(of: organisationID, on: database).filter { decision in
            let paragraph = decision.paragraph
            let meeting = paragraph.protocol.meeting
            return deciding.contains(decision.kind) && paragraph.secrecyGround == nil && paragraph.protocol.status >= .adjusted
                && meeting.body.kind == .board && meeting.date.hasPrefix("\(year)-")
        }.sorted {
            ($0.paragraph.protocol.meeting.date, $0.paragraph.number, $0.createdAt ?? .distantPast)
                < ($1.paragraph.protocol.meeting.date, $1.paragraph.number, $1.createdAt ?? .distantPast)
        }.map { decision in
            let paragraph = decision.paragraph
            return ("\(DecisionRows.paragraphLabel(decision)) \(paragraph.title)", decision.wording)
        }
    }

    /// The board's meetings in the period that were held (not cancelled, not ahead).
    static func boardMeetings(organisationID: UUID, in period: ReportingPeriod, today: CivilDate, on database: any Database) async throws -> Int {
        guard let board = try await Body.board(of: organisationID, on: database) else { return 0 }
        let last = min(period.to, today)
        return try await Meeting.query(on: database).filter(\.$organisation.$id == organisationID).filter(\.$body.$id == board.requireID())
            .filter(\.$statusRaw == MeetingStatus.planned.rawValue).filter(\.$date >= period.from.iso).filter(\.$date <= last.iso).count()
    }
}

/// An identity between the annual report's tables that does not hold.
enum AnnualReportCheck: Equatable, Sendable {
    case accounts(AnnualAccounts.Problem)
    case resultDiffersFromStatement(accounts: Int64, statement: Int64)
}

extension AnnualReports {
    /// The balance sheet's accounts of the year in whole kronor, signed as the balansräkning shows
    /// them (eget kapital and liabilities positive).
    static func balanceAccounts(organisationID: UUID, year: Int, on database: any Database) async throws -> [AnnualReportPage.BalanceAccount] {
        let imports = try await Ledgers.inForce(organisationID: organisationID, year: year, on: database)
        guard let last = yearEnd(of: imports) else { return [] }
        return try await LedgerBalance.query(on: database).filter(\.$ledgerImport.$id == last).sort(\.$account).all().map { balance in
            let sign: Int64 = balance.account.hasPrefix("1") ? 1 : -1
            return AnnualReportPage.BalanceAccount(account: balance.account, name: balance.accountName,
                                                   opening: sign * OperatingStatement.kronor(balance.opening),
                                                   closing: sign * OperatingStatement.kronor(balance.closing))
        }
    }
}
