/// Why the store could not be opened or written. Every case names the file.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    case io(String, String)
    case notAStore(String)
    case newerSchema(String, Int)
    case locked(String)

    public var description: String {
        switch self {
        case .io(let path, let why): return "\(path): \(why)"
        case .notAStore(let path): return "\(path): exists but is not a fupin store (no store.json)"
        case .newerSchema(let path, let v): return "\(path): written by a newer fupin (schema \(v); this one reads \(Store.schema))"
        case .locked(let path): return "\(path): another fupin is writing to this store"
        }
    }
}
