import AdminProtocol

/// The admin socket's request path up to the point where a database is needed, checked
/// against its invariants for one arbitrary input.
///
/// The input is what a client writes to the socket. It is framed twice by the daemon's own
/// decoder: at a small limit derived from the input (so overflow is exercised) and at the
/// daemon's default limit, each compared with a reference split. Every line is then read as
/// JSON (round trip), parsed as a JSON-RPC message (single or batch), and the params of every
/// accepted request — and the line's value itself, when it is an object — are decoded as each
/// method's `Params`.
///
/// Guarantees a caller may rely on: `check` never throws and returns every violation found;
/// a crash or sanitizer report inside it is itself a finding.
public enum RequestPathFuzzer {
    /// The daemon's default `max_line_bytes`.
    public static let defaultLineLimit = 1_048_576

    /// Every invariant `input` breaks; empty when all hold.
    public static func check(_ input: [UInt8]) -> [InvariantViolation] {
        var log = ViolationLog()
        let smallLimit = 1 + Int(FramingCheck.fnv1a(input) % 96)
        _ = FramingCheck.check(input, maximumLength: smallLimit, into: &log)
        let frames = FramingCheck.check(input, maximumLength: defaultLineLimit, into: &log)
        for case .line(let line) in frames {
            let value = JSONCheck.check(line, into: &log)
            let requests = EnvelopeCheck.check(line, value: value, into: &log)
            for request in requests {
                if let params = ParamsCheck.dispatchedParams(request.params) {
                    ParamsCheck.check(params, into: &log)
                }
            }
            // A bare object reaches the params decoders directly too, so a seed of params alone
            // (or a mutated request) exercises them without a valid envelope around it.
            if requests.isEmpty, case .object = value {
                ParamsCheck.check(value!, into: &log)
            }
        }
        return log.violations
    }
}
