/// A fixed number of optional values, each written by one iteration of a concurrent loop
/// (`DispatchQueue.concurrentPerform`) and read after it: no lock, because no two iterations
/// touch the same slot and the loop's end orders the writes before the reads.
public final class Slots<T>: @unchecked Sendable {
    private let p: UnsafeMutablePointer<T?>
    private let n: Int

    public init(_ count: Int) {
        n = max(count, 1)
        p = .allocate(capacity: n)
        p.initialize(repeating: nil, count: n)
    }

    deinit { p.deinitialize(count: n); p.deallocate() }

    public subscript(i: Int) -> T? {
        get { p[i] }
        set { p[i] = newValue }
    }
}
