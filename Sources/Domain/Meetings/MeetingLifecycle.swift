/// Where a sammanträde is in its life: planerad → kallad → hållen → justerad → anslagen → laga
/// kraft, or inställd. It follows from the facts recorded (a published kallelse, the protokoll's
/// state, a cancellation), so it cannot drift from them.
public enum MeetingPhase: String, CaseIterable, Sendable, Codable {
    case planned
    /// The kallelse has been published.
    case called
    /// The protokoll has been started: the meeting took place.
    case held
    case adjusted
    case posted
    case final
    case cancelled
}

/// What may still be done with a meeting itself (its protokoll has its own rules,
/// `ProtocolLifecycle`). A held meeting is part of the record: its date, place and agenda are
/// the ones the protokoll states, so it is no longer moved, cancelled or given new items.
public enum MeetingLifecycle {
    public static func phase(cancelled: Bool, noticePublished: Bool, protocolState: ProtocolState?) -> MeetingPhase {
        if cancelled { return .cancelled }
        switch protocolState {
        case nil: return noticePublished ? .called : .planned
        case .draft?, .forAdjustment?: return .held
        case .adjusted?: return .adjusted
        case .posted?: return .posted
        case .final?: return .final
        }
    }

    public enum Change: Sendable, Equatable {
        /// New date, time, place or theme.
        case move
        case cancel
        /// Items added, edited, moved or removed, or made from the standing items.
        case changeAgenda
        /// Bilagor uploaded, replaced, linked to items or published.
        case changeAttachments
        case inviteGuests
        case publishNotice
        case startProtocol
    }

    public enum Conflict: Equatable, Sendable {
        case cancelled
        /// The protokoll is started; the phase says how far it has come.
        case held(MeetingPhase)
    }

    /// Nil when the change is allowed in this phase.
    public static func conflict(_ change: Change, in phase: MeetingPhase) -> Conflict? {
        switch phase {
        case .cancelled: return .cancelled
        case .planned, .called: return nil
        case .held, .adjusted, .posted, .final:
            // Starting it again leads to the protokoll that exists.
            return change == .startProtocol ? nil : .held(phase)
        }
    }
}
