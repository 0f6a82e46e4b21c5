import Domain

/// Participations or survey answers from a CSV file: upload, a preview of every row with its
/// problems in Swedish, and saving all rows at once only when none has a problem.
public enum SheetImportPage {
    /// What the sheet holds: its page's texts, its columns and where it is sent.
    public struct Sheet: Sendable {
        public var title: String
        public var format: String
        public var columns: [(field: String, label: String)]
        public var rowOK: String
        public var save: @Sendable (Int) -> String
        public var uploadPath: String
        public var confirmPath: String
        public var cancelPath: String

        public static func participants(slug: String, interventionID: String, code: String) -> Sheet {
            Sheet(title: Sv.FollowUp.importTitle + " – " + code, format: Sv.FollowUp.importFormat, columns: [
                ("key", Sv.FollowUp.key), ("sex", Sv.FollowUp.sex), ("ageBand", Sv.FollowUp.ageBand), ("referral", Sv.FollowUp.referral),
                ("municipalityName", Sv.FollowUp.municipality), ("referredOn", Sv.FollowUp.referredOn), ("accepted", Sv.FollowUp.accepted),
                ("startsOn", Sv.FollowUp.startsOn), ("endsOn", Sv.FollowUp.endsOn), ("outcome", Sv.FollowUp.outcome),
            ], rowOK: Sv.FollowUp.importRowOK, save: Sv.FollowUp.importSave,
                  uploadPath: SiteURL.participantImport(slug, interventionID).path,
                  confirmPath: SiteURL.participantImportConfirm(slug, interventionID).path, cancelPath: SiteURL.participants(slug, interventionID).path)
        }

        public static func surveyAnswers(slug: String, interventionID: String, code: String) -> Sheet {
            Sheet(title: Sv.FollowUp.surveyImportTitle + " – " + code, format: Sv.FollowUp.surveyImportFormat,
                  columns: [("answeredOn", Sv.FollowUp.answeredOn)] + SurveyQuestion.allCases.map { ($0.rawValue, Sv.FollowUp.question($0)) }
                      + [("discrimination", Sv.FollowUp.discrimination)],
                  rowOK: Sv.FollowUp.surveyImportRowOK, save: Sv.FollowUp.surveyImportSave,
                  uploadPath: SiteURL.surveyImport(slug, interventionID).path, confirmPath: SiteURL.surveyImportConfirm(slug, interventionID).path,
                  cancelPath: SiteURL.participants(slug, interventionID).path)
        }
    }

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

    public static func render(_ sheet: Sheet, form: FormState, preview: Preview?, context: PageContext) -> String {
        Layout.page(title: sheet.title, context: context, hasErrors: form.hasErrors || preview?.hasProblems == true) {
            h1 { sheet.title }
            paragraph(.class("hint")) { Sv.FollowUp.privacy }
            paragraph { sheet.format }
            if let preview {
                previewSection(preview, sheet: sheet, csrfToken: form.csrfToken)
            }
            h2 { preview == nil ? Sv.FollowUp.importUpload : Sv.FollowUp.importAgain }
            FormView.render(form, action: sheet.uploadPath, submit: Sv.FollowUp.importPreview, cancel: sheet.cancelPath, items: [
                .field(FieldSpec("file", Sv.FollowUp.importFile, .file(accept: ".csv,.txt,text/csv,text/plain"))),
            ])
        }
    }

    static func previewSection(_ preview: Preview, sheet: Sheet, csrfToken: String?) -> Node {
        section(.aria("labelledby", "forhandsgranskning")) {
            h2(.id("forhandsgranskning")) { Sv.FollowUp.importPreviewTitle }
            if preview.hasProblems {
                paragraph(.class("warning"), Attribute("role", "alert")) { Sv.FollowUp.importHasProblems(preview.rows.filter { !$0.problems.isEmpty }.count) }
            }
            dataTable(caption: Sv.FollowUp.importCaption(preview.rows.count),
                      headers: [Sv.FollowUp.importLine] + sheet.columns.map(\.label) + [Sv.FollowUp.importStatus],
                      rows: preview.rows.map { row in
                          [.text(String(row.line))] + sheet.columns.map { .text(row.values[$0.field] ?? "") }
                          + [row.problems.isEmpty ? .text(row.replaces ? Sv.FollowUp.importRowReplaces : sheet.rowOK) : ul { for problem in row.problems { li { problem } } }]
                      },
                      emptyText: Sv.FollowUp.importNoRows, wide: true)
            if !preview.hasProblems && !preview.rows.isEmpty {
                tag("form", [.method("post"), .action(sheet.confirmPath),
                             Attribute("enctype", "multipart/form-data"), .class("form")]) {
                    CSRF.field(csrfToken)
                    input(.type("hidden"), .name("csv"), .value(preview.text))
                    div(.class("form-actions")) {
                        button(.type("submit"), .class("button")) { sheet.save(preview.rows.count) }
                    }
                }
            }
        }
    }
}
