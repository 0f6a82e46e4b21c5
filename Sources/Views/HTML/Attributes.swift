extension Attribute {
    public static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
    public static func id(_ value: String) -> Attribute { Attribute("id", value) }
    public static func href(_ value: String) -> Attribute { Attribute("href", value) }
    public static func name(_ value: String) -> Attribute { Attribute("name", value) }
    public static func value(_ value: String) -> Attribute { Attribute("value", value) }
    public static func type(_ value: String) -> Attribute { Attribute("type", value) }
    public static func `for`(_ value: String) -> Attribute { Attribute("for", value) }
    public static func action(_ value: String) -> Attribute { Attribute("action", value) }
    public static func method(_ value: String) -> Attribute { Attribute("method", value) }
    public static func scope(_ value: String) -> Attribute { Attribute("scope", value) }
    public static func aria(_ name: String, _ value: String) -> Attribute { Attribute("aria-" + name, value) }
    public static func autocomplete(_ value: String) -> Attribute { Attribute("autocomplete", value) }
    public static func flag(_ name: String) -> Attribute { Attribute(name, nil) }
}
