/// Puts the audit trail in id order for a live feed, gapless and without duplicates, although
/// its ids become visible out of order.
///
/// An audit row's id is drawn when the row is inserted, but the row becomes visible only when
/// its transaction commits; under concurrency id 11 can be visible while id 10 is not yet — and
/// id 10 may never be (its transaction rolled back). The sequencer passes ids on strictly as a
/// contiguous prefix: its ``watermark`` moves past an id only once every lower id has been
/// passed on or is known never to appear. A feed that delivers the ids between the old and
/// the new watermark after each read therefore delivers exactly the trail, in id order, each
/// entry once — and "every entry up to the watermark" is a cursor a client can resume from.
///
/// A missing id below the highest id read is a *hole*, and it ends in one of two ways:
/// - **It fills**: its transaction commits and a later read has it. Nothing to decide.
/// - **It can never fill**: its transaction rolled back or died. The sequencer cannot see
///   transactions, so the feed asks PostgreSQL with a *probe*: which transactions of the
///   database hold a transaction id right now. Once every one of them has ended, a read that
///   still lacks the hole proves it permanent (its owner was among them, or had already ended
///   without committing), and the watermark moves past it.
///
/// A probe covers only the holes seen at least ``grace`` before it was taken: PostgreSQL draws
/// the id a moment before the inserting transaction gets its transaction id, and the grace
/// makes sure the owner of every covered hole is visible to the probe.
///
/// At start the same question arises for every id below the newest one: until a first probe
/// passes, the sequencer is not ``isEstablished`` and nothing may rely on its watermark.
///
/// - Important: ordering is strict, so a long write transaction holding a low id delays the
///   entries committed after it by others until it ends (it cannot be told apart from one
///   that will commit). The daemon's own transactions are short. A hole whose transaction is
///   still running is never given up.
///
/// A pure state machine: no I/O and no clock — the feed passes the instants in.
public struct AuditSequencer: Sendable, Equatable {
    public typealias Instant = ContinuousClock.Instant

    /// Ids missing between the watermark and the highest id read, with when each was first seen.
    struct Hole: Sendable, Equatable {
        var ids: ClosedRange<Int64>
        var firstSeen: Instant
        /// Proven never to fill: the watermark may pass it.
        var settled: Bool
    }

    /// Every id up to this one has been passed on or can never appear.
    public private(set) var watermark: Int64
    /// How long after a hole is first seen a probe may cover it.
    public let grace: Duration
    /// When the sequencer started, until the first probe that covers it passes.
    private var startedAt: Instant?
    /// Holes above the watermark, ascending and disjoint.
    private(set) var holes: [Hole] = []
    /// When the probe that is out was taken.
    private var probeTakenAt: Instant?
    /// When the probe that passed was taken, until the next read applies it.
    private var passedProbe: Instant?

    /// A sequencer that starts after `newest`, the highest id visible when it was read at `now`.
    public init(after newest: Int64, at now: Instant, grace: Duration) {
        self.watermark = newest
        self.grace = grace
        self.startedAt = now
    }

    /// Whether every id up to ``watermark`` is final: the first probe has passed.
    public var isEstablished: Bool { startedAt == nil }

    /// Whether the sequencer is waiting on time or on other transactions, not only on new
    /// commits: the feed should read again soon even when no notification comes.
    public var isWaiting: Bool { startedAt != nil || holes.contains { !$0.settled } }

    /// How many ids are missing and not yet proven permanent (for logs and tests).
    public var openHoleCount: Int { holes.filter { !$0.settled }.reduce(0) { $0 + $1.ids.count } }

    /// Whether a probe should be taken now: none is out, and the start or some open hole was
    /// seen at least ``grace`` ago.
    public func wantsProbe(at now: Instant) -> Bool {
        guard probeTakenAt == nil else { return false }
        if let startedAt, startedAt + grace <= now { return true }
        return holes.contains { !$0.settled && $0.firstSeen + grace <= now }
    }

    /// Whether a probe is out: before each read, the feed checks whether its transactions have
    /// all ended, and if so calls ``probePassed()``.
    public var isAwaitingProbe: Bool { probeTakenAt != nil }

    /// A probe was taken at `instant` (the instant before it was read, to be safe).
    public mutating func probed(at instant: Instant) {
        probeTakenAt = instant
    }

    /// Every transaction the probe saw has ended. Applies to the next ``absorb(_:at:)``, which
    /// must come from a read made after this was observed.
    public mutating func probePassed() {
        guard let taken = probeTakenAt else { return }
        probeTakenAt = nil
        passedProbe = max(passedProbe ?? taken, taken)
        if let startedAt, startedAt + grace <= taken {
            self.startedAt = nil
        }
    }

    /// Takes in one read: the ids above ``watermark``, ascending (a page of them), read at `now`.
    ///
    /// Records the holes between them, settles those a passed probe proves permanent, and moves
    /// the watermark up through the contiguous prefix.
    ///
    /// - Returns: the watermark before the read; the ids in `(returned, watermark]` are the
    ///   ones to deliver now (each read id in that range; never an id twice over all reads).
    @discardableResult
    public mutating func absorb(_ ids: [Int64], at now: Instant) -> Int64 {
        let before = watermark
        let passed = passedProbe
        passedProbe = nil
        var lastRead = watermark
        var fresh: [Hole] = []
        for id in ids where id > lastRead {
            if id > lastRead + 1 {
                fresh += pieces(of: (lastRead + 1)...(id - 1), at: now)
            }
            lastRead = id
        }
        // Holes beyond this read (an earlier, longer read saw them) keep when they were first seen.
        fresh += holes.filter { $0.ids.lowerBound > lastRead }
        if let passed {
            for index in fresh.indices where !fresh[index].settled && fresh[index].firstSeen + grace <= passed {
                fresh[index].settled = true
            }
        }
        var mark = watermark
        var blocked = false
        for hole in fresh where hole.ids.lowerBound <= lastRead {
            guard hole.settled else {
                mark = hole.ids.lowerBound - 1
                blocked = true
                break
            }
            mark = hole.ids.upperBound
        }
        if !blocked { mark = Swift.max(mark, lastRead) }
        watermark = Swift.max(watermark, mark)
        holes = fresh.filter { $0.ids.upperBound > watermark }
        return before
    }

    /// `gap` split along the holes already known: a part inside one keeps its first sighting
    /// and its proof; a part outside every known hole is new, first seen `now`.
    private func pieces(of gap: ClosedRange<Int64>, at now: Instant) -> [Hole] {
        var result: [Hole] = []
        var next = gap.lowerBound
        for hole in holes where hole.ids.overlaps(gap) {
            let start = Swift.max(hole.ids.lowerBound, gap.lowerBound)
            let end = Swift.min(hole.ids.upperBound, gap.upperBound)
            if start > next { result.append(Hole(ids: next...(start - 1), firstSeen: now, settled: false)) }
            result.append(Hole(ids: start...end, firstSeen: hole.firstSeen, settled: hole.settled))
            next = end + 1
        }
        if next <= gap.upperBound { result.append(Hole(ids: next...gap.upperBound, firstSeen: now, settled: false)) }
        return result
    }
}
