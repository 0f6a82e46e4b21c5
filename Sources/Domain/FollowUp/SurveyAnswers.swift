import Foundation

/// The questions of the participant survey, each answered 1–10, and whether the participant has
/// experienced discrimination. Answers are anonymous: no key ties an answer to a participation.
public enum SurveyQuestion: String, CaseIterable, Sendable, Codable {
    case qualityOfLife = "quality_of_life"
    case insatsQuality = "insats_quality"
    case influence
}

/// One participant's answers, entered by the kansli or the insatsägare from a paper or web form.
public struct SurveyAnswerDraft: Equatable, Sendable {
    public var answeredOn: CivilDate
    public var ratings: [SurveyQuestion: Int]
    public var discrimination: Bool?

    public init(answeredOn: CivilDate, ratings: [SurveyQuestion: Int], discrimination: Bool?) {
        self.answeredOn = answeredOn
        self.ratings = ratings
        self.discrimination = discrimination
    }

    /// Fields: answeredOn, one per question (1–10, each may be left out), discrimination
    /// ("ja"/"nej", may be left out); at least one answer.
    public static func parse(_ input: [String: String], today: CivilDate) -> Result<SurveyAnswerDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let answeredOn = v.date("answeredOn")
        if let answeredOn, answeredOn > today { v.add("answeredOn", .mustBeOnOrBefore(today.iso)) }
        var ratings: [SurveyQuestion: Int] = [:]
        for question in SurveyQuestion.allCases {
            if let rating = v.integer(question.rawValue, in: 1...10, required: false) { ratings[question] = Int(rating) }
        }
        let discrimination = v.choice("discrimination", as: ParticipantEpisodeDraft.Assessment.self, required: false)
        if ratings.isEmpty && discrimination == nil && v.isValid { v.add(SurveyQuestion.qualityOfLife.rawValue, .required) }
        return v.result {
            guard let answeredOn else { return nil }
            return SurveyAnswerDraft(answeredOn: answeredOn, ratings: ratings, discrimination: discrimination.map { $0 == .accepted })
        }
    }
}

/// A period's survey for one insats or more: how many answered against how many ended, and per
/// question how many answered 7–10 of those who answered it.
public struct SurveyFigures: Equatable, Sendable {
    public var responses: Int
    public var ended: Int
    public var answered: [SurveyQuestion: Int] = [:]
    public var sevenToTen: [SurveyQuestion: Int] = [:]
    public var discriminationAnswered = 0
    public var discriminationYes = 0

    public init(answers: [SurveyAnswerDraft], ended: Int) {
        responses = answers.count
        self.ended = ended
        for answer in answers {
            for (question, rating) in answer.ratings {
                answered[question, default: 0] += 1
                if rating >= 7 { sevenToTen[question, default: 0] += 1 }
            }
            if let experienced = answer.discrimination {
                discriminationAnswered += 1
                if experienced { discriminationYes += 1 }
            }
        }
    }

    /// Answers against those who ended, in per cent; nil when no one ended.
    public var responseRate: Double? { ended > 0 ? Double(responses) * 100 / Double(ended) : nil }

    /// The share answering 7–10, in per cent of those who answered the question.
    public func shareSevenToTen(_ question: SurveyQuestion) -> Double? {
        guard let count = answered[question], count > 0 else { return nil }
        return Double(sevenToTen[question] ?? 0) * 100 / Double(count)
    }
}
