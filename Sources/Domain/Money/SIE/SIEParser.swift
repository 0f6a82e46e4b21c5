/// Reads SIE 4 (type 4E/4I): PC8 text unless the file is valid UTF-8 without `#FORMAT PC8`, one
/// record per line, fields separated by blanks, "quoted" text with \" inside, object lists in
/// braces, vouchers as `#VER` followed by `{`, their `#TRANS` lines and `}`. Labels Samordna does
/// not use are skipped; a wrong amount or date names its line.
public enum SIEParser {
    public static func parse(_ bytes: [UInt8]) throws(SIEProblem) -> SIEFile {
        try parse(text: decode(bytes))
    }

    static func decode(_ bytes: [UInt8]) -> String {
        let declaresPC8 = contains(bytes, Array("#FORMAT PC8".utf8))
        if !declaresPC8, let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
        return CodePage437.decode(bytes)
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    public static func parse(text: String) throws(SIEProblem) -> SIEFile {
        var file = SIEFile()
        var sawRecord = false
        var open: SIEFile.Voucher?
        var openedOn = 0
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            if line.isEmpty { continue }
            if line.first == "{" {
                guard open != nil else { throw .badVoucher(line: lineNumber) }
                continue
            }
            if line.first == "}" {
                guard let voucher = open else { throw .badVoucher(line: lineNumber) }
                file.vouchers.append(voucher)
                open = nil
                continue
            }
            guard line.first == "#" else {
                if !sawRecord { throw .notSIE }
                continue
            }
            sawRecord = true
            let fields = tokens(line)
            guard case .text(let label)? = fields.first else { continue }
            let f = Fields(values: Array(fields.dropFirst()), line: lineNumber, label: label)
            switch label {
            case "#FORMAT": file.format = f.optionalText(0)
            case "#PROGRAM": file.program = f.optionalText(0)
            case "#SIETYP": file.sieType = f.optionalText(0).flatMap { Int($0) }
            case "#FNAMN": file.companyName = f.optionalText(0)
            case "#ORGNR": file.organisationNumber = f.optionalText(0)
            case "#RAR":
                let index = try f.integer(0)
                file.fiscalYears[index] = try f.date(1)...f.date(2)
            case "#KONTO": file.accounts[try f.text(0)] = f.optionalText(1) ?? ""
            case "#DIM": file.dimensions[try f.integer(0)] = f.optionalText(1) ?? ""
            case "#OBJEKT": file.objects[SIEFile.ObjectRef(dimension: try f.integer(0), object: try f.text(1))] = f.optionalText(2) ?? ""
            case "#IB": file.openingBalances.append(.init(yearIndex: try f.integer(0), account: try f.text(1), ore: try f.amount(2)))
            case "#UB": file.closingBalances.append(.init(yearIndex: try f.integer(0), account: try f.text(1), ore: try f.amount(2)))
            case "#RES": file.results.append(.init(yearIndex: try f.integer(0), account: try f.text(1), ore: try f.amount(2)))
            case "#PSALDO":
                file.periodBalances.append(.init(yearIndex: try f.integer(0), period: try f.integer(1), account: try f.text(2),
                                                 objects: try f.objects(3), ore: try f.amount(4)))
            case "#VER":
                if open != nil { throw .badVoucher(line: lineNumber) }
                open = SIEFile.Voucher(series: f.optionalText(0) ?? "", number: f.optionalText(1) ?? "", date: try f.date(2),
                                       text: f.optionalText(3), transactions: [])
                openedOn = lineNumber
            case "#TRANS":
                guard open != nil else { throw .badVoucher(line: lineNumber) }
                let date = f.optionalText(3).flatMap { $0.isEmpty ? nil : $0 } == nil ? nil : try f.date(3)
                open?.transactions.append(.init(account: try f.text(0), objects: try f.objects(1), ore: try f.amount(2), date: date,
                                                text: f.optionalText(4)))
            default: continue
            }
        }
        if open != nil { throw .badVoucher(line: openedOn) }
        guard sawRecord else { throw .notSIE }
        return file
    }

