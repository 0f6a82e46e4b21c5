/// A one-button form for an action that changes state (move, remove, publish): a POST with the
/// CSRF token, so that it works without JavaScript and cannot be triggered by a link.
/// `label` is what a screen reader hears when the visible text is short ("Upp" for "Flytta upp punkt 3").
public func postButton(_ action: String, _ text: String, csrf: String?, hidden: [(String, String)] = [],
                       label: String? = nil, secondary: Bool = true) -> Node {
    tag("form", [.method("post"), .action(action), .class("inline")]) {
        CSRF.field(csrf)
        for (name, value) in hidden { input(.type("hidden"), .name(name), .value(value)) }
        button([.type("submit"), .class(secondary ? "link-button" : "button")] + (label.map { [.aria("label", $0)] } ?? [])) { text }
    }
}

private func button(_ attributes: [Attribute], @NodeBuilder content: () -> [Node]) -> Node {
    tag("button", attributes, content)
}
