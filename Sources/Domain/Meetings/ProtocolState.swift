/// Where a protokoll is in its life: utkast → för justering → justerat → anslaget → laga kraft.
public enum ProtocolState: String, CaseIterable, Sendable, Codable, Comparable {
    case draft
    case forAdjustment = "for_adjustment"
    case adjusted
    case posted
    case final

    /// The state follows from the facts recorded: whether the draft was sent for justering,
    /// whether every signer has signed, and the posting and appeal dates against today.
    public static func derive(sentForAdjustment: Bool, fullySigned: Bool, appeal: AppealPeriod?, today: CivilDate) -> ProtocolState {
        guard fullySigned else { return sentForAdjustment ? .forAdjustment : .draft }
        guard let appeal, appeal.postedOn <= today else { return .adjusted }
        return appeal.isFinal(on: today) ? .final : .posted
    }

    public static func < (lhs: ProtocolState, rhs: ProtocolState) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// A justerat protokoll is never edited again; corrections are rättelser.
    public var isImmutable: Bool { self >= .adjusted }
}
