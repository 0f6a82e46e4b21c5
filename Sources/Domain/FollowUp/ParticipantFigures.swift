import Foundation

/// A recorded participation: the episode and the insats it belongs to.
public struct RecordedEpisode: Sendable {
    public let interventionID: UUID
    public let episode: ParticipantEpisodeDraft

    public init(interventionID: UUID, episode: ParticipantEpisodeDraft) {
        self.interventionID = interventionID
        self.episode = episode
    }
}

/// What a figure counts over. A figure of one basis cannot be put in a table of the other, so a
/// yearly table can never hold a cumulative figure (DOMAIN.md §6: a "yearly" total that held
/// three years of one project).
public protocol FigureBasis: Sendable {
    static var isCumulative: Bool { get }
}

/// Within one period (a year, a tertial or a month).
public enum InPeriod: FigureBasis {
    public static let isCumulative = false
}

/// Since the first participant, up to a day.
public enum SinceStart: FigureBasis {
    public static let isCumulative = true
}

/// A number of persons, counted on one basis.
public struct Count<Basis: FigureBasis>: Equatable, Sendable {
    public let value: Int

    public init(_ value: Int) {
        self.value = value
    }
}

public struct BySex<Basis: FigureBasis>: Equatable, Sendable {
    public var women = Count<Basis>(0)
    public var men = Count<Basis>(0)
    public var other = Count<Basis>(0)

    public init(women: Count<Basis> = Count(0), men: Count<Basis> = Count(0), other: Count<Basis> = Count(0)) {
        self.women = women
        self.men = men
        self.other = other
    }

    public var total: Count<Basis> { Count(women.value + men.value + other.value) }

    mutating func add(_ sex: ParticipantSex) {
        switch sex {
        case .woman: women = Count(women.value + 1)
        case .man: men = Count(men.value + 1)
        case .otherOrUnknown: other = Count(other.value + 1)
        }
    }
}

/// Endings by outcome; the groups and the total are sums of the detailed outcomes (and of the
/// endings reported by group only, from counts), so they cannot disagree with them.
public struct ByOutcome<Basis: FigureBasis>: Equatable, Sendable {
    public private(set) var detail: [EpisodeOutcome: Int] = [:]
    /// Endings reported as counts per group, without the detailed outcome.
    public private(set) var byGroupOnly: [OutcomeGroup: Int] = [:]

    public init() {}

    init(work: Int, studies: Int, otherPositive: Int, dropOut: Int) {
        byGroupOnly = [.work: work, .studies: studies, .otherPositive: otherPositive, .dropOut: dropOut].filter { $0.value > 0 }
    }

    public func count(_ outcome: EpisodeOutcome) -> Count<Basis> { Count(detail[outcome] ?? 0) }

    public func group(_ group: OutcomeGroup) -> Count<Basis> {
        Count(detail.filter { $0.key.group == group }.values.reduce(0, +) + (byGroupOnly[group] ?? 0))
    }

    public var total: Count<Basis> { Count(detail.values.reduce(0, +) + byGroupOnly.values.reduce(0, +)) }

    mutating func add(_ outcome: EpisodeOutcome) { detail[outcome, default: 0] += 1 }

    mutating func add(_ other: ByOutcome) {
        detail.merge(other.detail, uniquingKeysWith: +)
        byGroupOnly.merge(other.byGroupOnly, uniquingKeysWith: +)
    }
}

/// Participants in a period, each person once (by participant key) however many episodes they
/// had in the insatser counted.
public struct PeriodFigures: Equatable, Sendable {
    public let period: ReportingPeriod
    /// Taking part at some time in the period.
    public internal(set) var during = BySex<InPeriod>()
    /// Already taking part when the period began.
    public internal(set) var carriedIn = Count<InPeriod>(0)
    /// Began in the period without already taking part.
    public internal(set) var new = Count<InPeriod>(0)
    /// Ended in the period and not taking part at its end, by the outcome of the last ending.
    public internal(set) var ended = ByOutcome<InPeriod>()
    /// Still taking part at the end of the period ("kvar i verksamheten").
    public internal(set) var remaining = Count<InPeriod>(0)
    /// Taking part in more than one of the insatser counted during the period.
    public internal(set) var inMoreThanOne = Count<InPeriod>(0)
}

