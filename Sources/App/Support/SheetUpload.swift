import Domain
import Vapor
import Views

/// A CSV sheet sent for preview (a file) and for saving (the previewed text sent back), as the
/// participant and survey imports read them.
enum SheetUpload {
    /// The uploaded file's text, or the problem with the `file` field.
    static func text(_ request: Request) async throws -> Result<String, ValidationFailure> {
        let form = try await UploadedForm.read(request, maxFileBytes: request.application.settings.maxUploadBytes, maxFiles: 1)
        defer { form.removeFiles() }
        if !form.oversized.isEmpty {
            return .failure(ValidationFailure([FieldIssue("file", .fileTooLarge(maxMegabytes: request.application.settings.maxUploadBytes / 1_048_576))]))
        }
        guard let file = form.files.first(where: { $0.field == "file" }), file.size > 0, let data = try? file.data() else {
            return .failure(ValidationFailure([FieldIssue("file", .required)]))
        }
        guard let text = String(data: data, encoding: .utf8) else { return .failure(ValidationFailure([FieldIssue("file", .explained(Sv.FollowUp.importNotText))])) }
        return .success(text)
    }

    /// The text the preview showed, sent back with the confirmation so exactly that is saved.
    static func confirmed(_ request: Request) async throws -> String {
        try await UploadedForm.read(request, maxFileBytes: 0, maxFiles: 0).values["csv"] ?? ""
    }
}
