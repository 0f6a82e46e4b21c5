import Domain

/// Participations from a CSV file: upload, a preview of every row with its problems in
/// Swedish, and saving all rows at once only when none has a problem.
public enum ParticipantImportPage {
    public struct PreviewRow: Sendable {
        public var line: Int
        public var values: [String: String]
        public var problems: [String]
        /// The row replaces a participation already recorded (same key and referral date).
        public var replaces: Bool

        public init(line: Int, values: [String: String], problems: [String], replaces: Bool) {
            self.line = line
            self.values = values
            self.problems = problems
            self.replaces = replaces
        }
    }

    public struct Preview: Sendable {
        public var rows: [PreviewRow]
        /// The file's text, sent again with the confirmation so that exactly what was previewed is saved.
        public var text: String

        public init(rows: [PreviewRow], text: String) {
            self.rows = rows
            self.text = text
        }

        public var hasProblems: Bool { rows.contains { !$0.problems.isEmpty } }
    }

    public static func render(slug: String, interventionID: String, code: String, form: FormState, preview: Preview?,
                              context: PageContext) -> String {
        let title = Sv.FollowUp.importTitle + " – " + code
        return Layout.page(title: title, context: context, hasErrors: form.hasErrors || preview?.hasProblems == true) {
            h1 { title }
            paragraph(.class("hint")) { Sv.FollowUp.privacy }
            paragraph { Sv.FollowUp.importFormat }
            if let preview {
                previewSection(preview, slug: slug, interventionID: interventionID, csrfToken: form.csrfToken)
            }
            h2 { preview == nil ? Sv.FollowUp.importUpload : Sv.FollowUp.importAgain }
            FormView.render(form, action: SiteURL.participantImport(slug, interventionID).path, submit: Sv.FollowUp.importPreview,
                            cancel: SiteURL.participants(slug, interventionID).path, items: [
                                .field(FieldSpec("file", Sv.FollowUp.importFile, .file(accept: ".csv,.txt,text/csv,text/plain"))),
                            ])
        }
    }

    static let columns: [(field: String, label: String)] = [
        ("key", Sv.FollowUp.key), ("sex", Sv.FollowUp.sex), ("ageBand", Sv.FollowUp.ageBand), ("referral", Sv.FollowUp.referral),
        ("municipalityName", Sv.FollowUp.municipality), ("referredOn", Sv.FollowUp.referredOn), ("accepted", Sv.FollowUp.accepted),
        ("startsOn", Sv.FollowUp.startsOn), ("endsOn", Sv.FollowUp.endsOn), ("outcome", Sv.FollowUp.outcome),
    ]

    static func previewSection(_ preview: Preview, slug: String, interventionID: String, csrfToken: String?) -> Node {
        section(.aria("labelledby", "forhandsgranskning")) {
            h2(.id("forhandsgranskning")) { Sv.FollowUp.importPreviewTitle }
            if preview.hasProblems {
                paragraph(.class("warning"), Attribute("role", "alert")) { Sv.FollowUp.importHasProblems(preview.rows.filter { !$0.problems.isEmpty }.count) }
            }
            dataTable(caption: Sv.FollowUp.importCaption(preview.rows.count),
                      headers: [Sv.FollowUp.importLine] + columns.map(\.label) + [Sv.FollowUp.importStatus],
                      rows: preview.rows.map { row in
                          [.text(String(row.line))] + columns.map { .text(row.values[$0.field] ?? "") }
                          + [row.problems.isEmpty ? .text(row.replaces ? Sv.FollowUp.importRowReplaces : Sv.FollowUp.importRowOK) : ul { for problem in row.problems { li { problem } } }]
                      },
                      emptyText: Sv.FollowUp.importNoRows, wide: true)
            if !preview.hasProblems && !preview.rows.isEmpty {
                tag("form", [.method("post"), .action(SiteURL.participantImportConfirm(slug, interventionID).path),
                             Attribute("enctype", "multipart/form-data"), .class("form")]) {
                    CSRF.field(csrfToken)
                    input(.type("hidden"), .name("csv"), .value(preview.text))
                    div(.class("form-actions")) {
                        button(.type("submit"), .class("button")) { Sv.FollowUp.importSave(preview.rows.count) }
                    }
                }
            }
        }
    }
}
