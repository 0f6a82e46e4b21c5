/// A table with a caption, column headers with scope, and the first cell of each row as the
/// row header, so that a screen reader can announce every cell with its row and column.
/// `wide` for a table that may scroll sideways: its region can then be reached and scrolled with the keyboard.
public func dataTable(caption: String, headers: [String], rows: [[Node]], numericColumns: Set<Int> = [],
                      emptyText: String? = nil, footer: [Node]? = nil, wide: Bool = false) -> Node {
    if rows.isEmpty, let emptyText {
        return paragraph(.class("empty")) { emptyText }
    }
    return tag("div", [.class("table-wrap")] + (wide ? scrollableRegion(caption) : [])) {
        tag("table", []) {
            tag("caption", []) { caption }
            tag("thead", []) {
                tag("tr", []) {
                    for (index, header) in headers.enumerated() {
                        tag("th", [.scope("col")] + (numericColumns.contains(index) ? [.class("num")] : [])) { header }
                    }
                }
            }
            tag("tbody", []) {
                for row in rows {
                    tag("tr", []) {
                        for (index, cell) in row.enumerated() {
                            let numeric: [Attribute] = numericColumns.contains(index) ? [.class("num")] : []
                            if index == 0 {
                                tag("th", [.scope("row")] + numeric) { cell }
                            } else {
                                tag("td", numeric) { cell }
                            }
                        }
                    }
                }
            }
            if let footer {
                tag("tfoot", []) {
                    tag("tr", []) {
                        for (index, cell) in footer.enumerated() {
                            let numeric: [Attribute] = numericColumns.contains(index) ? [.class("num")] : []
                            if index == 0 {
                                tag("th", [.scope("row")] + numeric) { cell }
                            } else {
                                tag("td", numeric) { cell }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The caption and column headers of a table of figures: the first column names the rows, the
/// others are numbers.
public func figureTableHead(caption: String, headers: [String]) -> Node {
    Node.build {
        tag("caption", []) { caption }
        tag("thead", []) {
            tag("tr", []) {
                for (index, header) in headers.enumerated() {
                    tag("th", [.scope("col")] + (index > 0 ? [.class("num")] : [])) { header }
                }
            }
        }
    }
}

/// Label–value pairs, for the details of one record.
public func summaryList(_ rows: [(String, Node)]) -> Node {
    dl(.class("summary")) {
        for (label, value) in rows {
            div(.class("summary-row")) {
                dt { label }
                dd { value }
            }
        }
    }
}

/// A link styled as a button, for actions that lead to a form.
public func actionLink(_ href: String, _ label: String) -> Node {
    link(href, .class("button secondary")) { label }
}

/// The attributes that let a keyboard user reach and scroll a region that may overflow.
public func scrollableRegion(_ label: String) -> [Attribute] {
    [Attribute("tabindex", "0"), Attribute("role", "region"), .aria("label", label)]
}
