// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "samordna",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "samordna", targets: ["samordna"]),
        .executable(name: "archive-bench", targets: ["ArchiveBench"]),
        .executable(name: "money-bench", targets: ["MoneyBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess.git", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
    ],
    targets: [
        .executableTarget(name: "samordna", dependencies: ["App"]),
        .target(name: "Domain"),
        // Parser throughput on its own (scripts/bench-import): builds in release without Vapor.
        .executableTarget(name: "ArchiveBench", dependencies: ["Domain"]),
        // SIE import throughput on its own (scripts/bench-money): builds in release without Vapor.
        .executableTarget(name: "MoneyBench", dependencies: ["Domain"]),
        .target(name: "Views", dependencies: ["Domain"]),
        .target(name: "Persistence", dependencies: [
            "Domain",
            .product(name: "Fluent", package: "fluent"),
            .product(name: "FluentKit", package: "fluent-kit"),
            .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
            .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            .product(name: "SQLKit", package: "sql-kit"),
        ]),
        // External programs (poppler, tesseract, weasyprint) within time and memory limits.
        .target(name: "ExternalTools", dependencies: [.product(name: "Subprocess", package: "swift-subprocess")]),
        .target(name: "Documents", dependencies: ["ExternalTools"]),
        .target(name: "App", dependencies: [
            "Domain", "Persistence", "Views", "Documents", "ExternalTools",
            .product(name: "Vapor", package: "vapor"),
            .product(name: "Fluent", package: "fluent"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "AppTests", dependencies: [
            "App", "Views", "ExternalTools",
            .product(name: "VaporTesting", package: "vapor"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__", "Support/smtp_tls_sink.py"]),
    ]
)
