import Domain

/// A horizontal bar chart drawn on the server as SVG: a group of bars per label, one bar per
/// series, from a zero line (so negative figures point left), with each figure written beside its
/// bar. No script is needed, and the same figures stand in a table on the page: the chart is an
/// image labelled by its title, and says where that table is.
public struct BarChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var colour: String

        public init(name: String, colour: String) {
            self.name = name
            self.colour = colour
        }
    }

    public var title: String
    public var series: [Series]
    public var groups: [(label: String, values: [Int64])]
    /// One bar per group with the series as its parts, end to end, and the sum beside it (for
    /// parts of a whole, which must not be negative).
    public var stacked: Bool

    public init(title: String, series: [Series], groups: [(label: String, values: [Int64])], stacked: Bool = false) {
        self.title = title
        self.series = series
        self.groups = groups
        self.stacked = stacked
    }

    /// The two series most charts compare: the budget and the utfall.
    public static let budgetAndActual = [Series(name: Sv.Charts.budget, colour: "#0b4f6c"), Series(name: Sv.Charts.actual, colour: "#a15c00")]

    static let width = 720
    static let labelWidth = 200
    static let valueWidth = 110
    static let barHeight = 14
    static let gap = 10

    public func render(id: String, tableCaption: String) -> Node {
        let values = stacked ? groups.map { $0.values.reduce(0, +) } : groups.flatMap(\.values)
        let low = min(0, values.min() ?? 0)
        let high = max(0, values.max() ?? 0)
        let span = max(1, high - low)
        let plot = Self.width - Self.labelWidth - Self.valueWidth
        func x(_ value: Int64) -> Int { Self.labelWidth + Int(Int128(value - low) * Int128(plot) / Int128(span)) }
        let legendHeight = 24
        let barsPerGroup = stacked ? 1 : series.count
        let groupHeight = barsPerGroup * Self.barHeight + Self.gap
        let height = legendHeight + groups.count * groupHeight + 4
        let zero = x(0)
        return tag("figure", [.class("chart")]) {
            tag("svg", [Attribute("xmlns", "http://www.w3.org/2000/svg"), Attribute("viewBox", "0 0 \(Self.width) \(height)"),
                        Attribute("role", "img"), .aria("labelledby", id + "-title"), Attribute("width", "100%"),
                        Attribute("preserveAspectRatio", "xMinYMin meet")]) {
                tag("title", [.id(id + "-title")]) { "\(title). \(Sv.Charts.sameFigures(tableCaption))" }
                for (index, item) in series.enumerated() {
                    tag("rect", [Attribute("x", String(Self.labelWidth + index * 160)), Attribute("y", "4"), Attribute("width", "12"),
                                 Attribute("height", "12"), Attribute("fill", item.colour)])
                    tag("text", [Attribute("x", String(Self.labelWidth + index * 160 + 18)), Attribute("y", "15"), Attribute("font-size", "12"),
                                 Attribute("fill", "#1b1b1b")]) { item.name }
                }
                for (row, group) in groups.enumerated() {
                    let top = legendHeight + row * groupHeight
                    tag("text", [Attribute("x", "0"), Attribute("y", String(top + barsPerGroup * Self.barHeight / 2 + 4)),
                                 Attribute("font-size", "12"), Attribute("fill", "#1b1b1b")]) { Self.clip(group.label) }
                    if stacked { stackedBar(group.values, top: top, x: x) }
                    for (index, value) in group.values.enumerated() where !stacked && index < series.count {
                        let y = top + index * Self.barHeight
                        let start = min(zero, x(value)), end = max(zero, x(value))
                        tag("rect", [Attribute("x", String(start)), Attribute("y", String(y + 1)), Attribute("width", String(max(1, end - start))),
                                     Attribute("height", String(Self.barHeight - 2)), Attribute("fill", series[index].colour)])
                        tag("text", [Attribute("x", String(x(max(value, 0)) + 4)), Attribute("y", String(y + Self.barHeight - 3)),
                                     Attribute("font-size", "11"), Attribute("fill", "#1b1b1b")]) { Sv.grouped(value) }
                    }
                }
                tag("line", [Attribute("x1", String(zero)), Attribute("x2", String(zero)), Attribute("y1", String(legendHeight - 2)),
                             Attribute("y2", String(height)), Attribute("stroke", "#1b1b1b"), Attribute("stroke-width", "1")])
            }
        }
    }

    /// One group's parts end to end from zero, and their sum beside them.
    func stackedBar(_ values: [Int64], top: Int, x: (Int64) -> Int) -> Node {
        var parts: [Node] = []
        var sum: Int64 = 0
        for (index, value) in values.enumerated() where index < series.count && value > 0 {
            let start = x(sum)
            let width = max(1, x(sum + value) - start)
            parts.append(tag("rect", [Attribute("x", String(start)), Attribute("y", String(top + 1)), Attribute("width", String(width)),
                                      Attribute("height", String(Self.barHeight - 2)), Attribute("fill", series[index].colour)]))
            sum += value
        }
        parts.append(tag("text", [Attribute("x", String(x(sum) + 4)), Attribute("y", String(top + Self.barHeight - 3)),
                                  Attribute("font-size", "11"), Attribute("fill", "#1b1b1b")]) { Sv.grouped(sum) })
        return Node.group(parts)
    }

    /// Long names are cut so that they stay left of the bars; the table has them whole.
    static func clip(_ label: String) -> String {
        label.count > 30 ? String(label.prefix(29)) + "…" : label
    }
}
