import Domain

/// Renders a form: error summary with links to the fields, then each field with its label, hint
/// and error, then the submit button. Browser validation is off (`novalidate`) so that every
/// problem is reported the same way, by the server, in Swedish.
public enum FormView {
    public static func render(_ state: FormState, action: String, submit: String, cancel: String? = nil,
                              items: [FormItem]) -> Node {
        let fields = items.flatMap { item -> [FieldSpec] in
            switch item {
            case .field(let field): [field]
            case .group(let legend, _, let fields, let name): fields + (name.map { [FieldSpec($0, legend)] } ?? [])
            }
        }
        return Node.build {
            errorSummary(state, fields: fields)
            let isUpload = fields.contains { if case .file = $0.control { true } else { false } }
            tag("form", [.method("post"), .action(action), .flag("novalidate"), .class("form")]
                + (isUpload ? [Attribute("enctype", "multipart/form-data")] : [])) {
                CSRF.field(state.csrfToken)
                for item in items {
                    switch item {
                    case .field(let field):
                        render(field, state)
                    case .group(let legend, let hint, let fields, let name):
                        let issue = name.flatMap { state.issue($0) }
                        tag("fieldset", (name.map { [.id("f-" + $0), Attribute("tabindex", "-1")] } ?? [])
                            + (issue == nil ? [] : [.class("has-error")])) {
                            tag("legend", []) { legend }
                            if let hint { paragraph(.class("hint")) { hint } }
                            if let name, let issue {
                                errorText(issue, FieldSpec(name, legend), "f-\(name)-error")
                            }
                            for field in fields { render(field, state) }
                        }
                    }
                }
                div(.class("form-actions")) {
                    button(.type("submit"), .class("button")) { submit }
                    if let cancel { link(cancel, .class("cancel")) { Sv.cancel } }
                }
            }
        }
    }

    public static func errorSummary(_ state: FormState, fields: [FieldSpec]) -> Node {
        guard state.hasErrors else { return .empty }
        let labels = Dictionary(fields.map { ($0.name, $0.label) }, uniquingKeysWith: { first, _ in first })
        return div(.class("error-summary"), Attribute("role", "alert"), .aria("labelledby", "error-summary-title"),
                   Attribute("tabindex", "-1"), .flag("autofocus")) {
            h2(.id("error-summary-title")) { Sv.errorSummaryTitle }
            paragraph { Sv.errorSummaryIntro }
            ul {
                for issue in state.issues {
                    li {
                        let label = labels[issue.field] ?? issue.field
                        if labels[issue.field] != nil {
                            link("#f-" + issue.field) { Sv.problem(issue.problem, label: label) }
                        } else {
                            Sv.problem(issue.problem, label: label)
                        }
                    }
                }
            }
        }
    }

    static func render(_ field: FieldSpec, _ state: FormState) -> Node {
        let issue = state.issue(field.name)
        let hintID = field.inputID + "-hint"
        let errorID = field.inputID + "-error"
        var describedBy: [String] = []
        if field.hint != nil || isDate(field) { describedBy.append(hintID) }
        if issue != nil { describedBy.append(errorID) }
        var common: [Attribute] = [.id(field.inputID), .name(field.name)]
        if !describedBy.isEmpty { common.append(.aria("describedby", describedBy.joined(separator: " "))) }
        if issue != nil { common.append(.aria("invalid", "true")) }
        let labelText = field.label + (field.isOptional ? " " + Sv.optional : "")

        if case .checkbox = field.control {
            return div(.class(issue == nil ? "field checkbox" : "field checkbox has-error")) {
                errorText(issue, field, errorID)
                input(.type("checkbox"), .value("on"))
                    .with(common + (state.isChecked(field.name) ? [.flag("checked")] : []))
                tag("label", [.for(field.inputID)]) { labelText }
                hint(field, hintID)
            }
        }
        return div(.class(issue == nil ? "field" : "field has-error")) {
            tag("label", [.for(field.inputID)]) { labelText }
            hint(field, hintID)
            errorText(issue, field, errorID)
            control(field, state, common)
        }
    }

    static func isDate(_ field: FieldSpec) -> Bool {
        if case .date = field.control { return true }
        return false
    }

    static func hint(_ field: FieldSpec, _ id: String) -> Node {
        guard let text = field.hint ?? (isDate(field) ? Sv.dateHint : nil) else { return .empty }
        return paragraph(.class("hint"), .id(id)) { text }
    }

    static func errorText(_ issue: FieldIssue?, _ field: FieldSpec, _ id: String) -> Node {
        guard let issue else { return .empty }
        return paragraph(.class("field-error"), .id(id)) {
            span(.class("visually-hidden")) { Sv.errorPrefix + " " }
            Sv.problem(issue.problem, label: field.label)
        }
    }

    static func control(_ field: FieldSpec, _ state: FormState, _ common: [Attribute]) -> Node {
        let value = state.value(field.name)
        switch field.control {
        case .text(let type, let autocomplete, let inputMode):
            var attributes = common + [.type(type), .value(value)]
            if let autocomplete { attributes.append(.autocomplete(autocomplete)) }
            if let inputMode { attributes.append(Attribute("inputmode", inputMode)) }
            return .void("input", attributes)
        case .date:
            return .void("input", common + [.type("text"), .value(value), Attribute("inputmode", "numeric"),
                                            .class("date"), Attribute("size", "10")])
        case .password(let autocomplete):
            return .void("input", common + [.type("password"), .autocomplete(autocomplete)])
        case .textarea:
            return tag("textarea", common + [Attribute("rows", "4")]) { value }
        case .select(let options, let includeEmpty):
            return tag("select", common) {
                if includeEmpty { tag("option", [.value("")]) { Sv.choose } }
                for option in options {
                    tag("option", [.value(option.value)] + (option.value == value ? [.flag("selected")] : [])) { option.label }
                }
            }
        case .file(let accept, let multiple):
            guard multiple else { return .void("input", common + [.type("file"), Attribute("accept", accept)]) }
            return .void("input", common.filter { $0.name != "name" } + [.name(field.name + "[]"), .type("file"), Attribute("accept", accept), .flag("multiple")])
        case .checkbox:
            return .empty
        }
    }
}

extension Node {
    /// The same void element with more attributes.
    func with(_ extra: [Attribute]) -> Node {
        guard case .void(let name, let attributes) = kind else { return self }
        return .void(name, attributes + extra)
    }
}
