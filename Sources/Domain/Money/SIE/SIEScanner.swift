/// Splits SIE bytes into records without building a String per line: each field is a byte
/// range, decoded (PC8 or UTF-8) only when asked for, so a file of a million transactions can be
/// summed at the speed of the bytes. `SIEParser` (the whole file) and `LedgerSummary` (the
/// sums per account, object and month) both read through it.
public enum SIEScanner {
    public enum Label: Sendable {
        case format, program, sieType, companyName, organisationNumber, fiscalYear, account, dimension, object
        case opening, closing, result, periodBalance, voucher, transaction, other
    }

    public enum Event {
        case record(SIERecord)
        /// A line starting with `{`, which opens a voucher's transactions.
        case open(line: Int)
        /// A line starting with `}`.
        case close(line: Int)
    }

    static let labels: [(bytes: [UInt8], label: Label)] = ([
        ("#TRANS", .transaction), ("#VER", .voucher), ("#FORMAT", .format), ("#PROGRAM", .program), ("#SIETYP", .sieType),
        ("#FNAMN", .companyName), ("#ORGNR", .organisationNumber), ("#RAR", .fiscalYear), ("#KONTO", .account), ("#DIM", .dimension),
        ("#OBJEKT", .object), ("#IB", .opening), ("#UB", .closing), ("#RES", .result), ("#PSALDO", .periodBalance),
    ] as [(String, Label)]).map { (Array($0.0.utf8), $0.1) }

    /// Whether the text is code page 437: declared so in the header, or not valid UTF-8.
    static func isPC8(_ bytes: [UInt8]) -> Bool {
        let header = bytes.prefix(65_536)
        let needle = Array("#FORMAT PC8".utf8)
        if header.count >= needle.count {
            for start in header.startIndex...(header.endIndex - needle.count) where header[start] == needle[0] {
                if header[start..<(start + needle.count)].elementsEqual(needle) { return true }
            }
        }
        return String(validating: bytes, as: UTF8.self) == nil
    }

    /// Calls `handle` for every record and brace line, in order. A line that is not a record before
    /// the first record means the file is not SIE.
    public static func scan(_ bytes: [UInt8], _ handle: (Event) throws(SIEProblem) -> Void) throws(SIEProblem) {
        let pc8 = isPC8(bytes)
        var record = SIERecord(bytes: bytes, pc8: pc8)
        var sawRecord = false
        var lineNumber = 0
        var start = 0
        let end = bytes.count
        while start < end {
            lineNumber += 1
            var stop = start
            while stop < end && bytes[stop] != 10 { stop += 1 }
            var first = start
            while first < stop && (bytes[first] == 32 || bytes[first] == 9 || bytes[first] == 13) { first += 1 }
            let next = stop + 1
            defer { start = next }
            guard first < stop else { continue }
            switch bytes[first] {
            case 123: try handle(.open(line: lineNumber))
            case 125: try handle(.close(line: lineNumber))
            case 35:
                sawRecord = true
                record.read(line: lineNumber, from: first, to: stop)
                try handle(.record(record))
            default:
                if !sawRecord { throw .notSIE }
            }
        }
        guard sawRecord else { throw .notSIE }
    }
}

/// One record line: its label and its fields as byte ranges into the file.
public struct SIERecord {
    struct Field {
        var start: Int
        var end: Int
        var quoted: Bool
        var escaped: Bool
        /// For an object list `{…}`: the range of its items in `items`.
        var items: Range<Int>?
    }

    let bytes: [UInt8]
    let pc8: Bool
    public private(set) var line = 0
    public private(set) var label: SIEScanner.Label = .other
    var labelRange = 0..<0
    var fields: [Field] = []
    var items: [Field] = []

    init(bytes: [UInt8], pc8: Bool) {
        self.bytes = bytes
        self.pc8 = pc8
        fields.reserveCapacity(8)
        items.reserveCapacity(8)
    }

    public var count: Int { fields.count }
    public var labelText: String { String(decoding: bytes[labelRange], as: UTF8.self) }

    mutating func read(line: Int, from start: Int, to end: Int) {
        self.line = line
        fields.removeAll(keepingCapacity: true)
        items.removeAll(keepingCapacity: true)
        var index = start
        while index < end && !Self.isBlank(bytes[index]) { index += 1 }
        labelRange = start..<index
        label = Self.label(bytes[start..<index])
        while index < end {
            let byte = bytes[index]
            if Self.isBlank(byte) {
                index += 1
            } else if byte == 123 {
                index += 1
                let first = items.count
                while index < end && bytes[index] != 125 {
                    if Self.isBlank(bytes[index]) { index += 1; continue }
                    items.append(word(&index, end: end, stopAtBrace: true))
                }
                if index < end { index += 1 }
                fields.append(Field(start: index, end: index, quoted: false, escaped: false, items: first..<items.count))
            } else {
                fields.append(word(&index, end: end, stopAtBrace: false))
            }
        }
    }

    private func word(_ index: inout Int, end: Int, stopAtBrace: Bool) -> Field {
        if bytes[index] == 34 {
            index += 1
            let start = index
            var escaped = false
            while index < end && bytes[index] != 34 {
                if bytes[index] == 92 && index + 1 < end { escaped = true; index += 1 }
                index += 1
            }
            let field = Field(start: start, end: index, quoted: true, escaped: escaped, items: nil)
            if index < end { index += 1 }
            return field
        }
        let start = index
        while index < end && !Self.isBlank(bytes[index]) && !(stopAtBrace && bytes[index] == 125) { index += 1 }
        return Field(start: start, end: index, quoted: false, escaped: false, items: nil)
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 }

