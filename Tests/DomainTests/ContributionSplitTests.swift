import Foundation
import Testing
@testable import Domain

@Suite struct ContributionSplitTests {
    func participant(_ name: String, _ kind: MemberKind, _ population: Int64? = nil) -> ContributionSplit.Participant {
        .init(id: UUID(), name: name, kind: kind, population: population)
    }

    var corpusMembers: [ContributionSplit.Participant] {
        [participant("Försäkringskassan", .forsakringskassan), participant("Arbetsförmedlingen", .arbetsformedlingen),
         participant("Region Västerbotten", .region), participant("Umeå kommun", .municipality, 83_420),
         participant("Vännäs kommun", .municipality, 5_310), participant("Nordmaling kommun", .municipality, 4_150),
         participant("Robertsfors kommun", .municipality, 4_040), participant("Vindeln kommun", .municipality, 3_080)]
    }

    @Test func halfQuarterQuarterAndPartsSumToTotal() throws {
        let split = try ContributionSplit.compute(year: 2018, totalKronor: 12_000_000, participants: corpusMembers).get()
        let byName = Dictionary(uniqueKeysWithValues: split.lines.map { ($0.participant.name, $0.kronor) })
        #expect(byName["Försäkringskassan"] == 6_000_000)
        #expect(byName["Arbetsförmedlingen"] == 0)
        #expect(byName["Region Västerbotten"] == 3_000_000)
        #expect(byName["Umeå kommun"] == 2_502_600)
        #expect(split.lines.reduce(0) { $0 + $1.kronor } == 12_000_000)
        let umea = try #require(split.lines.first { $0.participant.name == "Umeå kommun" })
        #expect(abs((umea.shareOfMunicipalPart ?? 0) - 0.8342) < 0.00001)
    }

    @Test func roundingMovesAKronaToTheLargestRemainders() throws {
        // 1 000 001 kr: exact parts 500 000.5, 250 000.25 and three of 83 333.4166…
        let members = [participant("FK", .forsakringskassan), participant("Region", .region),
                       participant("A", .municipality, 1), participant("B", .municipality, 1),
                       participant("C", .municipality, 1)]
        let split = try ContributionSplit.compute(year: 2025, totalKronor: 1_000_001, participants: members).get()
        #expect(split.lines.map(\.kronor) == [500_001, 250_000, 83_334, 83_333, 83_333])
        #expect(split.lines.reduce(0) { $0 + $1.kronor } == 1_000_001)
    }

    @Test func missingPopulationNamesTheMunicipality() {
        var members = corpusMembers
        members[4].population = nil
        #expect(ContributionSplit.compute(year: 2018, totalKronor: 100, participants: members)
                == .failure(.missingPopulation(municipalities: ["Vännäs kommun"])))
    }

    @Test func refusesImpossibleSetups() {
        #expect(ContributionSplit.compute(year: 2018, totalKronor: 0, participants: corpusMembers) == .failure(.totalNotPositive))
        let noRegion = corpusMembers.filter { $0.kind != .region }
        #expect(ContributionSplit.compute(year: 2018, totalKronor: 100, participants: noRegion) == .failure(.noRegion))
        let noState = corpusMembers.filter { $0.kind != .forsakringskassan }
        #expect(ContributionSplit.compute(year: 2018, totalKronor: 100, participants: noState) == .failure(.noForsakringskassan))
    }

    @Test func sumsExactlyForManyTotals() throws {
        for total in Int64(1)...Int64(500) {
            let split = try ContributionSplit.compute(year: 2020, totalKronor: total * 7_919, participants: corpusMembers).get()
            #expect(split.lines.reduce(0) { $0 + $1.kronor } == total * 7_919)
        }
    }
}
