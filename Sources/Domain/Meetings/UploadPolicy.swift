/// Which files may become bilagor: the formats board papers come in (PDF, Word, Excel, images),
/// up to a size the association sets. The type is judged by the file's name and its first bytes,
/// so a renamed program is not accepted as a PDF.
public struct UploadPolicy: Sendable {
    public let maxBytes: Int

    public init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    public static let mediaTypes: [String: String] = [
        "pdf": "application/pdf",
        "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
    ]

    /// The media type to store, or the problem with the file (reported on `field`).
    public func check(filename: String, bytes: [UInt8], field: String) -> Result<String, ValidationFailure> {
        guard !bytes.isEmpty else { return .failure(ValidationFailure([FieldIssue(field, .required)])) }
        guard bytes.count <= maxBytes else {
            return .failure(ValidationFailure([FieldIssue(field, .fileTooLarge(maxMegabytes: maxBytes / 1_048_576))]))
        }
        let ext = filename.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard let type = Self.mediaTypes[ext], Self.signatureMatches(ext, bytes) else {
            return .failure(ValidationFailure([FieldIssue(field, .unsupportedFileType)]))
        }
        return .success(type)
    }

    private static func signatureMatches(_ ext: String, _ bytes: [UInt8]) -> Bool {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        switch ext {
        case "pdf": return starts(Array("%PDF-".utf8))
        case "docx", "xlsx": return starts([0x50, 0x4B, 0x03, 0x04])
        case "doc", "xls": return starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        case "png": return starts([0x89, 0x50, 0x4E, 0x47])
        case "jpg", "jpeg": return starts([0xFF, 0xD8, 0xFF])
        default: return false
        }
    }
}
