import Foundation

/// The votes of a votering as the form sends them: one field `vote_<person id>` per beslutande
/// with yes, no or abstain. No votes at all means the decision was taken by acclamation.
public enum VoteSheet {
    public static func parse(_ input: [String: String], voters: Set<UUID>) -> Result<[UUID: VoteChoice]?, ValidationFailure> {
        var issues: [FieldIssue] = []
        var votes: [UUID: VoteChoice] = [:]
        for (field, raw) in input where field.hasPrefix("vote_") {
            let value = raw.trimmingWhitespace()
            guard !value.isEmpty else { continue }
            guard let person = UUID(uuidString: String(field.dropFirst(5))), voters.contains(person) else {
                issues.append(FieldIssue("votes", .notAVoter))
                continue
            }
            guard let choice = VoteChoice(rawValue: value) else {
                issues.append(FieldIssue(field, .notAChoice))
                continue
            }
            votes[person] = choice
        }
        if !votes.isEmpty {
            for voter in voters.sorted(by: { $0.uuidString < $1.uuidString }) where votes[voter] == nil {
                issues.append(FieldIssue("vote_" + voter.uuidString, .required))
            }
        }
        guard issues.isEmpty else { return .failure(ValidationFailure(issues)) }
        return .success(votes.isEmpty ? nil : votes)
    }
}
