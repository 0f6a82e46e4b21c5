import Domain
import Foundation

// SIE 4 import throughput: generates a year of bookkeeping with N transactions (default one
// million) and reads it into sums per account, project object and month, as an import does,
// reporting transactions per second. Usage: money-bench [--transactions N] [--rounds N]
var transactions = 1_000_000
var rounds = 3
var arguments = Array(CommandLine.arguments.dropFirst())
while let flag = arguments.first {
    guard arguments.count >= 2, let value = Int(arguments[1]) else {
        FileHandle.standardError.write(Data("usage: money-bench [--transactions N] [--rounds N]\n".utf8))
        exit(2)
    }
    switch flag {
    case "--transactions": transactions = value
    case "--rounds": rounds = value
    default:
        FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8))
        exit(2)
    }
    arguments.removeFirst(2)
}
let codes = (1...200).map { "P\($0)" }
let ledger = SyntheticLedger(
    companyName: "Samordningsförbundet Benchmark", year: 2026, bookedThrough: 12,
    income: (0..<4).map { .init(account: "301\($0)", accountName: "Medlemsbidrag \($0)", annualKronor: 2_000_000) },
    costs: codes.map { .init(account: "4010", accountName: "Köpta tjänster", object: $0, objectName: "Insats \($0)", annualKronor: 40_000) }
        + [.init(account: "7010", accountName: "Löner", annualKronor: 1_500_000), .init(account: "5010", accountName: "Lokalhyra", annualKronor: 240_000)])
let bytes = ledger.sie(transactions: transactions)
var best = Double.infinity
var summary: LedgerSummary?
for _ in 0..<max(1, rounds) {
    let start = DispatchTime.now().uptimeNanoseconds
    summary = try LedgerSummary.read(sie: bytes)
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
let count = summary?.transactionCount ?? 0
print(String(format: "SIE 4 import: %d transactions (%.1f MB) read and summed in %.3f s (best of %d): %.0f transactions/s, %d sums",
             count, Double(bytes.count) / 1_048_576, best, max(1, rounds), Double(count) / best, summary?.amounts.count ?? 0))
