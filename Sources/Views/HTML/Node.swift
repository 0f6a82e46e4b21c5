/// A piece of HTML. Text and attribute values are escaped when rendered, so user data can never
/// become markup: there is no way to put unescaped text into a node except `trusted`, which takes
/// a `StaticString` and so only markup written in this source.
public struct Node: Sendable {
    indirect enum Kind: Sendable {
        case element(String, [Attribute], [Node])
        case void(String, [Attribute])
        case text(String)
        case trusted(StaticString)
        case group([Node])
    }

    let kind: Kind

    public static func element(_ name: String, _ attributes: [Attribute], _ children: [Node]) -> Node {
        Node(kind: .element(name, attributes, children))
    }

    public static func void(_ name: String, _ attributes: [Attribute]) -> Node {
        Node(kind: .void(name, attributes))
    }

    public static func text(_ text: String) -> Node {
        Node(kind: .text(text))
    }

    public static func trusted(_ markup: StaticString) -> Node {
        Node(kind: .trusted(markup))
    }

    public static func group(_ nodes: [Node]) -> Node {
        Node(kind: .group(nodes))
    }

    public static let empty = Node(kind: .group([]))

    public func render() -> String {
        var output = ""
        output.reserveCapacity(4096)
        render(into: &output)
        return output
    }

    func render(into output: inout String) {
        switch kind {
        case .text(let text):
            Escape.text(text, into: &output)
        case .trusted(let markup):
            output += markup.description
        case .group(let nodes):
            for node in nodes { node.render(into: &output) }
        case .void(let name, let attributes):
            output += "<" + name
            for attribute in attributes { attribute.render(into: &output) }
            output += ">"
        case .element(let name, let attributes, let children):
            output += "<" + name
            for attribute in attributes { attribute.render(into: &output) }
            output += ">"
            for child in children { child.render(into: &output) }
            output += "</" + name + ">"
        }
    }
}

/// An attribute; a nil value renders as a boolean attribute (`required`).
public struct Attribute: Sendable {
    public let name: String
    public let value: String?

    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    func render(into output: inout String) {
        output += " " + name
        if let value {
            output += "=\""
            Escape.attribute(value, into: &output)
            output += "\""
        }
    }
}

enum Escape {
    static func text(_ text: String, into output: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    static func attribute(_ text: String, into output: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
