import Foundation

/// Referrals received in a period, by who referred; socialtjänst and other municipal services
/// one row per kommun. Every referral is in exactly one row, and the total is the sum of the
/// rows, so the table adds up (DOMAIN.md §6: referral tables whose rows did not).
public struct ReferralTable: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public let source: ReferralSource
        public let municipalityID: UUID?
        public internal(set) var accepted = Count<InPeriod>(0)
        public internal(set) var declined = Count<InPeriod>(0)

        public var referred: Count<InPeriod> { Count(accepted.value + declined.value) }
    }

    public let period: ReportingPeriod
    public private(set) var rows: [Row] = []

    public var accepted: Count<InPeriod> { Count(rows.map(\.accepted.value).reduce(0, +)) }
    public var declined: Count<InPeriod> { Count(rows.map(\.declined.value).reduce(0, +)) }
    public var referred: Count<InPeriod> { Count(accepted.value + declined.value) }

    /// Counts referrals, not persons: a person referred to two insatser was referred twice.
    public init(period: ReportingPeriod, episodes: [RecordedEpisode], municipalityOrder: [UUID] = []) {
        self.period = period
        var rows: [Row] = []
        for recorded in episodes where period.contains(recorded.episode.referredOn) {
            let episode = recorded.episode
            let municipality = episode.referral.needsMunicipality ? episode.municipalityID : nil
            let index: Int
            if let found = rows.firstIndex(where: { $0.source == episode.referral && $0.municipalityID == municipality }) {
                index = found
            } else {
                rows.append(Row(source: episode.referral, municipalityID: municipality))
                index = rows.count - 1
            }
            if episode.accepted { rows[index].accepted = Count(rows[index].accepted.value + 1) } else {
                rows[index].declined = Count(rows[index].declined.value + 1)
            }
        }
        let sources = ReferralSource.allCases
        self.rows = rows.sorted { a, b in
            if a.source != b.source { return sources.firstIndex(of: a.source)! < sources.firstIndex(of: b.source)! }
            let position = { (id: UUID?) in id.flatMap { municipalityOrder.firstIndex(of: $0) } ?? Int.max }
            return (position(a.municipalityID), a.municipalityID?.uuidString ?? "") < (position(b.municipalityID), b.municipalityID?.uuidString ?? "")
        }
    }
}
