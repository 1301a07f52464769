/// The site furniture of Chinese government and document-sharing sites, one rule per form.
/// Patterns run on normalised text: digits ASCII, CJK punctuation full-width.
public enum FurnitureRules {
    /// A few lines of page header and footer where publication lines are furniture.
    public static let edgeLines = 20

    /// Every built-in rule, in the order they are tried.
    public static let all: [FurnitureRule] = [
        FurnitureRule(
            id: "login", description: "login box", pattern: #"(?:用户名|用户|帐号|账号) *[:：].{0,30}密码 *[:：]?.{0,30}"#, scope: .line, needs: "密",
            maxLength: 80,
            examples: ["用户名: 密码:"]),
        FurnitureRule(
            id: "breadcrumb", description: "breadcrumb trail", pattern: #".{0,8}(?:当前位置|您的位置|您所在的位置|您现在的位置|所在位置|当前的位置) *[:：>＞].*"#,
            scope: .line, needs: "位", startsTrail: true,
            examples: ["当前位置:首页 > 大杂烩/其它", "您所在的位置：首页 > 通知公告"]),
        // A trail that opens with the home page and separates its steps with > or / (首页/ 政务公开/
        // 统计公报/ 正文); each step is a short name, never a sentence.
        FurnitureRule(
            id: "breadcrumb-home", description: "breadcrumb trail from the home page",
            pattern: #"(?:网站)?首页 *[>＞›»/／] *(?:[^/／>＞›»。，；\n]{1,16} *[>＞›»/／] *)*[^/／>＞›»。，；\n]{0,16}"#,
            scope: .line, needs: "首", starts: "网首",
            examples: ["首页/ 政务公开/ 法定主动公开内容/ 统计信息/ 统计公报/ 正文", "首页 > 信息公开 > 政策文件", "网站首页»政务公开"]),
        FurnitureRule(
            id: "prev-next", description: "previous/next article links", pattern: #"(?:上一篇|下一篇|上一条|下一条) *[:：]?.{0,100}"#,
            scope: .line, needs: "篇条", maxLength: 110,
            examples: ["上一篇:街道工作:“三真”抓好贫困户入户调查工作", "下一篇：无"]),
        FurnitureRule(
            id: "related", description: "related-article lists and their heading",
            pattern:
                #"(?:更多)?(?:相关文章|相关热词搜索|相关热词|相关阅读|相关链接|相关栏目|相关搜索|相关资源|相关文档|相关推荐|相关新闻|相关报道|延伸阅读|猜你喜欢|热门文章|热点文章|最新文档|推荐阅读|精彩推荐) *[:：]?.{0,100}"#,
            scope: .line, needs: "相延猜热最推精", maxLength: 110, startsList: true,
            examples: ["更多相关文章:推进县域义务教育优质均衡发展", "相关热词搜索:关于 全省 义务教育", "相关报道：", "最新文档"]),
        FurnitureRule(
            id: "share-print", description: "share, print and close buttons",
            pattern: #"(?:分享到|打印本页|打印此页|关闭窗口|【打印】|【关闭】|返回顶部|收藏本页|加入收藏|打印文章|关闭本页|扫描二维码|朋友圈)"#, scope: .containing, maxLength: 40,
            words: ["分享到", "打印本页", "打印此页", "关闭窗口", "【打印】", "【关闭】", "返回顶部", "收藏本页", "加入收藏", "打印文章", "关闭本页", "扫描二维码", "朋友圈"],
            examples: ["分享到: 收藏", "【打印本页】 【关闭窗口】", "扫描二维码 分享好友和朋友圈"]),
        FurnitureRule(
            id: "buttons", description: "a line of bare buttons (下载 打印 全屏 收藏 加大 还原 减小 …)",
            pattern:
                #"(?:下载|打印|全屏|收藏|关闭|返回|举报|分享|加大|还原|减小|相关|纠错|扫一扫|手机版|电脑版|无障碍|繁体|简体|登录|注册|首页|网站地图|联系我们|点击查看更多>>|资源描述|展开阅读全文|正为您匹配相似的精品文档|分享到微信|点击图片进入专题|》》.{0,20}《《|[【】\[\]|×<>＞]|[大中小])(?: *(?:下载|打印|全屏|收藏|关闭|返回|举报|分享|加大|还原|减小|相关|纠错|网站地图|联系我们|电脑版|手机版|[【】\[\]|｜]|[大中小]))*"#,
            scope: .line, starts: "下打全收关返举分加还减相纠扫手电无繁简登注首网联点资展正》【】[]|×<>＞大中小", maxLength: 60,
            examples: ["下载", "全屏", "】", "返回 下载 相关 举报", "点击查看更多>>", "展开阅读全文", "》》点击图片进入专题《《", "|", "×", ">"]),
        FurnitureRule(
            id: "keywords", description: "keyword and tag lines (关键词:…, 主题词:…, 标签:…)",
            pattern: #"(?:关键词|关键字|主 *题 *词|标签|Tags|TAG) *[:：].{0,100}"#, scope: .line, needs: "词字签gG",
            maxLength: 110,
            examples: ["关键词: 十四五教育事业发展规划新增学位5万个 学前教育毛入学率", "主 题 词:政府工作报告 任务清单", "标签：养老服务"]),
        FurnitureRule(
            id: "font-size", description: "font-size switch", pattern: #".{0,4}(?:字号|字体大小|字体) *[:：].*"#, scope: .line, needs: "字",
            maxLength: 30,
            examples: ["【字号：", "字体：[大] [中] [小]", "【字号：加大 还原 减小】"]),
        FurnitureRule(
            id: "counter", description: "hit counters", pattern: #"(?:浏览次数|阅读次数|点击次数|点击数|访问次数|浏览量|阅读量|访问量) *[:：]"#, scope: .containing,
            maxLength: 80, words: ["浏览次数", "阅读次数", "点击次数", "点击数", "访问次数", "浏览量", "阅读量", "访问量"],
            examples: ["浏览次数：1234", "【浏览次数：】"]),
        FurnitureRule(
            id: "post-info", description: "post line: date, source, author, clicks",
            pattern: #"(?:来源|发布时间|发布日期|时间|日期|作者) *[:：].{0,120}?(?:撰稿|作者|编辑|点击|评论|浏览|字号|摄影)"#, scope: .containing, maxLength: 160,
            words: ["来源", "发布时间", "发布日期", "时间", "日期", "作者"],
            examples: ["2013-01-14 10:07:47 来源:陕西省教育厅 撰稿:ljz转 摄影摄像: ; 评论:0 点击:"]),
        FurnitureRule(
            id: "page-counter", description: "page counters of a paged document",
            pattern:
                #"(?:第 *\d+ *页 */ *共 *\d+ *页|[^_\n]{1,100}_第\d+页|共 *\d+ *页(?: *当前第 *\d+ *页)?|(?:首页|上一页|下一页|尾页)(?: *(?:首页|上一页|下一页|尾页|\d+))*)"#,
            scope: .line, needs: "页", maxLength: 120,
            examples: ["第1页 / 共6页", "郭庄小学义务教育均衡发展实施方案_第1页", "首页 上一页 1 2 下一页 尾页"]),
        FurnitureRule(
            id: "document-site", description: "document-sharing site header (上传人/文档编号/格式/页数)",
            pattern: #"(?:上传人 *[:：].*|(?:文档编号|上传时间|文档格式|格式|页数|大小|下载积分) *[:：].{0,40}|《[^》]{1,100}》由会员分享.*)"#, scope: .line, needs: "传档格页大载享",
            documentSite: true,
            examples: [
                "上传人:夏** 文档编号:557316659 上传时间:2023-03-13 格式:DOC 页数:6 大小:19KB",
                "《郭庄小学义务教育均衡发展实施方案》由会员分享,可在线阅读,更多相关《郭庄小学义务教育均衡发展实施方案(6页珍藏版)》请在金锄头文库上搜索。",
            ]),
        FurnitureRule(
            id: "footer", description: "site footer: copyright, ICP and police registration, site map",
            pattern: #"(?:版权所有|ICP备|ICP证|公网安备|网站标识码|Copyright|©|技术支持 *[:：]|主办单位 *[:：]|承办单位 *[:：]|经营许可证 *[:：])"#,
            scope: .containing, maxLength: 120,
            words: ["版权所有", "ICP备", "ICP证", "公网安备", "网站标识码", "Copyright", "©", "技术支持", "主办单位", "承办单位", "经营许可证"],
            examples: ["电脑版 |金锄头文库版权所有", "经营许可证:蜀ICP备13022795号 | 川公网安备 51140202000112号"]),
        FurnitureRule(
            id: "title-line", description: "a scraper's 标题: line (its text is the title)", pattern: #"标题 *[:：].{1,120}"#, scope: .line,
            needs: "题", maxLength: 130,
            hint: "标题",
            examples: ["标题:推进县域义务教育优质均衡发展工作方案"]),
        FurnitureRule(
            id: "publication-line", description: "source/time/author lines of a page header",
            pattern:
                #"(?:(?:来源|信息来源|文章来源|作者|编辑|责任编辑|撰稿|摄影) *[:：][^。，；,;]{0,30}|(?:时间|发布时间|发布日期|日期) *[:：] *[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?(?: [0-9:]+)?)"#,
            scope: .edgeLine, needs: "源者辑稿影间期", maxLength: 50,
            examples: ["来源：新华日报", "时间：2026-02-09"]),
        FurnitureRule(
            id: "site-clock", description: "the site's clock (现在时间是:2024年11月24日), no date of the notice",
            pattern: #"(?:现在时间是|现在时间|当前时间|今天是)\s*[:：]?.{0,30}"#, scope: .edgeLine, needs: "间是", maxLength: 40,
            examples: ["现在时间是:2024年11月24日", "今天是：2024年11月24日 星期日"]),
        FurnitureRule(
            id: "timestamp-line", description: "a posting time alone on a header line",
            pattern: #"(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(?::[0-9]{2})?"#, scope: .edgeLine, needs: ":", maxLength: 25,
            examples: ["2026-02-03 09:02:33"]),
        FurnitureRule(
            id: "elided", description: "a document site's truncation notice glued into a paragraph",
            pattern: #" *…{0,2} *[(（][^()（）\n]{0,80}省略\d+字[^()（）\n]{0,40}[)）] *…{0,2} *"#, scope: .inline, words: ["省略"],
            examples: ["……(快文网http://www.fanwy.cn省略994字,正式会员可完整阅读)……"]),
        FurnitureRule(
            id: "unfinished", description: "未完,全文共N字 and what follows on its line", pattern: #" *…{0,2} *[(（]?未完 *[,，] *全文共\d+字.*$"#,
            scope: .inline, words: ["未完"],
            examples: ["……(未完,全文共5368字,当前只显示2585字,请阅读下面提示信息。收藏推进县域义务教育优质均衡发展工作方案"]),
        FurnitureRule(
            id: "page-counter-inline", description: "a page counter inside a sentence (…危桥4第 2 页 共 40 页5座)",
            pattern: #" *第 *\d+ *页 *[/／]? *共 *\d+ *页 *"#, scope: .inline, words: ["页"],
            examples: ["改造危桥4第 2 页 共 40 页5座"]),
        FurnitureRule(
            id: "font-size-inline", description: "【字号：加大 还原 减小】 inside a line", pattern: #"【 *字号 *[:：][^】\n]{0,20}】"#, scope: .inline,
            words: ["字号"],
            examples: ["【字号：加大 还原 减小】"]),
    ]
}
