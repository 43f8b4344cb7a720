import NetworkCore
import Testing

/// The change feed's ordering, as scripts: reads of the trail's ids, probes of the running
/// transactions, and where the watermark may go.
@Suite("Audit sequencer")
struct AuditSequencerTests {
    let t0 = ContinuousClock.now
    let grace = Duration.milliseconds(200)

    /// `t0 + milliseconds`.
    func at(_ milliseconds: Int) -> ContinuousClock.Instant { t0 + .milliseconds(milliseconds) }

    /// A sequencer after `newest` whose start has been confirmed by a probe.
    func established(after newest: Int64) -> AuditSequencer {
        var sequencer = AuditSequencer(after: newest, at: at(0), grace: grace)
        sequencer.probed(at: at(200))
        sequencer.probePassed()
        return sequencer
    }

    @Test func isNotEstablishedUntilAProbeTakenAfterTheGracePasses() {
        var sequencer = AuditSequencer(after: 10, at: at(0), grace: grace)
        #expect(!sequencer.isEstablished)
        #expect(sequencer.isWaiting)
        #expect(!sequencer.wantsProbe(at: at(100)))
        #expect(sequencer.wantsProbe(at: at(200)))
        sequencer.probed(at: at(200))
        #expect(!sequencer.wantsProbe(at: at(300)), "one probe at a time")
        #expect(!sequencer.isEstablished, "the probe's transactions have not ended yet")
        sequencer.probePassed()
        #expect(sequencer.isEstablished)
        #expect(sequencer.watermark == 10)
        #expect(!sequencer.isWaiting)
    }

    @Test func contiguousIdsMoveTheWatermarkAndReturnWhereItWas() {
        var sequencer = established(after: 10)
        #expect(sequencer.absorb([11, 12, 13], at: at(300)) == 10)
        #expect(sequencer.watermark == 13)
        #expect(sequencer.absorb([], at: at(400)) == 13)
        #expect(sequencer.watermark == 13)
    }

    @Test func aHoleHoldsBackTheIdsAboveItUntilItFills() {
        var sequencer = established(after: 10)
        sequencer.absorb([11, 13, 14], at: at(300))
        #expect(sequencer.watermark == 11, "12 is missing: 13 and 14 wait")
        #expect(sequencer.openHoleCount == 1)
        #expect(sequencer.isWaiting)
        // 12 commits.
        #expect(sequencer.absorb([12, 13, 14], at: at(350)) == 11)
        #expect(sequencer.watermark == 14)
        #expect(sequencer.openHoleCount == 0)
    }

    @Test func aHoleIsPassedOnlyAfterAProbeCoveringItPassesAndItIsStillMissing() {
        var sequencer = established(after: 10)
        sequencer.absorb([11, 13], at: at(300))
        #expect(!sequencer.wantsProbe(at: at(450)), "within the grace: the owner may not have its xid yet")
        #expect(sequencer.wantsProbe(at: at(500)))
        sequencer.probed(at: at(500))
        // Not passed yet: a read changes nothing.
        sequencer.absorb([13], at: at(600))
        #expect(sequencer.watermark == 11)
        // Passed, and the next read still lacks 12: it can never appear.
        sequencer.probePassed()
        sequencer.absorb([13], at: at(700))
        #expect(sequencer.watermark == 13)
        #expect(!sequencer.isWaiting)
    }

    @Test func aPassedProbeDoesNotCoverAHoleSeenWithinTheGraceBeforeIt() {
        var sequencer = established(after: 10)
        sequencer.absorb([11, 13], at: at(300))
        sequencer.absorb([11, 13, 15], at: at(450))
        sequencer.probed(at: at(500))
        sequencer.probePassed()
        sequencer.absorb([13, 15], at: at(550))
        #expect(sequencer.watermark == 13, "12 is settled; 14 was first seen at 450, after 500 - grace")
        #expect(sequencer.openHoleCount == 1)
        #expect(sequencer.wantsProbe(at: at(650)))
        sequencer.probed(at: at(650))
        sequencer.probePassed()
        sequencer.absorb([15], at: at(700))
        #expect(sequencer.watermark == 15)
    }

    @Test func aHoleThatFillsAfterItsProbeWasTakenIsDeliveredNotSkipped() {
        var sequencer = established(after: 10)
        sequencer.absorb([11, 13], at: at(300))
        sequencer.probed(at: at(500))
        sequencer.probePassed()
        #expect(sequencer.absorb([12, 13], at: at(600)) == 11)
        #expect(sequencer.watermark == 13, "12 is read, so it is delivered")
    }

    @Test func aSettledHoleAboveAnOpenOneStaysSettled() {
        var sequencer = established(after: 10)
        sequencer.absorb([11, 13, 15], at: at(300))  // holes 12 and 14
        sequencer.probed(at: at(500))
        sequencer.probePassed()
        sequencer.absorb([12, 13, 15], at: at(600))  // 12 filled, 14 settled
        #expect(sequencer.watermark == 15)
        sequencer = established(after: 10)
        sequencer.absorb([11, 15], at: at(300))  // hole 12...14
        sequencer.absorb([11, 13, 15], at: at(400))  // 13 filled: holes 12 and 14, both first seen at 300
        sequencer.probed(at: at(500))
        sequencer.probePassed()
        sequencer.absorb([13, 15], at: at(600))
        #expect(sequencer.watermark == 15, "both pieces keep their first sighting")
    }

    @Test func aPageEndingBelowKnownHolesKeepsThem() {
        var sequencer = established(after: 0)
        sequencer.absorb([2, 3, 5], at: at(300))  // holes 1 and 4
        sequencer.absorb([1, 2, 3], at: at(400))  // a page of three: 4 lies beyond it
        #expect(sequencer.watermark == 3)
        #expect(sequencer.openHoleCount == 1)
        sequencer.probed(at: at(500))
        sequencer.probePassed()
        sequencer.absorb([5], at: at(600))
        #expect(sequencer.watermark == 5, "4 was first seen at 300, so the probe at 500 covers it")
    }

    @Test func aWideGapFromARolledBackBatchIsOneHole() {
        var sequencer = established(after: 100)
        sequencer.absorb([101, 5_102], at: at(300))
        #expect(sequencer.openHoleCount == 5_000)
        sequencer.probed(at: at(500))
        sequencer.probePassed()
        sequencer.absorb([5_102], at: at(600))
        #expect(sequencer.watermark == 5_102)
    }

    @Test func idsAtOrBelowTheWatermarkAreIgnored() {
        var sequencer = established(after: 10)
        sequencer.absorb([9, 10, 11], at: at(300))
        #expect(sequencer.watermark == 11)
    }

    /// Concurrent writers: ids become visible in a random order; whatever the order, the
    /// watermark passes each id once, in order, and ends at the top.
    @Test(arguments: 0..<20)
    func anyCommitOrderYieldsEveryIdOnceInOrder(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed + 1))
        let ids = Array(Int64(1)...200)
        let order = ids.shuffled(using: &generator)
        var visible: Set<Int64> = []
        var sequencer = established(after: 0)
        var delivered: [Int64] = []
        for (step, id) in order.enumerated() {
            visible.insert(id)
            let read = visible.filter { $0 > sequencer.watermark }.sorted()
            let before = sequencer.absorb(read, at: at(300 + step))
            delivered += read.filter { $0 > before && $0 <= sequencer.watermark }
        }
        #expect(delivered == ids)
    }
}

/// A small deterministic generator, so that a failing order can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
