/// Page furniture: lines that are not the report.
public enum BoilerplateLexicon {
    /// A line with one of these, once the body has started, begins the footer: nothing after
    /// it is the report (related links, copyright, hot lists).
    public static let footerMarkers: [String] = listingMarkers + [
        "责任编辑", "责编", "版权声明", "版权所有", "免责声明", "扫一扫", "分享到", "关于我们", "联系我们", "网站地图", "Copyright", "copyright",
        "©", "友情链接", "返回顶部", "回到顶部", "打印本页", "关闭窗口", "视觉焦点", "精彩视频", "编辑:", "审核:", "精彩图片", "返回列表", "打印此页",
        "收藏本页", "转载请注明", "版权归", "ICP备",
    ]
    /// Footer markers that list other items (related news, comments): a date after one is an item's,
    /// not the page's.
    public static let listingMarkers: [String] = [
        "相关阅读", "相关新闻", "相关文章", "推荐阅读", "延伸阅读", "猜你喜欢", "热门评论", "热门推荐", "频道推荐",
        "上一篇", "下一篇", "点击排行", "排行榜", "精彩推荐", "新闻推荐", "专题推荐", "热点推荐", "热点新闻", "推荐新闻",
        "最新新闻", "最新文章", "更多新闻", "往期回顾", "网友评论", "我要评论", "发表评论", "相关链接", "相关报道",
        "上一条", "下一条", "新闻评论", "加载更多", "查看更多",
    ]
    /// Links to a site's apps and accounts (`经济日报微信`, `乡村干部报网`): an unpunctuated line
    /// closed by one is navigation, no title nor heading.
    public static let siteFurniture: [String] = ["微信", "客户端", "手机版", "微博", "公众号", "报网"]
    /// A line that starts with one of these is metadata or a caption label, not a sentence.
    public static let metaLinePrefixes: [String] = [
        "原标题", "标题:", "地址:", "作者:", "来源:", "发布时间", "发布日期", "更新时间", "信息来源", "日期:", "时间:", "字号", "本篇文章",
        "阅读", "链接:", "网址:", "原文", "图片来源", "(责任编辑", "【", "分享", "文/", "图/", "通讯员", "供稿",
        "扫描二维码", "字体:", "摄影", "记者 ",
    ]
    /// Words of a site's keyword spam (`热门游戏,免费99款精品游戏…,高清电影免费下载`): a line with
    /// no full stop that holds ``spamWordsInLine`` of them is no part of the report.
    public static let spamWords: [String] = ["游戏", "在线观看", "免费下载", "在线播放", "排行榜", "电视剧", "高清电影", "综艺节目", "中文字幕", "彩票", "棋牌"]
    public static let spamWordsInLine = 3
    /// A photo's credit closing its caption (`记者见面会现场。(记者 方桐 摄)`): the line is page
    /// furniture, not the report's opening paragraph.
    /// (`…(2017年4月13日摄)。新华社记者刘坤摄`: a credit closing the line with the photographer's name
    /// before 摄)
    /// (`蹲点拍摄`, `航拍摄`: filming told, no credit — ``notPhotoCreditEnds``)
    public static let photoCreditEnds: [String] = ["摄)", "摄)", "摄影)", "摄影)", "供图)", "供图)", "摄"]
    public static let notPhotoCreditEnds: [String] = ["拍摄", "航拍摄"]
    /// How long a caption with its credit may run.
    public static let captionLength = 80
    /// The genre an official document's title closes with (`…关于2021年度…数据的通报`): such a
    /// line is the title, however long and unpunctuated (no keyword stuffing).
    public static let officialTitleGenres: [String] = [
        "通报", "通知", "报告", "总结", "意见", "决定", "方案", "公告", "公示", "批复", "情况", "函", "汇报", "规划", "办法",
    ]
    /// Names of sites that keep copies of documents and model essays (`好范文网`, `公文搜`, `…文库`):
    /// in a page's furniture they make its date a copy's.
    public static let repositoryMarks: [String] = ["范文", "公文搜", "文库", "文秘", "写作网", "文档下载", "免费论文"]
    /// Posts a speaker or an author holds, closing a byline under a title (`…第一书记、五人小组组长`).
    public static let bylineRoles: [String] = [
        "书记", "组长", "副组长", "主任", "局长", "县长", "镇长", "乡长", "村长", "队长", "站长", "校长", "市长", "主席", "记者", "通讯员", "部长", "厅长",
    ]
    /// Words of a byline in brackets opening a paragraph (`(通讯员 吴传忠 赵富强)`, `(记者 王浩)`).
    public static let bylineWords = ScalarTrie<Bool>(["记者", "通讯员", "特约", "见习"].map { ($0, true) })
    /// The preposition an official document's title names its matter with.
    public static let officialTitleAbout = "关于"
    /// `篇`, articles counted: on a barred line, a site's menu (`热点专题 | 脱贫攻坚 120篇`); spaced, a report's
    /// row (`编发扶贫简报  126篇`).
    static let articleUnit: UInt32 = 0x7BC7
    /// Words of a page's own counters and attachments on a line of spaced words (`附件  2个`, `本页共12条  第1页`,
    /// `在线人数  35人`): a menu's, no table's row (false: words of the report that hold one).
    static let pageCounters = ScalarTrie<Bool>(["附件", "本页", "人气", "热门文章", "浏览量", "访问量", "访问人次", "在线人数", "上一篇", "下一篇",
                                              "阅读量", "阅读数", "点击量", "点击数", "粉丝", "关注", "评论", "点赞", "收藏", "转发", "在看",
                                              "浏览次数", "分享"].map { ($0, true) }
        // (monitored households, 重点关注户  310户, and the like: words of the report that hold a counter's)
        + ["关注户", "关注对象", "重点关注", "关注人群", "转发文件", "收藏品", "篇章"].map { ($0, false) })
}
