import Foundation

/// Member contributions for a year (5 § FINSAM): the state pays half (through Försäkringskassan),
/// the region a quarter, and the municipalities a quarter shared by working-age population.
/// Amounts are whole kronor and add up exactly to the total: every exact share is rounded down,
/// and the kronor left over go one each to the largest remainders.
public struct ContributionSplit: Equatable, Sendable {
    public struct Participant: Equatable, Sendable {
        public var id: UUID
        public var name: String
        public var kind: MemberKind
        /// Working-age population in the year; needed for municipalities only.
        public var population: Int64?

        public init(id: UUID, name: String, kind: MemberKind, population: Int64?) {
            self.id = id
            self.name = name
            self.kind = kind
            self.population = population
        }
    }

    public struct Line: Equatable, Sendable {
        public var participant: Participant
        public var kronor: Int64
        /// Share of the municipalities' quarter, for municipalities.
        public var shareOfMunicipalPart: Double?
        public var shareOfTotal: Double
    }

    public enum Problem: Error, Equatable, Sendable {
        case totalNotPositive
        case noForsakringskassan
        case noRegion
        case severalRegions
        case noMunicipality
        case missingPopulation(municipalities: [String])
    }

    public let year: Int
    public let totalKronor: Int64
    public let lines: [Line]

    public static func compute(year: Int, totalKronor: Int64, participants: [Participant]) -> Result<ContributionSplit, Problem> {
        guard totalKronor > 0 else { return .failure(.totalNotPositive) }
        let state = participants.filter { $0.kind == .forsakringskassan }
        let regions = participants.filter { $0.kind == .region }
        let municipalities = participants.filter { $0.kind == .municipality }
        guard let payer = state.first else { return .failure(.noForsakringskassan) }
        guard regions.count <= 1 else { return .failure(.severalRegions) }
        guard let region = regions.first else { return .failure(.noRegion) }
        guard !municipalities.isEmpty else { return .failure(.noMunicipality) }
        let missing = municipalities.filter { ($0.population ?? 0) <= 0 }.map(\.name)
        guard missing.isEmpty else { return .failure(.missingPopulation(municipalities: missing)) }

        // Weights over one common denominator, 4 × Σ population: the state 2/4, the region 1/4,
        // each municipality its population's part of the last quarter.
        let population = Int128(municipalities.reduce(Int64(0)) { $0 + ($1.population ?? 0) })
        let total = Int128(totalKronor)
        var weighted: [(Participant, Int128)] = [(payer, 2 * population), (region, population)]
        weighted += municipalities.map { ($0, Int128($0.population ?? 0)) }
        let floors = LargestRemainder.apportion(total, weights: weighted.map(\.1))

        var lines: [Line] = weighted.indices.map { i in
            let kronor = Int64(floors[i])
            let municipalShare = weighted[i].0.kind == .municipality ? Double(weighted[i].1) / Double(population) : nil
            return Line(participant: weighted[i].0, kronor: kronor, shareOfMunicipalPart: municipalShare,
                        shareOfTotal: Double(kronor) / Double(totalKronor))
        }
        // Arbetsförmedlingen's part of the state half is paid by Försäkringskassan; shown as zero.
        let others = participants.filter { $0.kind == .arbetsformedlingen } + state.dropFirst()
        lines += others.map { Line(participant: $0, kronor: 0, shareOfMunicipalPart: nil, shareOfTotal: 0) }
        lines.sort { ($0.participant.kind.listingOrder, $0.participant.name) < ($1.participant.kind.listingOrder, $1.participant.name) }
        return .success(ContributionSplit(year: year, totalKronor: totalKronor, lines: lines))
    }
}
