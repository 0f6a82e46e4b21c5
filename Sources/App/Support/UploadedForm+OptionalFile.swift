import Domain
import Foundation

extension UploadedForm {
    typealias CheckedFile = (data: Data, filename: String, mediaType: String)

    /// The files chosen in `field` (one, or several sent as `field[]`), each checked against the
    /// upload policy; the problem names `field` (too large, or a type that is not accepted).
    func checkedFiles(_ field: String, maxBytes: Int) -> Result<[CheckedFile], ValidationFailure> {
        if !oversized.isEmpty {
            return .failure(ValidationFailure([FieldIssue(field, .fileTooLarge(maxMegabytes: maxBytes / 1_048_576))]))
        }
        var checked: [CheckedFile] = []
        for upload in files where (upload.field == field || upload.field == field + "[]") && upload.size > 0 {
            guard let data = try? upload.data() else { continue }
            switch UploadPolicy(maxBytes: maxBytes).check(filename: upload.filename, bytes: Array(data), field: field) {
            case .success(let mediaType): checked.append((data, upload.filename, mediaType))
            case .failure(let failure): return .failure(failure)
            }
        }
        return .success(checked)
    }

    /// The file chosen in `field`, if any, checked as `checkedFiles` does.
    func optionalFile(_ field: String, maxBytes: Int) -> Result<CheckedFile?, ValidationFailure> {
        checkedFiles(field, maxBytes: maxBytes).map(\.first)
    }
}
