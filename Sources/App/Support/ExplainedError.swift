import Domain
import Vapor
import Views

/// An error whose Swedish explanation the error page shows as it is (and the API as its reason):
/// a state conflict, refused input. Unexpected errors never reach the user's screen.
protocol ExplainedError: AbortError {
    var title: String { get }
    var explanation: String { get }
}

extension ExplainedError {
    var reason: String { explanation }
}

/// The record's state does not allow the action ("the protokoll is already justerat"): HTTP 409,
/// never 403, since nothing is wrong with the user's permissions.
struct StateConflict: ExplainedError {
    let explanation: String
    var status: HTTPResponseStatus { .conflict }
    var title: String { Sv.ErrorPage.conflictTitle }

    init(_ explanation: String) {
        self.explanation = explanation
    }
}

/// A form with a NUL byte or bytes that are not UTF-8: refused before any handler reads it.
struct FormInputRejected: ExplainedError {
    let finding: FormInput.Finding
    var status: HTTPResponseStatus { .badRequest }
    var title: String { Sv.ErrorPage.badInputTitle }
    var explanation: String { Sv.ErrorPage.badInput(field: finding.field, problem: finding.problem) }

    init(_ finding: FormInput.Finding) {
        self.finding = finding
    }
}
