/// One signer's answer in a round of justering (or of omedelbar justering of one §), decided from
/// the signatures already given for exactly this content. The caller applies the outcome in the
/// same transaction that read those signatures, with the protokoll locked, so that two signers
/// answering at the same moment cannot both see "not complete" (issue 13).
public enum Justering {
    public enum Outcome: Equatable, Sendable {
        /// This person has already signed this content: nothing is recorded.
        case alreadySigned
        /// Recorded; others have yet to sign.
        case signed
        /// Recorded, and it was the last signature: the content is justerat.
        case completed
        /// Sent back with comments: the protokoll returns to draft.
        case declined
    }

    /// - Parameters:
    ///   - signers: everyone who is to sign.
    ///   - signedBefore: who has already signed this exact content.
    public static func answer<Person: Hashable>(by person: Person, declining: Bool, signers: Set<Person>,
                                                signedBefore: Set<Person>) -> Outcome {
        if signedBefore.contains(person) { return .alreadySigned }
        if declining { return .declined }
        return signers.isSubset(of: signedBefore.union([person])) ? .completed : .signed
    }
}
