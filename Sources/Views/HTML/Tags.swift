// The tags the pages use, as functions, so that a page reads like the HTML it produces.

public func tag(_ name: String, _ attributes: [Attribute], @NodeBuilder _ content: () -> [Node] = { [] }) -> Node {
    .element(name, attributes, content())
}

public func div(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("div", attributes, content) }
public func span(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("span", attributes, content) }
public func paragraph(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("p", attributes, content) }
public func h1(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("h1", attributes, content) }
public func h2(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("h2", attributes, content) }
public func h3(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("h3", attributes, content) }
public func link(_ href: String, _ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node {
    tag("a", [.href(href)] + attributes, content)
}
public func ul(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("ul", attributes, content) }
public func li(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("li", attributes, content) }
public func dl(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("dl", attributes, content) }
public func dt(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("dt", attributes, content) }
public func dd(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("dd", attributes, content) }
public func strong(@NodeBuilder _ content: () -> [Node]) -> Node { tag("strong", [], content) }
public func section(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("section", attributes, content) }
public func nav(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("nav", attributes, content) }
public func button(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("button", attributes, content) }
public func input(_ attributes: Attribute...) -> Node { .void("input", attributes) }
