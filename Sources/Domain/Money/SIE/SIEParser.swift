/// Reads SIE 4 (type 4E/4I) into a whole `SIEFile`: PC8 text unless the file is valid UTF-8
/// without `#FORMAT PC8`, one record per line, fields separated by blanks, "quoted" text with \"
/// inside, object lists in braces, vouchers as `#VER` followed by `{`, their `#TRANS` lines and
/// `}`. Labels Samordna does not use are skipped; a wrong amount or date names its line.
public enum SIEParser {
    public static func parse(_ bytes: [UInt8]) throws(SIEProblem) -> SIEFile {
        var file = SIEFile()
        var open: SIEFile.Voucher?
        var openedOn = 0
        try SIEScanner.scan(bytes) { (event) throws(SIEProblem) in
            switch event {
            case .open(let line):
                guard open != nil else { throw .badVoucher(line: line) }
            case .close(let line):
                guard let voucher = open else { throw .badVoucher(line: line) }
                file.vouchers.append(voucher)
                open = nil
            case .record(let r):
                switch r.label {
                case .format: file.format = r.text(0)
                case .program: file.program = r.text(0)
                case .sieType: file.sieType = r.text(0).flatMap { Int($0) }
                case .companyName: file.companyName = r.text(0)
                case .organisationNumber: file.organisationNumber = r.text(0)
                case .fiscalYear: file.fiscalYears[try r.integer(0)] = try r.requiredDate(1)...r.requiredDate(2)
                case .account: file.accounts[try r.requiredText(0)] = r.text(1) ?? ""
                case .dimension: file.dimensions[try r.integer(0)] = r.text(1) ?? ""
                case .object: file.objects[SIEFile.ObjectRef(dimension: try r.integer(0), object: try r.requiredText(1))] = r.text(2) ?? ""
                case .opening: file.openingBalances.append(.init(yearIndex: try r.integer(0), account: try r.requiredText(1), ore: try r.ore(2)))
                case .closing: file.closingBalances.append(.init(yearIndex: try r.integer(0), account: try r.requiredText(1), ore: try r.ore(2)))
                case .result: file.results.append(.init(yearIndex: try r.integer(0), account: try r.requiredText(1), ore: try r.ore(2)))
                case .periodBalance:
                    file.periodBalances.append(.init(yearIndex: try r.integer(0), period: try r.integer(1), account: try r.requiredText(2),
                                                     objects: try r.objects(3), ore: try r.ore(4)))
                case .voucher:
                    if open != nil { throw .badVoucher(line: r.line) }
                    open = SIEFile.Voucher(series: r.text(0) ?? "", number: r.text(1) ?? "", date: try r.requiredDate(2), text: r.text(3),
                                           transactions: [])
                    openedOn = r.line
                case .transaction:
                    guard open != nil else { throw .badVoucher(line: r.line) }
                    open?.transactions.append(.init(account: try r.requiredText(0), objects: try r.objects(1), ore: try r.ore(2),
                                                    date: try r.date(3), text: r.text(4)))
                case .other: break
                }
            }
        }
        if open != nil { throw .badVoucher(line: openedOn) }
        return file
    }
}
