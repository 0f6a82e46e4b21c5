/// The protokoll's states and what moves it between them: one place for the rules that the
/// controllers apply. A draft is edited (attendance, §§, decisions, signers) and sent for
/// justering; signers sign or send it back; the last signature makes it justerat and it is
/// never edited again; it is posted once; a rättelse is recorded after justering.
public enum ProtocolLifecycle {
    public enum Event: Sendable, Equatable {
        case edit
        case sendForAdjustment
        /// A signature; `completes` when it was the last one needed (`Justering.answer`).
        case sign(completes: Bool)
        case decline
        case post
        case correct
    }

    public enum Conflict: Error, Equatable, Sendable {
        /// Only a draft is edited or sent; the protokoll is in this state.
        case notDraft(ProtocolState)
        /// Signing and sending back happen while it is out for justering.
        case notOutForAdjustment(ProtocolState)
        /// Posting and rättelser need a justerat protokoll.
        case notAdjusted(ProtocolState)
        case alreadyPosted
    }

    /// The stored state after the event (posted and laga kraft are derived from the posting's
    /// dates, `ProtocolState.derive`), or the conflict.
    public static func apply(_ event: Event, to state: ProtocolState, posted: Bool) -> Result<ProtocolState, Conflict> {
        switch event {
        case .edit:
            return state == .draft ? .success(.draft) : .failure(.notDraft(state))
        case .sendForAdjustment:
            return state == .draft ? .success(.forAdjustment) : .failure(.notDraft(state))
        case .sign(let completes):
            guard state == .forAdjustment else { return .failure(.notOutForAdjustment(state)) }
            return .success(completes ? .adjusted : .forAdjustment)
        case .decline:
            return state == .forAdjustment ? .success(.draft) : .failure(.notOutForAdjustment(state))
        case .post:
            guard state >= .adjusted else { return .failure(.notAdjusted(state)) }
            return posted ? .failure(.alreadyPosted) : .success(state)
        case .correct:
            return state >= .adjusted ? .success(state) : .failure(.notAdjusted(state))
        }
    }
}
