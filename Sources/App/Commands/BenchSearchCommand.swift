import Domain
import Fluent
import Foundation
import Persistence
import SQLKit
import Vapor

/// `samordna bench-search`: runs typical searches (one to three words, a third with filters)
/// against the synthetic archive and prints p50 and p95 of the whole search (ranking, entries,
/// snippets) beside its ranking statement (the page's ids and the number of hits) run alone
/// against the database's index, the floor; and, for comparison, the bare top 20 without the count.
/// `scripts/bench-search` prepares the databases and runs it on SQLite and PostgreSQL.
struct BenchSearchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "queries", help: "How many queries (default 100).")
        var queries: Int?

        @Option(name: "rounds", help: "How many times each query runs (default 3; the first run of all warms the caches).")
        var rounds: Int?

        init() {}
    }

    var help: String { "Measures search latency on the synthetic archive (samordna demo --synthetic-archive)." }

    static let words = ["budget", "äskande", "äskandet", "deltagarnas utveckling", "samverkan", "Försäkringskassan", "uppföljning",
                        "rapport", "årsredovisning", "enkäten", "unga vuxna", "förlängning", "Vuxenplattformen", "finansiering",
                        "socioekonomisk redovisning", "mötesplan", "kompetensutveckling", "Arbetsförmedlingen", "ägarsamråd",
                        "revision", "medlemsbidrag", "indikatorer", "dataskydd", "attestordning", "rekryteringen", "Språkstegen",
                        "Hälsolotsen", "kostnaderna", "planeringen", "erfarenheterna", "delårsrapport", "internkontrollplan",
                        "utvärdering", "förstudie", "psykiatrin", "gymnasieskolan", "Steg för steg", "arbete", "uppdrag", "avslog"]

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await DatabaseReadiness.ensure(app)
        guard let sql = app.db as? any SQLDatabase else { return }
        let organisations = try await Organisation.query(on: app.db).filter(\.$slug =~ "arkiv-").all().compactMap(\.id)
        guard !organisations.isEmpty else {
            throw Abort(.notFound, reason: "no synthetic archive; run samordna demo --synthetic-archive --paragraphs N first")
        }
        let entries = try await SearchEntry.query(on: app.db).count()
        var random = SyntheticMinutes(seed: 42)
        let queries = (0..<(signature.queries ?? 100)).map { index -> (ArchiveSearch.Query, UUID) in
            var text = random.pick(Self.words)
            if index % 3 == 1 { text += " " + random.pick(Self.words) }
            var query = ArchiveSearch.Query(text: text)
            switch index % 6 {
            case 2: query.fromYear = 2010 + index % 10; query.toYear = query.fromYear.map { $0 + 4 }
            case 4: query.decisionKind = random.pick([.approval, .rejection, .approvedReport, .assignment])
            case 5: query.documentKind = .protokoll; query.page = 2
            default: break
            }
            return (query, random.pick(organisations))
        }
        for (query, organisation) in queries { _ = try await ArchiveSearch.run(query, organisationID: organisation, on: app.db) }
        var whole: [Double] = [], floor: [Double] = [], bare: [Double] = []
        var slowest: [(ms: Double, query: ArchiveSearch.Query)] = []
        for _ in 0..<(signature.rounds ?? 3) {
            for (query, organisation) in queries {
                var start = DispatchTime.now().uptimeNanoseconds
                _ = try await ArchiveSearch.run(query, organisationID: organisation, on: app.db)
                whole.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                slowest = Array((slowest + [(whole.last!, query)]).sorted { $0.ms > $1.ms }.prefix(5))
                guard let (from, order) = ArchiveSearch.statement(query, organisationID: organisation, dialect: sql.dialect.name) else { continue }
                start = DispatchTime.now().uptimeNanoseconds
                _ = try await sql.raw(ArchiveSearch.rankingStatement(from, order: order, page: max(1, query.page))).all()
                floor.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                start = DispatchTime.now().uptimeNanoseconds
                _ = try await sql.raw("SELECT e.id FROM " + from + " " + order + " LIMIT 20").all()
                bare.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
        }
        func percentile(_ values: [Double], _ p: Double) -> Double {
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }
        let report = String(format: "%@: %d entries, %d queries × %d rounds — search p50 %.2f ms, p95 %.2f ms; floor (ranking statement) p50 %.2f ms, p95 %.2f ms; p95 ratio %.2f; bare top 20 p50 %.2f ms, p95 %.2f ms",
                            sql.dialect.name, entries, queries.count, signature.rounds ?? 3, percentile(whole, 0.5), percentile(whole, 0.95),
                            percentile(floor, 0.5), percentile(floor, 0.95), percentile(whole, 0.95) / max(percentile(floor, 0.95), 0.001),
                            percentile(bare, 0.5), percentile(bare, 0.95))
        context.console.output(report.consoleText())
        // The slowest searches, so that a regression can be traced to a kind of query.
        for (ms, query) in slowest {
            let filters = [query.fromYear.map { "from \($0)" }, query.toYear.map { "to \($0)" }, query.decisionKind.map { "decision \($0.rawValue)" },
                           query.documentKind.map { "kind \($0.rawValue)" }, query.page > 1 ? "page \(query.page)" : nil].compactMap { $0 }
            context.console.output(String(format: "  slowest: %.2f ms  \"%@\" %@", ms, query.text, filters.joined(separator: ", ")).consoleText())
        }
    }
}