    static func label(_ text: ArraySlice<UInt8>) -> SIEScanner.Label {
        for entry in SIEScanner.labels where entry.bytes.count == text.count && entry.bytes.elementsEqual(text) { return entry.label }
        return .other
    }

    // MARK: Fields by position

    public func text(_ index: Int) -> String? {
        guard index < fields.count, fields[index].items == nil else { return nil }
        return decode(fields[index])
    }

    func decode(_ field: Field) -> String {
        var slice = bytes[field.start..<field.end]
        if field.escaped {
            var unescaped: [UInt8] = []
            var index = slice.startIndex
            while index < slice.endIndex {
                if slice[index] == 92 && index + 1 < slice.endIndex { index += 1 }
                unescaped.append(slice[index])
                index += 1
            }
            slice = unescaped[...]
        }
        if pc8 && slice.contains(where: { $0 >= 0x80 }) { return CodePage437.decode(slice) }
        return String(decoding: slice, as: UTF8.self)
    }

    /// The text at a position, which the record must have.
    public func requiredText(_ index: Int) throws(SIEProblem) -> String {
        guard let value = text(index) else { throw .missingField(line: line, label: labelText) }
        return value
    }

    public func integer(_ index: Int) throws(SIEProblem) -> Int {
        guard index < fields.count, fields[index].items == nil else { throw .missingField(line: line, label: labelText) }
        var value = 0
        var position = fields[index].start
        let end = fields[index].end
        let negative = position < end && bytes[position] == 45
        if negative { position += 1 }
        guard position < end, end - position <= 18 else { throw .badAmount(line: line, text: raw(index)) }
        while position < end {
            let digit = bytes[position] &- 48
            guard digit < 10 else { throw .badAmount(line: line, text: raw(index)) }
            value = value * 10 + Int(digit)
            position += 1
        }
        return negative ? -value : value
    }

    /// "-1234.5" as öre (-123450), without floating point; at most two decimals.
    public func ore(_ index: Int) throws(SIEProblem) -> Int64 {
        guard index < fields.count, fields[index].items == nil else { throw .missingField(line: line, label: labelText) }
        var position = fields[index].start
        let end = fields[index].end
        var negative = false
        if position < end && (bytes[position] == 45 || bytes[position] == 43) { negative = bytes[position] == 45; position += 1 }
        var kronor: Int64 = 0
        var wholeDigits = 0
        while position < end && bytes[position] != 46 {
            let digit = bytes[position] &- 48
            guard digit < 10, wholeDigits < 16 else { throw .badAmount(line: line, text: raw(index)) }
            kronor = kronor * 10 + Int64(digit)
            wholeDigits += 1
            position += 1
        }
        guard wholeDigits > 0 else { throw .badAmount(line: line, text: raw(index)) }
        var ore: Int64 = 0
        if position < end {
            position += 1
            let decimals = end - position
            guard decimals <= 2 else { throw .badAmount(line: line, text: raw(index)) }
            for offset in 0..<2 {
                var digit: UInt8 = 0
                if offset < decimals {
                    digit = bytes[position + offset] &- 48
                    guard digit < 10 else { throw .badAmount(line: line, text: raw(index)) }
                }
                ore = ore * 10 + Int64(digit)
            }
        }
        let value = kronor * 100 + ore
        return negative ? -value : value
    }

    /// A date written `YYYYMMDD`; nil when the field is absent or empty.
    public func date(_ index: Int) throws(SIEProblem) -> CivilDate? {
        guard index < fields.count, fields[index].items == nil, fields[index].end > fields[index].start else { return nil }
        let field = fields[index]
        var digits: [Int] = []
        for position in field.start..<field.end {
            let digit = bytes[position] &- 48
            guard digit < 10 else { throw .badDate(line: line, text: raw(index)) }
            digits.append(Int(digit))
        }
        guard digits.count == 8,
              let date = CivilDate(year: digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3],
                                   month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7])
        else { throw .badDate(line: line, text: raw(index)) }
        return date
    }

    public func requiredDate(_ index: Int) throws(SIEProblem) -> CivilDate {
        guard let date = try date(index) else { throw .missingField(line: line, label: labelText) }
        return date
    }

    /// The object list `{dim "obj" …}` at a position; empty when there is none.
    public func objects(_ index: Int) throws(SIEProblem) -> [SIEFile.ObjectRef] {
        guard index < fields.count, let range = fields[index].items else { return [] }
        guard range.count % 2 == 0 else { throw .missingField(line: line, label: labelText) }
        var result: [SIEFile.ObjectRef] = []
        for pair in stride(from: range.lowerBound, to: range.upperBound, by: 2) {
            guard let dimension = Int(decode(items[pair])) else { throw .badAmount(line: line, text: decode(items[pair])) }
            result.append(.init(dimension: dimension, object: decode(items[pair + 1])))
        }
        return result
    }

    /// The object of one dimension in the list at a position, without decoding the others.
    public func object(_ index: Int, dimension: Int) -> String? {
        guard index < fields.count, let range = fields[index].items else { return nil }
        for pair in stride(from: range.lowerBound, to: range.upperBound - 1, by: 2) {
            let item = items[pair]
            var value = 0
            var position = item.start
            while position < item.end, case let digit = bytes[position] &- 48, digit < 10 {
                value = value * 10 + Int(digit)
                position += 1
            }
            if position == item.end && item.end > item.start && value == dimension { return decode(items[pair + 1]) }
        }
        return nil
    }

    /// The raw text of a field, for error messages.
    public func raw(_ index: Int) -> String {
        guard index < fields.count else { return "" }
        return decode(fields[index])
    }
}
