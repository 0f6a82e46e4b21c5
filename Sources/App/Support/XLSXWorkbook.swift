import Foundation
import Views
import ZIPFoundation

/// A workbook of one sheet in Office Open XML (.xlsx), as Excel and LibreOffice open it: text as
/// inline strings (so no shared-string table is needed), whole numbers as numbers. Text that
/// looks like a formula stays text, since only a cell with an `<f>` element is a formula.
enum XLSXWorkbook {
    static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    static func data(sheetName: String, rows: [[SheetCell]]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        func add(_ path: String, _ xml: String) throws {
            let bytes = Data((#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + xml).utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        try add("[Content_Types].xml", """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            </Types>
            """)
        try add("_rels/.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """)
        try add("xl/workbook.xml", """
            <workbook xmlns="\(main)" xmlns:r="\(relationships)"><sheets>\
            <sheet name="\(escape(safeSheetName(sheetName)))" sheetId="1" r:id="rId1"/></sheets></workbook>
            """)
        try add("xl/_rels/workbook.xml.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
            """)
        var sheet = "<worksheet xmlns=\"\(main)\"><sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            sheet += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = column(columnIndex) + String(rowIndex + 1)
                switch cell {
                case .number(let number): sheet += "<c r=\"\(reference)\"><v>\(number)</v></c>"
                case .text(let text) where text.isEmpty: continue
                case .text(let text): sheet += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
                }
            }
            sheet += "</row>"
        }
        try add("xl/worksheets/sheet1.xml", sheet + "</sheetData></worksheet>")
        guard let data = archive.data else { throw XLSXError() }
        return data
    }

    struct XLSXError: Error {}

    /// A, B, … Z, AA, AB, …
    static func column(_ index: Int) -> String {
        var name = "", rest = index + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// Excel's limits on a sheet name: at most 31 characters, none of `[]:*?/\`.
    static func safeSheetName(_ name: String) -> String {
        String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }

    /// XML text: the five entities, and no control characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
