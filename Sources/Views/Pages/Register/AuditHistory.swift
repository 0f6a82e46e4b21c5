/// One change in a record's history, as shown on the record's page and in the audit log.
public struct AuditRow: Sendable {
    public var when: String
    public var who: String
    public var summary: String
    public var before: String?
    public var after: String?

    public init(when: String, who: String, summary: String, before: String?, after: String?) {
        self.when = when
        self.who = who
        self.summary = summary
        self.before = before
        self.after = after
    }
}

enum AuditHistory {
    static func table(_ rows: [AuditRow], caption: String) -> Node {
        dataTable(caption: caption, headers: [Sv.Audit.when, Sv.Audit.who, Sv.Audit.what, Sv.Audit.details],
                  rows: rows.map { row in
                      [.text(row.when), .text(row.who), .text(row.summary), details(row)]
                  }, emptyText: Sv.noHistory)
    }

    static func details(_ row: AuditRow) -> Node {
        guard row.before != nil || row.after != nil else { return .text(Sv.none) }
        return tag("details", []) {
            tag("summary", []) { Sv.Audit.details }
            if let before = row.before {
                paragraph { strong { Sv.Audit.before } }
                tag("pre", []) { before }
            }
            if let after = row.after {
                paragraph { strong { Sv.Audit.after } }
                tag("pre", []) { after }
            }
        }
    }

    static func section(_ rows: [AuditRow]) -> Node {
        Views.section(.aria("labelledby", "historik")) {
            h2(.id("historik")) { Sv.history }
            table(rows, caption: Sv.history)
        }
    }
}
