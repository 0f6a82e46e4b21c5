/// A made-up year of an association's bookkeeping as a SIE 4 file in PC8: the members'
/// contributions paid in January, and each cost line (an insats's purchases on its project
/// object, or an account of the kansli) spread evenly over the booked months in as many vouchers
/// as the wanted number of transactions allows, each paid from the bank. The totals are exact, so
/// the demo's utfall and the money benchmark (`scripts/bench-money`) know what to expect.
public struct SyntheticLedger: Sendable {
    public struct Line: Sendable {
        public var account: String
        public var accountName: String
        /// The project object (an insats code), for an insats's costs.
        public var object: String?
        public var objectName: String?
        /// Kronor for the whole year; the booked months get their twelfths of it.
        public var annualKronor: Int64

        public init(account: String, accountName: String, object: String? = nil, objectName: String? = nil, annualKronor: Int64) {
            self.account = account
            self.accountName = accountName
            self.object = object
            self.objectName = objectName
            self.annualKronor = annualKronor
        }
    }

    public var companyName: String
    public var year: Int
    public var bookedThrough: Int
    /// Income paid once in January, as positive kronor (credited in the file).
    public var income: [Line]
    public var costs: [Line]
    /// Eget kapital at the end of the period, written as the closing balance of account 2091,
    /// for a file without a balance sheet.
    public var closingEquityKronor: Int64?
    /// A whole balance sheet at the start of the year instead: each account's kronor signed as
    /// booked (assets positive, liabilities negative). Eget kapital (2091) is what balances them;
    /// the closing balances follow from the vouchers (all paid through 1930) and the year's result
    /// goes to 2099, so the file's balance sheet and result agree as a closed year's do.
    public var openingBalances: [Line]

    public init(companyName: String, year: Int, bookedThrough: Int, income: [Line], costs: [Line], closingEquityKronor: Int64? = nil,
                openingBalances: [Line] = []) {
        self.companyName = companyName
        self.year = year
        self.bookedThrough = bookedThrough
        self.income = income
        self.costs = costs
        self.closingEquityKronor = closingEquityKronor
        self.openingBalances = openingBalances
    }

    /// The year's result in öre (income less the booked costs).
    public var resultOre: Int64 {
        income.map { $0.annualKronor * 100 }.reduce(0, +) - costs.map(bookedOre).reduce(0, +)
    }

    /// The öre a cost line is booked with over the booked months.
    public func bookedOre(_ line: Line) -> Int64 {
        line.annualKronor * 100 * Int64(bookedThrough) / 12
    }

    /// The file, with about `transactions` transactions (two per voucher).
    public func sie(transactions: Int = 2_000) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(transactions * 48 + 4096)
        func line(_ text: String) {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "å": out.append(0x86); case "ä": out.append(0x84); case "ö": out.append(0x94)
                case "Å": out.append(0x8F); case "Ä": out.append(0x8E); case "Ö": out.append(0x99); case "é": out.append(0x82)
                default: out.append(scalar.isASCII ? UInt8(scalar.value) : UInt8(ascii: "?"))
                }
            }
            out.append(13)
            out.append(10)
        }
        func quoted(_ text: String) -> String { "\"" + text.replacingQuotes() + "\"" }
        func amount(_ ore: Int64) -> String {
            let magnitude = ore.magnitude
            let cents = magnitude % 100
            return (ore < 0 ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0" : "") + "\(cents)"
        }
        func date(_ month: Int, _ day: Int) -> String {
            "\(year)" + (month < 10 ? "0" : "") + "\(month)" + (day < 10 ? "0" : "") + "\(day)"
        }
        line("#FLAGGA 0")
        line("#PROGRAM \"Samordna syntetisk bokföring\" 1.0")
        line("#FORMAT PC8")
        line("#GEN \(date(1, 1))")
        line("#SIETYP 4")
        line("#FNAMN \(quoted(companyName))")
        line("#RAR 0 \(date(1, 1)) \(date(12, 31))")
        line("#KONTO 1930 \"Företagskonto\"")
        var named: Set<String> = ["1930"]
        for entry in income + costs where named.insert(entry.account).inserted { line("#KONTO \(entry.account) \(quoted(entry.accountName))") }
        if !openingBalances.isEmpty {
            for entry in openingBalances where named.insert(entry.account).inserted { line("#KONTO \(entry.account) \(quoted(entry.accountName))") }
            line("#KONTO 2091 \"Balanserat kapital\"")
            line("#KONTO 2099 \"Årets resultat\"")
            var opening = Dictionary(openingBalances.map { ($0.account, $0.annualKronor * 100) }, uniquingKeysWith: +)
            opening["2091"] = -opening.values.reduce(0, +)
            var closing = opening
            closing["1930", default: 0] += resultOre
            closing["2099"] = -resultOre
            for account in opening.keys.sorted() { line("#IB 0 \(account) \(amount(opening[account]!))") }
            for account in closing.keys.sorted() { line("#UB 0 \(account) \(amount(closing[account]!))") }
        } else if let equity = closingEquityKronor {
            line("#KONTO 2091 \"Balanserat kapital\"")
            line("#UB 0 2091 \(amount(-equity * 100))")
        }
        line("#DIM 6 \"Projekt\"")
        var objects: Set<String> = []
        for entry in costs {
            if let object = entry.object, objects.insert(object).inserted { line("#OBJEKT 6 \(quoted(object)) \(quoted(entry.objectName ?? object))") }
        }
        var number = 0
        func voucher(_ month: Int, _ day: Int, _ text: String, account: String, object: String?, ore: Int64) {
            number += 1
            line("#VER A \(number) \(date(month, day)) \(quoted(text))")
            line("{")
            line("#TRANS \(account) {\(object.map { "6 \(quoted($0))" } ?? "")} \(amount(ore))")
            line("#TRANS 1930 {} \(amount(-ore))")
            line("}")
        }
        for entry in income { voucher(1, 20, entry.accountName, account: entry.account, object: nil, ore: -entry.annualKronor * 100) }
        let months = max(1, bookedThrough)
        let perLine = max(1, (transactions / 2 - income.count) / max(1, costs.count) / months)
        for entry in costs {
            for month in 1...months {
                let monthOre = entry.annualKronor * 100 * Int64(month) / 12 - entry.annualKronor * 100 * Int64(month - 1) / 12
                let share = monthOre / Int64(perLine)
                for index in 0..<perLine {
                    let ore = index == perLine - 1 ? monthOre - share * Int64(perLine - 1) : share
                    voucher(month, 1 + index % 28, entry.accountName, account: entry.account, object: entry.object, ore: ore)
                }
            }
        }
        return out
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self {
            if character == "\"" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