extension PeriodFigures {
    /// These figures and another group's that cannot be told apart by person (reported as
    /// counts), added: every identity of each holds for the sum.
    public func adding(_ other: PeriodFigures) -> PeriodFigures {
        var sum = self
        sum.during = BySex(women: Count(during.women.value + other.during.women.value), men: Count(during.men.value + other.during.men.value),
                           other: Count(during.other.value + other.during.other.value))
        sum.carriedIn = Count(carriedIn.value + other.carriedIn.value)
        sum.new = Count(new.value + other.new.value)
        sum.ended.add(other.ended)
        sum.remaining = Count(remaining.value + other.remaining.value)
        return sum
    }
}

/// Participants since the first one, up to a day.
public struct CumulativeFigures: Equatable, Sendable {
    public let until: CivilDate
    public internal(set) var participants = BySex<SinceStart>()
    public internal(set) var ended = ByOutcome<SinceStart>()
    public internal(set) var remaining = Count<SinceStart>(0)
    public internal(set) var inMoreThanOne = Count<SinceStart>(0)
}

public enum ParticipantFigures {
    /// The figures of a period over the given episodes (one insats, a platform, a kommun or the
    /// whole association: the caller chooses the episodes).
    public static func period(_ period: ReportingPeriod, of episodes: [RecordedEpisode]) -> PeriodFigures {
        var figures = PeriodFigures(period: period)
        for (_, own) in persons(episodes) {
            let active = own.filter { $0.isActive(from: period.from, to: period.to) }
            guard let latest = active.max(by: Self.earlier) else { continue }
            figures.during.add(latest.episode.sex)
            let carried = active.contains { $0.episode.startsOn! < period.from }
            if carried { figures.carriedIn = Count(figures.carriedIn.value + 1) } else { figures.new = Count(figures.new.value + 1) }
            if active.contains(where: { $0.isOngoing(after: period.to) }) {
                figures.remaining = Count(figures.remaining.value + 1)
            } else if let last = active.max(by: Self.endedEarlier), let outcome = last.episode.outcome {
                figures.ended.add(outcome)
            }
            if Set(active.map(\.interventionID)).count > 1 { figures.inMoreThanOne = Count(figures.inMoreThanOne.value + 1) }
        }
        return figures
    }

    /// Everyone who has started up to `until`, each person once.
    public static func cumulative(until: CivilDate, of episodes: [RecordedEpisode]) -> CumulativeFigures {
        var figures = CumulativeFigures(until: until)
        for (_, own) in persons(episodes) {
            let started = own.filter { $0.episode.startsOn! <= until }
            guard let latest = started.max(by: Self.earlier) else { continue }
            figures.participants.add(latest.episode.sex)
            if started.contains(where: { $0.isOngoing(after: until) }) {
                figures.remaining = Count(figures.remaining.value + 1)
            } else if let last = started.max(by: Self.endedEarlier), let outcome = last.episode.outcome {
                figures.ended.add(outcome)
            }
            if Set(started.map(\.interventionID)).count > 1 { figures.inMoreThanOne = Count(figures.inMoreThanOne.value + 1) }
        }
        return figures
    }

    /// Started episodes grouped by participant key; one never started (referred, or "nej" in the
    /// beredning) makes nobody a participant.
    private static func persons(_ episodes: [RecordedEpisode]) -> [String: [RecordedEpisode]] {
        Dictionary(grouping: episodes.filter { $0.episode.startsOn != nil }, by: \.episode.key)
    }

    private static func earlier(_ a: RecordedEpisode, _ b: RecordedEpisode) -> Bool {
        a.episode.startsOn! < b.episode.startsOn!
    }

    private static func endedEarlier(_ a: RecordedEpisode, _ b: RecordedEpisode) -> Bool {
        (a.episode.endsOn!, a.episode.startsOn!) < (b.episode.endsOn!, b.episode.startsOn!)
    }
}

extension RecordedEpisode {
    /// Started by `to` and not ended before `from`.
    func isActive(from: CivilDate, to: CivilDate) -> Bool {
        guard let start = episode.startsOn, start <= to else { return false }
        return episode.endsOn.map { $0 >= from } ?? true
    }

    /// Still taking part the day after `day`.
    func isOngoing(after day: CivilDate) -> Bool {
        episode.endsOn.map { $0 > day } ?? true
    }
}
