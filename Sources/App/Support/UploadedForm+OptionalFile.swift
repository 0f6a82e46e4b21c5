import Domain
import Foundation

extension UploadedForm {
    typealias CheckedFile = (data: Data, filename: String, mediaType: String)

    /// The file chosen in `field`, if any, checked against the upload policy; the problem names
    /// `field` (too large, or a type that is not accepted).
    func optionalFile(_ field: String, maxBytes: Int) -> Result<CheckedFile?, ValidationFailure> {
        if !oversized.isEmpty {
            return .failure(ValidationFailure([FieldIssue(field, .fileTooLarge(maxMegabytes: maxBytes / 1_048_576))]))
        }
        guard let upload = files.first(where: { $0.field == field && $0.size > 0 }), let data = try? upload.data() else { return .success(nil) }
        return UploadPolicy(maxBytes: maxBytes).check(filename: upload.filename, bytes: Array(data), field: field)
            .map { (data, upload.filename, $0) }
    }
}
