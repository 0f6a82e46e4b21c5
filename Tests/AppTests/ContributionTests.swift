import Fluent
import Persistence
import Testing
import Vapor
@testable import App

@Suite struct ContributionTests {
    @Test(arguments: TestDatabase.all)
    func tableAndCSVAddUpToTheTotal(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("ledamot")
            let page = try await client.get("/f/bjorkadalen/medlemsbidrag?ar=2026&total=12000001")
            #expect(page.status == .ok)
            #expect(page.body.contains("6\u{00A0}000\u{00A0}001 kr") || page.body.contains("6\u{00A0}000\u{00A0}000 kr"))
            #expect(page.body.contains("<caption>Medlemsbidrag 2026: 12\u{00A0}000\u{00A0}001 kr</caption>"))

            let csv = try await client.get("/f/bjorkadalen/medlemsbidrag.csv?ar=2026&total=12000001")
            #expect(csv.headers.first(name: .contentType) == "text/csv; charset=utf-8")
            let lines = csv.body.split(separator: "\r\n").map(String.init)
            #expect(lines.count == 9)
            let amounts = lines.dropFirst().dropLast().compactMap { Int64($0.split(separator: ";", omittingEmptySubsequences: false).last!) }
            #expect(amounts.reduce(0, +) == 12_000_001)
            #expect(lines.last == "Summa;;;;;100,00;12000001")
            #expect(lines.contains { $0.hasPrefix("Umeå kommun;Kommun;212000-2742;80310;86,64;") })
        }
    }

    @Test(arguments: TestDatabase.all)
    func missingPopulationNamesTheMunicipality(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let page = try await client.get("/f/bjorkadalen/medlemsbidrag?ar=2027&total=1000000")
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("Befolkningssiffra för 2027 saknas för"))
            #expect(page.body.contains("Vännäs kommun"))
            let csv = try await client.get("/f/bjorkadalen/medlemsbidrag.csv?ar=2027&total=1000000")
            #expect(csv.status == .unprocessableEntity)
        }
    }
}
