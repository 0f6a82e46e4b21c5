/// What kind of authority a member (medlem) is. FINSAM fixes the kinds: the two state agencies,
/// one region and one or more municipalities.
public enum MemberKind: String, CaseIterable, Sendable, Codable {
    case forsakringskassan
    case arbetsformedlingen
    case region
    case municipality

    /// The order members are listed in papers: the state, the region, then the municipalities.
    public var listingOrder: Int {
        switch self {
        case .forsakringskassan: 0
        case .arbetsformedlingen: 1
        case .region: 2
        case .municipality: 3
        }
    }
}
