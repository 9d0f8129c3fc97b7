import Foundation
import FupinCore

/// Prepares batches in order on a background thread (each batch on all cores) up to `depth`
/// ahead of the one thread that takes them in order — the thread that writes facts out or
/// files into a store. That thread does little, so the cores stay busy while it works, and
/// memory stays bounded by `depth` batches, not the corpus.
final class BatchPipeline<Output: Sendable>: @unchecked Sendable {   // slots ordered by the semaphores
    private let count: Int
    private let prepared: Slots<Output>
    private let ready: [DispatchSemaphore]
    private let room: DispatchSemaphore
    private let stop = StopFlag()
    private let producing = DispatchGroup()

    /// Starts preparing batches `0..<count` with `prepare`.
    init(count: Int, depth: Int = 4, prepare: @escaping @Sendable (Int) -> Output) {
        self.count = count
        prepared = Slots(count)
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        // made at 0 and raised: libdispatch traps when a semaphore is freed below the value it
        // was made with, which a pipeline stopped early would be
        room = DispatchSemaphore(value: 0)
        for _ in 0..<depth { room.signal() }
        let (prepared, ready, room, stop) = (prepared, ready, room, stop)
        DispatchQueue.global().async(group: producing) {
            for b in 0..<count {
                room.wait()
                if stop.isSet { break }   // the taker gave up (a store error)
                prepared[b] = prepare(b)
                ready[b].signal()
            }
        }
    }

    /// Batch `b` once it is ready. Batches are taken in order, each once.
    func take(_ b: Int) -> Output {
        ready[b].wait()
        let out = prepared[b]!
        prepared[b] = nil
        room.signal()
        return out
    }

    /// Stops preparing, waits for the batch under way, and hands over each batch prepared
    /// but never taken (to remove what it staged).
    func finish(leftover: (Output) -> Void = { _ in }) {
        stop.set(); room.signal(); producing.wait()
        for b in 0..<count { if let o = prepared[b] { leftover(o) } }
    }
}

/// Tells a batch producer that its taker has stopped.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
