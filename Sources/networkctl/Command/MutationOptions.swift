import ArgumentParser

/// `--idempotency-key`, which every verb that changes something accepts.
struct IdempotencyOption: ParsableArguments {
    @Option(help: ArgumentHelp("A key that makes retrying this exact change safe: a retry returns the first result.",
                               valueName: "key"))
    var idempotencyKey: String?
}

/// `--expected-version`, for verbs that change a versioned record.
struct ExpectedVersionOption: ParsableArguments {
    /// Parsed unconditionally, so `--expected-version -1` is a value for the daemon to refuse
    /// rather than an unknown option.
    @Option(parsing: .unconditional, help: ArgumentHelp("Refuse the change (exit 65) unless the record is still at this version.", valueName: "version"))
    var expectedVersion: Int?
}
