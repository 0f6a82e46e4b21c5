import Domain

/// The values a form shows (as typed, so nothing is lost when it is sent back with errors), the
/// problems found, and the CSRF token every state-changing form carries.
public struct FormState: Sendable {
    public var values: [String: String]
    public var issues: [FieldIssue]
    public var csrfToken: String?

    public init(values: [String: String] = [:], issues: [FieldIssue] = [], csrfToken: String?) {
        self.values = values
        self.issues = issues
        self.csrfToken = csrfToken
    }

    public var hasErrors: Bool { !issues.isEmpty }

    func value(_ name: String) -> String { values[name] ?? "" }

    func issue(_ name: String) -> FieldIssue? { issues.first { $0.field == name } }

    func isChecked(_ name: String) -> Bool {
        ["on", "true", "1", "ja"].contains(values[name]?.lowercased() ?? "")
    }
}

/// One input of a form, described once; the form renders its label, hint, error and control
/// from it, and the error summary takes its label from the same place.
public struct FieldSpec: Sendable {
    public enum Control: Sendable {
        case text(type: String = "text", autocomplete: String? = nil, inputMode: String? = nil)
        case date
        case select([(value: String, label: String)], includeEmpty: Bool)
        case checkbox
        case textarea
        case password(autocomplete: String)
        /// A file upload; the form must then be sent as multipart/form-data.
        /// `multiple` lets the user choose several files, sent as `name[]`.
        case file(accept: String, multiple: Bool = false)
    }

    public var name: String
    public var label: String
    public var control: Control
    public var hint: String?
    public var isOptional: Bool

    public init(_ name: String, _ label: String, _ control: Control = .text(), hint: String? = nil, optional: Bool = false) {
        self.name = name
        self.label = label
        self.control = control
        self.hint = hint
        self.isOptional = optional
    }

    var inputID: String { "f-" + name }
}

public enum FormItem: Sendable {
    case field(FieldSpec)
    /// A fieldset; `name` lets a problem with the group as a whole ("choose at least one") point at it.
    case group(legend: String, hint: String?, [FieldSpec], name: String? = nil)
}
