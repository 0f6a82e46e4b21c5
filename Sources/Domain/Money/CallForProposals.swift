import Foundation

/// An utlysning: the association invites applications for money under criteria, with the amount
/// available and the dates of the round — the last day to apply, the beredningsgrupp's review,
/// the board's decision and the latest start of what is granted. Published, it is open until the
/// last day to apply; an application after that is refused with the deadline named.
public struct CallForProposalsDraft: Equatable, Sendable {
    public var title: String
    public var text: String
    /// One criterion per line (e.g. "Minst två samverkande parter").
    public var criteria: [String]
    /// Whole kronor.
    public var amount: Int64
    public var applicationDeadline: CivilDate
    public var reviewOn: CivilDate?
    public var decisionOn: CivilDate?
    public var latestStart: CivilDate?

    public init(title: String, text: String, criteria: [String], amount: Int64, applicationDeadline: CivilDate, reviewOn: CivilDate?,
                decisionOn: CivilDate?, latestStart: CivilDate?) {
        self.title = title
        self.text = text
        self.criteria = criteria
        self.amount = amount
        self.applicationDeadline = applicationDeadline
        self.reviewOn = reviewOn
        self.decisionOn = decisionOn
        self.latestStart = latestStart
    }

    /// Fields `title`, `text`, `criteria` (lines), `amount`, `applicationDeadline` and the optional
    /// `reviewOn`, `decisionOn`, `latestStart`, each later than the one before.
    public static func parse(_ input: [String: String]) -> Result<CallForProposalsDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let title = v.text("title", maxLength: 300)
        let text = v.text("text", maxLength: 20_000)
        let criteria = (v.text("criteria", required: false, maxLength: 4_000) ?? "")
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let amount = v.integer("amount", in: 1...10_000_000_000)
        let deadline = v.date("applicationDeadline")
        let review = v.date("reviewOn", required: false)
        let decision = v.date("decisionOn", required: false)
        let start = v.date("latestStart", required: false)
        var previous = deadline
        for (date, field) in [(review, "reviewOn"), (decision, "decisionOn"), (start, "latestStart")] {
            guard let date else { continue }
            v.ordered(previous, date, endField: field)
            previous = date
        }
        return v.result {
            guard let title, let text, let amount, let deadline else { return nil }
            return CallForProposalsDraft(title: title, text: text, criteria: criteria, amount: amount, applicationDeadline: deadline,
                                         reviewOn: review, decisionOn: decision, latestStart: start)
        }
    }
}

/// Whether a call takes applications on a day: published, and not past its last day.
public enum CallWindow {
    public enum Refusal: Equatable, Sendable {
        case notPublished
        case deadlinePassed(CivilDate)
    }

    public static func refusal(publishedOn: CivilDate?, deadline: CivilDate, on day: CivilDate) -> Refusal? {
        guard let publishedOn, publishedOn <= day else { return .notPublished }
        return day > deadline ? .deadlinePassed(deadline) : nil
    }

    public static func isOpen(publishedOn: CivilDate?, deadline: CivilDate, on day: CivilDate) -> Bool {
        refusal(publishedOn: publishedOn, deadline: deadline, on: day) == nil
    }
}
