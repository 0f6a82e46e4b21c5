/// A rättelse as the kansli enters it: which § it concerns (or none, for the header), what is
/// corrected and why. The protokoll it corrects stays as it was signed.
public struct CorrectionDraft: Equatable, Sendable {
    public var paragraphNumber: Int?
    public var what: String
    public var why: String

    public init(paragraphNumber: Int?, what: String, why: String) {
        self.paragraphNumber = paragraphNumber
        self.what = what
        self.why = why
    }

    /// The § number, when given, must be one of the protokoll's own §§.
    public static func parse(_ input: [String: String], paragraphNumbers: Set<Int>) -> Result<CorrectionDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let number = v.integer("paragraphNumber", in: 1...100_000, required: false)
        if let number, !paragraphNumbers.contains(Int(number)) { v.add("paragraphNumber", .notAParagraph) }
        let what = v.text("what", maxLength: 4000)
        let why = v.text("why", maxLength: 4000)
        return v.result {
            guard let what, let why else { return nil }
            return CorrectionDraft(paragraphNumber: number.map(Int.init), what: what, why: why)
        }
    }
}