    enum Token: Equatable {
        case text(String)
        case list([String])
    }

    /// The fields of one record line.
    static func tokens(_ line: Substring) -> [Token] {
        var result: [Token] = []
        var index = line.startIndex
        func word(until stop: (Character) -> Bool) -> String {
            var value = ""
            if line[index] == "\"" {
                index = line.index(after: index)
                while index < line.endIndex, line[index] != "\"" {
                    if line[index] == "\\", line.index(after: index) < line.endIndex { index = line.index(after: index) }
                    value.append(line[index])
                    index = line.index(after: index)
                }
                if index < line.endIndex { index = line.index(after: index) }
                return value
            }
            while index < line.endIndex, !stop(line[index]) {
                value.append(line[index])
                index = line.index(after: index)
            }
            return value
        }
        while index < line.endIndex {
            let character = line[index]
            if character == " " || character == "\t" || character == "\r" {
                index = line.index(after: index)
            } else if character == "{" {
                index = line.index(after: index)
                var items: [String] = []
                while index < line.endIndex, line[index] != "}" {
                    if line[index] == " " || line[index] == "\t" { index = line.index(after: index); continue }
                    items.append(word { $0 == " " || $0 == "\t" || $0 == "}" })
                }
                if index < line.endIndex { index = line.index(after: index) }
                result.append(.list(items))
            } else {
                result.append(.text(word { $0 == " " || $0 == "\t" || $0 == "\r" }))
            }
        }
        return result
    }

    /// The fields after a record's label, read by position.
    struct Fields {
        let values: [Token]
        let line: Int
        let label: String

        func optionalText(_ index: Int) -> String? {
            guard index < values.count, case .text(let value) = values[index] else { return nil }
            return value
        }

        func text(_ index: Int) throws(SIEProblem) -> String {
            guard let value = optionalText(index) else { throw .missingField(line: line, label: label) }
            return value
        }

        func integer(_ index: Int) throws(SIEProblem) -> Int {
            let value = try text(index)
            guard let number = Int(value) else { throw .badAmount(line: line, text: value) }
            return number
        }

        func date(_ index: Int) throws(SIEProblem) -> CivilDate {
            let value = try text(index)
            let digits = Array(value.utf8)
            guard digits.count == 8, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                  let date = CivilDate(iso: "\(value.prefix(4))-\(value.dropFirst(4).prefix(2))-\(value.suffix(2))")
            else { throw .badDate(line: line, text: value) }
            return date
        }

        func amount(_ index: Int) throws(SIEProblem) -> Int64 {
            let value = try text(index)
            guard let ore = SIEParser.ore(value) else { throw .badAmount(line: line, text: value) }
            return ore
        }

        func objects(_ index: Int) throws(SIEProblem) -> [SIEFile.ObjectRef] {
            guard index < values.count, case .list(let items) = values[index] else { return [] }
            guard items.count % 2 == 0 else { throw .missingField(line: line, label: label) }
            return try stride(from: 0, to: items.count, by: 2).map { (i: Int) throws(SIEProblem) -> SIEFile.ObjectRef in
                guard let dimension = Int(items[i]) else { throw .badAmount(line: line, text: items[i]) }
                return SIEFile.ObjectRef(dimension: dimension, object: items[i + 1])
            }
        }
    }

    /// "-1234.5" → -123450 öre, without floating point; at most two decimals.
    static func ore(_ text: String) -> Int64? {
        var digits = Substring(text)
        var negative = false
        if digits.first == "-" || digits.first == "+" {
            negative = digits.first == "-"
            digits = digits.dropFirst()
        }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCII), let kronor = Int64(whole) else { return nil }
        var ore: Int64 = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            ore = (Int64(fraction.isEmpty ? "0" : String(fraction)) ?? 0) * (fraction.count == 1 ? 10 : 1)
        }
        let (product, overflow) = kronor.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        return negative ? -(product + ore) : product + ore
    }
}
