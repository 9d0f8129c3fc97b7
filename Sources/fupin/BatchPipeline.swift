import Foundation
import FupinCore

/// Prepares batches in order on a background thread (each batch on all cores) up to `depth`
/// ahead of the one thread that takes them in order — the thread that writes facts out or
/// files into a store. That thread does little, so the cores stay busy while it works.
///
/// Memory stays bounded by the batches waiting, not the corpus: at most `depth` of them, and
/// no new one is started while those waiting weigh more than `budget` bytes (a batch of big
/// pages can weigh a thousand of small reports).
final class BatchPipeline<Output: Sendable>: @unchecked Sendable {   // slots ordered by the semaphores
    private let count: Int
    private let prepared: Slots<Output>
    private let ready: [DispatchSemaphore]
    private let room: DispatchSemaphore
    private let waiting: Weight
    private let weight: @Sendable (Output) -> Int
    private let stop = StopFlag()
    private let producing = DispatchGroup()

    /// Starts preparing batches `0..<count` with `prepare`; `weight` tells a batch's bytes.
    init(count: Int, depth: Int = 4, budget: Int = 256 << 20, weight: @escaping @Sendable (Output) -> Int = { _ in 0 },
         prepare: @escaping @Sendable (Int) -> Output) {
        self.count = count
        self.weight = weight
        prepared = Slots(count)
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        // made at 0 and raised: libdispatch traps when a semaphore is freed below the value it
        // was made with, which a pipeline stopped early would be
        room = DispatchSemaphore(value: 0)
        for _ in 0..<depth { room.signal() }
        waiting = Weight(budget: budget)
        let (prepared, ready, room, waiting, stop) = (prepared, ready, room, waiting, stop)
        DispatchQueue.global().async(group: producing) {
            for b in 0..<count {
                room.wait()
                waiting.waitUntilUnder { stop.isSet }
                if stop.isSet { break }   // the taker gave up (a store error)
                let out = prepare(b)
                waiting.add(weight(out))
                prepared[b] = out
                ready[b].signal()
            }
        }
    }

    /// Batch `b` once it is ready. Batches are taken in order, each once.
    func take(_ b: Int) -> Output {
        ready[b].wait()
        let out = prepared[b]!
        prepared[b] = nil
        waiting.add(-weight(out))
        room.signal()
        return out
    }

    /// Stops preparing, waits for the batch under way, and hands over each batch prepared
    /// but never taken (to remove what it staged).
    func finish(leftover: (Output) -> Void = { _ in }) {
        stop.set(); room.signal(); waiting.wake(); producing.wait()
        for b in 0..<count { if let o = prepared[b] { leftover(o) } }
    }
}

/// The bytes of the batches prepared and not yet taken, and a wait for them to fall under a
/// budget. The waiting batches include the next one to be taken whenever they weigh anything,
/// so the wait always ends.
final class Weight: @unchecked Sendable {   // guarded by `condition`
    private let condition = NSCondition()
    private var bytes = 0
    private let budget: Int

    init(budget: Int) { self.budget = budget }

    func add(_ n: Int) {
        condition.lock(); bytes += n; condition.broadcast(); condition.unlock()
    }

    /// Returns once the waiting batches weigh no more than the budget, or `stopped()` is true.
    func waitUntilUnder(or stopped: () -> Bool) {
        condition.lock()
        while bytes > budget && !stopped() { condition.wait() }
        condition.unlock()
    }

    func wake() { condition.lock(); condition.broadcast(); condition.unlock() }
}

/// Tells a batch producer that its taker has stopped.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
