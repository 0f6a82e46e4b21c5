/// The association's rules from its förbundsordning that Samordna acts on. Where the law leaves a
/// choice to the association, the default is the common rule the corpus follows (DOMAIN.md).
public struct AssociationRules: Equatable, Sendable {
    public var quorum: QuorumRule
    /// Matters decided only by a qualified majority of those present; empty means simple majority for all.
    public var qualifiedMajorityMatters: Set<MatterKind>
    public var qualifiedMajority: Fraction
    /// Days after the meeting within which the protokoll is to be justerat.
    public var adjustmentDeadlineDays: Int
    /// Days after justering within which the notice is to be posted.
    public var postingDeadlineDays: Int
    /// Days the notice stays up, during which decisions can be appealed.
    public var appealPeriodDays: Int
    /// Needs a general board decision under 19 a § FINSAM; off until the association records one.
    public var remoteParticipationAllowed: Bool
    /// The day that decision applies from; nil for rules recorded before the date was asked for.
    public var remoteParticipationFrom: CivilDate?
    /// Whether notices also go up on the association's own digital anslagstavla (besides the
    /// members marked as posting them).
    public var postsOnOwnNoticeBoard: Bool
    public var boardTermStarts: MonthDay
    public var planAndBudgetDeadline: MonthDay

    public init(
        quorum: QuorumRule = .moreThanHalf,
        qualifiedMajorityMatters: Set<MatterKind> = [],
        qualifiedMajority: Fraction = .twoThirds,
        adjustmentDeadlineDays: Int = 14,
        postingDeadlineDays: Int = 2,
        appealPeriodDays: Int = 21,
        remoteParticipationAllowed: Bool = false,
        remoteParticipationFrom: CivilDate? = nil,
        postsOnOwnNoticeBoard: Bool = true,
        boardTermStarts: MonthDay = MonthDay(month: 1, day: 1)!,
        planAndBudgetDeadline: MonthDay = MonthDay(month: 11, day: 30)!
    ) {
        self.quorum = quorum
        self.qualifiedMajorityMatters = qualifiedMajorityMatters
        self.qualifiedMajority = qualifiedMajority
        self.adjustmentDeadlineDays = adjustmentDeadlineDays
        self.postingDeadlineDays = postingDeadlineDays
        self.appealPeriodDays = appealPeriodDays
        self.remoteParticipationAllowed = remoteParticipationAllowed
        self.remoteParticipationFrom = remoteParticipationFrom
        self.postsOnOwnNoticeBoard = postsOnOwnNoticeBoard
        self.boardTermStarts = boardTermStarts
        self.planAndBudgetDeadline = planAndBudgetDeadline
    }

    public static let defaults = AssociationRules()

    /// Whether members may take part remotely in a meeting on `date`: only from the board's
    /// decision on, never for meetings held before it.
    public func allowsRemoteParticipation(on date: CivilDate) -> Bool {
        remoteParticipationAllowed && remoteParticipationFrom.map { date >= $0 } ?? remoteParticipationAllowed
    }

    /// Stored as a comma-separated list of raw values, in a fixed order.
    public static func encode(_ matters: Set<MatterKind>) -> String {
        MatterKind.allCases.filter(matters.contains).map(\.rawValue).joined(separator: ",")
    }

    public static func decode(_ text: String) -> Set<MatterKind> {
        Set(text.split(separator: ",").compactMap { MatterKind(rawValue: String($0)) })
    }
}
