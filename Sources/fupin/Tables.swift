import Dispatch
import FupinExtraction

/// The extractor's two big tables, built once per process: the gazetteer (parsed from its TSV
/// into a trie) and the traditional → simplified table (every CJK ideograph asked of OpenCC).
/// Each takes about ten milliseconds; with two cores they are built at the same time.
enum Tables {
    static func load() {
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 { _ = ChineseConverter.shared } else { _ = Gazetteer.shared }
        }
    }
}
